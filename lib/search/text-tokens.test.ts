import { describe, expect, it } from 'vitest';
import { textTokens } from './text-tokens';

describe('textTokens', () => {
  it('lowercases, strips accents and splits on anything but letters and digits', () => {
    expect(textTokens('Tramèr: AML.T0020, data-poisoning <b>x</b>')).toEqual(['tramer', 'aml', 't0020', 'data', 'poisoning', 'b', 'x', 'b']);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(textTokens('🙂 — ‹› \u0000')).toEqual([]);
  });
});
