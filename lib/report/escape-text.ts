// Escaping for every format the report writes. User text (notes, rationale, comments, action items,
// edits) is shown as text and never as markup, whatever it contains.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// XML 1.0 cannot carry C0 controls other than tab, line feed and carriage return, nor lone
// surrogates or U+FFFE/U+FFFF; the exercise's text rules refuse them, but a renderer must not rely
// on that. They are dropped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text for HTML and SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

// Inline Markdown: every character that can start emphasis, code, a link, an image, HTML, an
// entity, a table cell, strikethrough or math is backslash-escaped (CommonMark allows a backslash
// before any ASCII punctuation).
const MD_INLINE = /[\\`*_{}[\]()<>|~&$!]/g;
// Characters that only mean something at the start of a line: headings, lists, quotes, setext underlines.
const MD_LINE_START = /^([#+\-=>])/;
const MD_ORDERED = /^(\d+)([.)])/;

function markdownLine(line: string): string {
  return xmlSafe(line)
    .replace(/\t/g, ' ')
    .trimStart()
    .replace(MD_INLINE, '\\$&')
    .replace(MD_LINE_START, '\\$1')
    .replace(MD_ORDERED, '$1\\$2');
}

// GFM viewers also turn bare http(s) URLs, www. names and e-mail addresses into links, after
// escapes are resolved, so no escaping prevents it; those are the only links user text can make,
// and never with another scheme (javascript:, data:).

/**
 * User text as one Markdown paragraph: each line escaped, leading indentation dropped (it would
 * otherwise start a code block), blank lines dropped, lines joined by hard breaks. `indent` keeps
 * continuation lines inside a list item.
 */
export function markdownText(text: string, indent = ''): string {
  const lines = text.split(/\r\n|\r|\n/).map(markdownLine).filter((line) => line.length > 0);
  return lines.length === 0 ? '' : lines.join(`\\\n${indent}`);
}

/** User text in one table cell: a single line, pipes escaped. */
export function markdownCell(text: string): string {
  return markdownLine(text.replace(/\s*(\r\n|\r|\n)\s*/g, ' ')) || ' ';
}

/**
 * One CSV field (RFC 4180: always quoted, quotes doubled). A cell that a spreadsheet would read as
 * a formula (starting with =, +, -, @, tab or carriage return) is neutralised with a leading
 * apostrophe, as OWASP recommends against CSV injection.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
