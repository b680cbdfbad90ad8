import { describe, expect, it } from 'vitest';
import { csvCell, escapeHtml, markdownCell, markdownText } from './escape-text';

describe('escapeHtml', () => {
  it('escapes markup and quotes and drops characters XML cannot carry', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&amp;`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;amp;');
    expect(escapeHtml('a\u0000b\u001Fc\uD800d')).toBe('abcd');
  });
});

describe('markdownText', () => {
  it('never lets raw HTML, links, emphasis or code through', () => {
    const out = markdownText('<script>alert(1)</script> [x](javascript:alert(1)) **b** `c` ![i](u) &lt; ~~s~~ $m$ a|b');
    expect(out).not.toMatch(/(?<!\\)[<>[\]()*`~|&$]/);
    expect(out).toContain('\\<script\\>');
  });

  it('neutralises block syntax at the start of every line', () => {
    expect(markdownText('# Heading\n- item\n+ item\n> quote\n1. one\n2) two\n===\n    code')).toBe(
      ['\\# Heading', '\\- item', '\\+ item', '\\> quote', '1\\. one', '2\\) two', '\\===', 'code'].join('\\\n'),
    );
  });

  it('keeps continuation lines inside a list item', () => {
    expect(markdownText('one\n\ntwo', '  ')).toBe('one\\\n  two');
  });
});

describe('markdownCell', () => {
  it('puts multi-line text on one line with pipes escaped', () => {
    expect(markdownCell('a | b\n\n- c')).toBe('a \\| b - c');
    expect(markdownCell('')).toBe(' ');
  });
});

describe('csvCell', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises a formula-like cell: %j', (value) => {
    expect(csvCell(value).startsWith(`"'`)).toBe(true);
  });

  it('quotes every cell and doubles quotes, keeping commas and newlines inside', () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell('a-b')).toBe('"a-b"');
  });
});
