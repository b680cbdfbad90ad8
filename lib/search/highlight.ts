// Splits text into plain and matched segments for the query terms (a term matches the start of a
// word, so `poiso` marks "Poisoning"). Returns data, not markup: the UI renders each segment as
// text, so nothing in a title or a query can become HTML.

export interface Segment {
  text: string;
  match: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function highlight(text: string, terms: string[]): Segment[] {
  const usable = terms.filter((term) => term.length >= 2).sort((a, b) => b.length - a.length);
  if (usable.length === 0 || text.length === 0) return [{ text, match: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})`, 'giu');
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: match[0], match: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
