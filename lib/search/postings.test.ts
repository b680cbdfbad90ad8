import { describe, expect, it } from 'vitest';
import { PostingsField, docOf, encodePostings, pack, tfOf, type Postings } from './postings';

describe('postings', () => {
  it('round-trips documents and term frequencies through the text encoding', () => {
    const stems = ['alpha', 'beta', 'empty', 'gamma'];
    const postings: Postings = new Map([
      ['alpha', [pack(0, 1), pack(3, 2), pack(40, 1), pack(1999, 15)]],
      ['beta', [pack(7, 1)]],
      ['gamma', [pack(0, 9), pack(1, 1)]],
    ]);
    const field = new PostingsField(encodePostings(stems, postings), stems.length);
    expect(stems.map((_, i) => field.list(i))).toEqual([postings.get('alpha'), postings.get('beta'), undefined, postings.get('gamma')]);
    expect([field.has(1), field.has(2), field.has(4)]).toEqual([true, false, false]);
    expect(docOf(pack(1999, 15))).toBe(1999);
    expect(tfOf(pack(1999, 40))).toBe(15);
  });

  it('handles a field whose first or last list is empty, and an empty vocabulary', () => {
    const stems = ['a', 'b', 'c'];
    const field = new PostingsField(encodePostings(stems, new Map([['b', [pack(5, 1)]]])), 3);
    expect([field.list(0), field.list(1), field.list(2)]).toEqual([undefined, [pack(5, 1)], undefined]);
    expect(new PostingsField('', 0).has(0)).toBe(false);
  });

  it('refuses postings built for a different vocabulary', () => {
    expect(() => new PostingsField(encodePostings(['a', 'b'], new Map()), 3)).toThrow(/2 postings lists for 3 stems/);
    expect(() => new PostingsField(encodePostings(['a', 'b', 'c', 'd'], new Map()), 3)).toThrow(/4 postings lists for 3 stems/);
  });
});
