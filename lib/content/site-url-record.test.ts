import { describe, expect, it } from 'vitest';
import { parseSiteUrl, siteUrlDriftWarning } from './site-url-record';

describe('parseSiteUrl', () => {
  it('keeps only the origin, and defaults to the local server', () => {
    expect(parseSiteUrl('https://sandtable.example.org/library/?x=1')).toBe('https://sandtable.example.org');
    expect(parseSiteUrl(undefined)).toBe('http://localhost:3000');
    expect(parseSiteUrl('  ')).toBe('http://localhost:3000');
  });

  it('rejects values that are not absolute http(s) URLs', () => {
    expect(() => parseSiteUrl('sandtable.example.org')).toThrow(/SITE_URL must be an absolute URL/);
    expect(() => parseSiteUrl('javascript:alert(1)')).toThrow(/http or https/);
  });
});

describe('siteUrlDriftWarning', () => {
  it('says nothing when the server runs with the origin it was built with, or without SITE_URL', () => {
    expect(siteUrlDriftWarning('https://a.example', 'https://a.example/')).toBeUndefined();
    expect(siteUrlDriftWarning('https://a.example', undefined)).toBeUndefined();
  });

  it('warns that the static pages carry the build-time origin and a rebuild is needed', () => {
    const warning = siteUrlDriftWarning('http://localhost:3000', 'https://sandtable.example.org');
    expect(warning).toContain('SITE_URL is https://sandtable.example.org but this build was made with http://localhost:3000');
    expect(warning).toContain('static pages');
    expect(warning).toContain('Rebuild (SITE_URL=https://sandtable.example.org npm run build)');
  });

  it('warns, rather than crashing the server, when the run-time value is not a URL', () => {
    expect(siteUrlDriftWarning('https://a.example', 'not a url')).toMatch(/SITE_URL is ignored at run time .*this build uses https:\/\/a\.example/);
  });
});
