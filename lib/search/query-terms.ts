// Splits a user's query into terms. Bounded, so a hostile 1,000-character query costs no more
// than a short one, and free of anything that could reach a regular expression unescaped.

export const MAX_QUERY_LENGTH = 200;
// Generous: stop words are dropped after this, and the engine keeps the first 8 words that remain.
const MAX_TERMS = 32;

export function queryTerms(query: string): string[] {
  const terms = query
    .slice(0, MAX_QUERY_LENGTH)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9.:-]+/)
    .map((term) => term.replace(/^[.:-]+|[.:-]+$/g, ''))
    .filter((term) => term.length > 0);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** Canonical form of a code or ID for exact matching: `ml04:2023` → `ml04:2023`, `ML04` → `ml04`. */
export function normalizeId(id: string): string {
  return id.trim().toLowerCase();
}

/**
 * The keys under which an exact query finds an id: `ML04:2023` is found by `ml04:2023` and
 * `ml04`, `FIN-07` by `fin-07` and `fin07` (people drop the hyphen).
 */
export function idKeys(id: string): string[] {
  const full = normalizeId(id);
  const withoutYear = full.replace(/:\d{4}$/, '');
  const compact = withoutYear.replace(/^([a-z]+)-(\d+)$/, '$1$2');
  return [...new Set([full, withoutYear, compact])];
}
