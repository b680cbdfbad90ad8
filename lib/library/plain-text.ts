// Turns an MDX body into plain prose for search, descriptions and reading time. Components are
// dropped but their text children kept; code blocks are kept as text because engineers search
// for commands and file names.

export function mdxToPlainText(mdx: string): string {
  return mdx
    .replace(/^```[^\n]*\n/gm, '') // fence openers
    .replace(/^```\s*$/gm, '')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, ' ') // self-closing components
    .replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, ' ') // component open/close tags, children kept
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links
    .replace(/^#{1,6}\s+/gm, '') // headings
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '') // list markers
    .replace(/^\s*>\s?/gm, '') // block quotes
    .replace(/^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '') // table rules
    .replace(/\|/g, ' ')
    .replace(/(\*\*|__|\*|_|~~|`)/g, '')
    .replace(/&[a-z]+;/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const WORDS_PER_MINUTE = 220;

export function readingMinutes(plainText: string): number {
  const words = plainText.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** The first `max` characters of the text, cut at a word boundary. */
export function excerpt(plainText: string, max = 160): string {
  if (plainText.length <= max) return plainText;
  const cut = plainText.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}
