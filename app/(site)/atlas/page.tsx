import type { Metadata } from 'next';
import Link from 'next/link';
import { getAtlas, getLibrary } from '@/lib/content/library-source';
import { atlasCoverage } from '@/lib/library/atlas-coverage';

export const metadata: Metadata = {
  title: 'MITRE ATLAS coverage',
  description: 'The ATLAS tactics and the techniques the Sandtable library cites, with the entries that cite them and the gaps.',
  openGraph: { title: 'MITRE ATLAS coverage', description: 'ATLAS techniques cited by the Sandtable library, and the gaps.' },
};

export default function AtlasPage() {
  const atlas = getAtlas();
  const coverage = atlasCoverage(getLibrary(), atlas);
  const cited = coverage.filter((c) => c.threats.length > 0);
  const uncovered = coverage.filter((c) => c.threats.length === 0);
  return (
    <>
      <h1 className="text-3xl font-bold">MITRE ATLAS coverage</h1>
      <p className="mt-2 max-w-3xl text-fg-muted">
        {atlas.source}: {cited.length} of {coverage.length} techniques are cited by library threats. Each column is a tactic;
        each technique links to the entries that use it. A technique can serve several tactics and then appears in each.
      </p>
      <p className="mt-2 text-sm">
        Downloads: <a href="/api/export/navigator">ATLAS Navigator layer</a> · <a href="/api/export/stix">STIX 2.1 bundle</a> ·{' '}
        <a href="/api/library">library JSON</a>
      </p>
      <div className="mt-6 flex gap-3 relative overflow-x-auto pb-4">
        {atlas.tactics.map((tactic) => {
          const techniques = cited.filter((c) => c.technique.tactics.includes(tactic.id));
          return (
            <section key={tactic.id} aria-labelledby={tactic.id} className="w-56 shrink-0 rounded border border-border">
              <h2 id={tactic.id} className="border-b border-border bg-bg-muted p-2 text-sm font-semibold">
                <a href={tactic.url} rel="noopener noreferrer">
                  {tactic.name}
                </a>
                <span className="block font-mono text-xs font-normal text-fg-muted">
                  {tactic.id} · {techniques.length} cited
                </span>
              </h2>
              <ul className="space-y-2 p-2 text-sm">
                {techniques.map(({ technique, threats }) => (
                  <li key={technique.id} className="rounded border border-border p-2">
                    <a href={technique.url} rel="noopener noreferrer" className="font-medium">
                      <span className="block font-mono text-xs">{technique.id}</span>
                      {technique.name}
                    </a>
                    <ul className="mt-1 text-xs">
                      {threats.map((t) => (
                        <li key={t.id}>
                          <Link href={t.url}>
                            {t.code} {t.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <section aria-labelledby="uncovered" className="mt-8">
        <h2 id="uncovered" className="text-xl font-semibold">
          Techniques the library does not cover yet ({uncovered.length})
        </h2>
        <ul className="mt-3 grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {uncovered.map(({ technique }) => (
            <li key={technique.id}>
              <a href={technique.url} rel="noopener noreferrer">
                <span className="font-mono">{technique.id}</span> {technique.name}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
