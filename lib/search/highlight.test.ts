import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';

describe('highlight', () => {
  it('marks terms at the start of words, case-insensitively', () => {
    expect(highlight('Data Poisoning Attack', ['poiso'])).toEqual([
      { text: 'Data ', match: false },
      { text: 'Poiso', match: true },
      { text: 'ning Attack', match: false },
    ]);
  });

  it('does not mark a term inside a word', () => {
    expect(highlight('Unpoisoned', ['poison'])).toEqual([{ text: 'Unpoisoned', match: false }]);
  });

  it('treats regex metacharacters in terms literally', () => {
    expect(highlight('a.b (c) axb', ['a.b', '(c'])).toEqual([
      { text: 'a.b', match: true },
      { text: ' ', match: false },
      { text: '(c', match: true },
      { text: ') axb', match: false },
    ]);
  });

  it('returns the text unchanged without terms', () => {
    expect(highlight('<b>x</b>', [])).toEqual([{ text: '<b>x</b>', match: false }]);
  });
});
