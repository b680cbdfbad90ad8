import { describe, expect, it } from 'vitest';
import { IdMatcher } from './id-matcher';

const matcher = new IdMatcher([
  { code: 'ML04:2023', ids: ['ML04:2023', 'AML.T0024.000'] },
  { code: 'FIN-07', ids: ['FIN-07', 'AML.T0024.002'] },
  { code: 'STRIDE E', ids: [] },
  { code: 'STRIDE', ids: [] },
]);

describe('IdMatcher', () => {
  it('answers terms that name a code or ID and leaves the rest as words', () => {
    const match = matcher.match('ML04 fin07 poisoning');
    expect(match.idTerms).toEqual(['ml04', 'fin07']);
    expect(match.rest).toEqual(['poisoning']);
    expect([...match.bonus.keys()].sort()).toEqual([0, 1]);
  });

  it('ranks an exact code above a cited ID above a parent ID', () => {
    const bonus = (q: string, i: number) => matcher.match(q).bonus.get(i) ?? 0;
    expect(bonus('ml04', 0)).toBeGreaterThan(bonus('AML.T0024.000', 0));
    expect(bonus('AML.T0024.000', 0)).toBeGreaterThan(bonus('AML.T0024', 0));
    expect(bonus('AML.T0024', 1)).toBeGreaterThan(0);
  });

  it('takes a whole multi-word query as a code, but a word without digits stays a word', () => {
    expect(matcher.match('stride  e').bonus.has(2)).toBe(true);
    expect(matcher.match('stride').rest).toEqual(['stride']);
    expect(matcher.match('stride tampering').bonus.size).toBe(0);
  });
});
