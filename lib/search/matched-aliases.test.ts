import { describe, expect, it } from 'vitest';
import { matchedAliases } from './matched-aliases';

describe('matchedAliases', () => {
  it('keeps the aliases that contain a query term at a word start', () => {
    expect(matchedAliases(['Model stealing', 'Model extraction'], ['steal'])).toEqual(['Model stealing']);
    expect(matchedAliases(['Linkability'], ['linking'])).toEqual([]);
    expect(matchedAliases([], ['x'])).toEqual([]);
  });
});
