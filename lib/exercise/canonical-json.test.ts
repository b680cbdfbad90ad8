import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('gives the same text whatever order the keys come in (as after a jsonb round trip)', () => {
    const written = { type: 'note.added', payload: { text: 'hi', tag: 'gap' }, seq: 3 };
    const readBack = { seq: 3, payload: { tag: 'gap', text: 'hi' }, type: 'note.added' };
    expect(canonicalJson(readBack)).toBe(canonicalJson(written));
  });

  it('keeps array order', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('sorts by code unit, not by locale', () => {
    expect(canonicalJson({ b: 1, B: 2, á: 3, a: 4 })).toBe('{"B":2,"a":4,"b":1,"á":3}');
  });

  it('escapes strings as JSON does, so markup and quotes cannot break out', () => {
    expect(canonicalJson({ t: '"}<script>\n\u2028' })).toBe('{"t":"\\"}<script>\\n\u2028"}');
  });

  it('leaves out undefined properties, as JSON.stringify and jsonb do', () => {
    expect(canonicalJson({ a: 1, comment: undefined })).toBe('{"a":1}');
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', { n: Infinity }],
    ['a bigint', 1n],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['undefined in an array', [1, undefined]],
    ['a function', { f: () => 1 }],
  ])('refuses %s rather than change it silently', (_label, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });
});
