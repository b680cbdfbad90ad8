import { describe, expect, it } from 'vitest';
import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, parseJoinCode } from './join-code';

describe('join codes', () => {
  it('uses 32 symbols without 0, O, 1 or I', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(32);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1I]/);
  });

  it('generates 10 characters grouped 4-4-2', () => {
    for (let i = 0; i < 200; i++) expect(generateJoinCode()).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/);
  });

  it('maps bytes to symbols without bias (5 bits each)', () => {
    const bytes = Uint8Array.from({ length: 10 }, (_, i) => i * 32 + i);
    expect(generateJoinCode((target) => (target.set(bytes), target))).toBe(formatJoinCode('23456789AB'));
  });

  it('draws every symbol about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3200; i++) for (const char of generateJoinCode().replace(/-/g, '')) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(32);
    // 32,000 draws, 1,000 expected per symbol; 5 standard deviations is about ±160.
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(200);
  });

  it('does not repeat itself', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => generateJoinCode()));
    expect(codes.size).toBe(2000);
  });

  it.each([
    ['k7qf-m2xd-9p', 'K7QF-M2XD-9P'],
    ['K7QFM2XD9P', 'K7QF-M2XD-9P'],
    ['  k7qf m2xd 9p ', 'K7QF-M2XD-9P'],
    ['K7QF–M2XD—9P', 'K7QF-M2XD-9P'],
  ])('reads %j as %s', (typed, code) => {
    expect(parseJoinCode(typed)).toEqual({ ok: true, code });
  });

  it.each([
    ['K7QF-M2XD-9', 'A join code has 10 characters (got 9).'],
    ['K7QF-M2XD-9PP', 'A join code has 10 characters (got 11).'],
    ['K7QF-M2XD-0P', 'Join codes never contain 0, O, 1 or I: check the code you were given.'],
    ['k7qf-m2xd-ip', 'Join codes never contain 0, O, 1 or I: check the code you were given.'],
    ["K7QF'; --XD", 'A join code has letters and digits only (found "\'").'],
    ['x'.repeat(1000), 'A join code has 10 characters.'],
  ])('refuses %j', (typed, message) => {
    expect(parseJoinCode(typed)).toEqual({ ok: false, message });
  });
});
