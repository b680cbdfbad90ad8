import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path on this site', () => expect(safeReturnPath('/t/acme/settings?x=1', '/teams')).toBe('/t/acme/settings?x=1'));
  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/a\nb', 42, undefined])('refuses %s', (value) => {
    expect(safeReturnPath(value, '/teams')).toBe('/teams');
  });
});
