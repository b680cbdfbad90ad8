// IDs are permanent: an entry renamed keeps its old ids in `formerIds`, and each old URL
// redirects permanently to the new one. Collisions are content errors (see validate-library).

export interface Renamed {
  id: string;
  formerIds: readonly string[];
}

export interface Redirect {
  source: string;
  destination: string;
  permanent: true;
}

export function libraryRedirects(threats: readonly Renamed[], mitigations: readonly Renamed[]): Redirect[] {
  const redirects = (prefix: string, entries: readonly Renamed[]) =>
    entries.flatMap((e) => e.formerIds.map((old) => ({ source: `${prefix}/${old}`, destination: `${prefix}/${e.id}`, permanent: true as const })));
  return [...redirects('/threats', threats), ...redirects('/mitigations', mitigations)];
}

/** Former ids that clash with a current id or with another entry's former id, as messages. */
export function formerIdClashes(entries: readonly Renamed[]): Array<{ id: string; message: string }> {
  const current = new Set(entries.map((e) => e.id));
  const claimed = new Map<string, string>();
  const clashes: Array<{ id: string; message: string }> = [];
  for (const entry of entries) {
    for (const old of entry.formerIds) {
      if (current.has(old)) clashes.push({ id: entry.id, message: `former id "${old}" is the id of a current entry` });
      const other = claimed.get(old);
      if (other && other !== entry.id) clashes.push({ id: entry.id, message: `former id "${old}" is also claimed by "${other}"` });
      claimed.set(old, entry.id);
    }
  }
  return clashes;
}
