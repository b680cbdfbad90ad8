import { describe, expect, it } from 'vitest';
import { decodePostings, docOf, encodePostings, pack, tfOf, type Postings } from './postings';

describe('postings', () => {
  it('round-trips documents and term frequencies through the text encoding', () => {
    const stems = ['alpha', 'beta', 'empty', 'gamma'];
    const postings: Postings = new Map([
      ['alpha', [pack(0, 1), pack(3, 2), pack(40, 1), pack(1999, 15)]],
      ['beta', [pack(7, 1)]],
      ['gamma', [pack(0, 9), pack(1, 1)]],
    ]);
    const encoded = encodePostings(stems, postings);
    expect(decodePostings(stems, encoded)).toEqual(postings);
    expect(docOf(pack(1999, 15))).toBe(1999);
    expect(tfOf(pack(1999, 40))).toBe(15);
  });

  it('refuses postings built for a different vocabulary', () => {
    expect(() => decodePostings(['a', 'b', 'c'], encodePostings(['a', 'b'], new Map()))).toThrow(/2 postings lists for 3 stems/);
  });
});
