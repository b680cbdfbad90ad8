import type { AtlasIndex } from '@/lib/library/atlas';

/** ATLAS IDs with their official names (from the ATLAS table) and links to MITRE's pages. */
export function AtlasTechniques({ ids, atlas }: { ids: readonly string[]; atlas: AtlasIndex }) {
  if (ids.length === 0) return <p className="text-sm text-fg-muted">No ATLAS technique mapped.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {ids.map((id) => {
        const entry = atlas.technique(id) ?? atlas.mitigation(id);
        return (
          <li key={id}>
            <a href={entry?.url ?? `https://atlas.mitre.org/`} rel="noopener noreferrer">
              <span className="font-mono">{id}</span> {entry?.name}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
