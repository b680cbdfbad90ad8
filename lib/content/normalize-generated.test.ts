import { describe, expect, it } from 'vitest';
import { normalizeGenerated } from './normalize-generated';

describe('normalizeGenerated', () => {
  it('separates frontmatter from contentlayer bookkeeping, including on nested objects', () => {
    const doc = normalizeGenerated('Threat', {
      _id: 'threats/x.mdx',
      _raw: { sourceFilePath: 'threats/x.mdx' },
      type: 'Threat',
      id: 'x',
      references: [{ title: 't', url: 'https://x.org', type: 'Reference', _raw: {} }],
      body: { raw: '## Hi', code: 'return 1' },
      url: '/threats/x',
      plainText: 'Hi',
      readingMinutes: 1,
      sourceFile: 'content/threats/x.mdx',
    });
    expect(doc.fields).toEqual({ id: 'x', references: [{ title: 't', url: 'https://x.org' }] });
    expect(doc.bodyRaw).toBe('## Hi');
    expect(doc.extras).toEqual({ url: '/threats/x', plainText: 'Hi', readingMinutes: 1, sourceFile: 'content/threats/x.mdx', mdx: 'return 1' });
  });
});
