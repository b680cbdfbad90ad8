import { describe, expect, it } from 'vitest';
import { excerpt, mdxToPlainText, readingMinutes } from './plain-text';

describe('mdxToPlainText', () => {
  it('keeps prose and component children, drops markup', () => {
    const text = mdxToPlainText('## Heading\n\nSome **bold** and [a link](https://x.org).\n\n<Callout type="note" title="T">Inside</Callout>\n\n<RelatedThreats ids={["a"]} />\n\n- item');
    expect(text).toBe('Heading\nSome bold and a link.\nInside\nitem');
  });

  it('keeps code as text', () => {
    expect(mdxToPlainText('```bash\ncosign verify model.bin\n```')).toBe('cosign verify model.bin');
  });
});

describe('readingMinutes', () => {
  it('is at least one minute and grows with length', () => {
    expect(readingMinutes('short')).toBe(1);
    expect(readingMinutes('word '.repeat(1100))).toBe(5);
  });
});

describe('excerpt', () => {
  it('cuts at a word boundary', () => {
    expect(excerpt('alpha beta gamma delta', 12)).toBe('alpha beta…');
    expect(excerpt('short', 12)).toBe('short');
  });
});
