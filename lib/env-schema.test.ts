import { describe, expect, it } from 'vitest';
import { parseEnv } from './env-schema';

const secret = 'x'.repeat(40);

describe('parseEnv', () => {
  it('needs nothing on the embedded default', () => {
    const result = parseEnv({});
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.env.DATA_DIR).toBe('./data');
      expect(result.env.SITE_URL).toBe('http://localhost:3000');
      expect(result.env.DATABASE_URL).toBeUndefined();
    }
  });

  it('requires AUTH_SECRET with DATABASE_URL, naming it', () => {
    const result = parseEnv({ DATABASE_URL: 'postgres://u:p@localhost/db' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/AUTH_SECRET: is required with DATABASE_URL/);
  });

  it('refuses a short AUTH_SECRET', () => {
    const result = parseEnv({ AUTH_SECRET: 'short' });
    expect(!result.ok && result.message).toMatch(/AUTH_SECRET: must be at least 32 characters/);
  });

  it('refuses a malformed DATABASE_URL and SITE_URL by name', () => {
    const result = parseEnv({ DATABASE_URL: 'mysql://x', AUTH_SECRET: secret, SITE_URL: 'not a url' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/DATABASE_URL: must be a postgres/);
      expect(result.message).toMatch(/SITE_URL: must be an absolute http\(s\) URL/);
    }
  });

  it('normalises SITE_URL to its origin and treats empty values as unset', () => {
    const result = parseEnv({ SITE_URL: 'https://sandtable.example.com/some/path', AUTH_SECRET: '' });
    expect(result.ok && result.env.SITE_URL).toBe('https://sandtable.example.com');
    expect(result.ok && result.env.AUTH_SECRET).toBeUndefined();
  });

  it('wants all three OIDC settings or none', () => {
    const result = parseEnv({ OIDC_ISSUER: 'https://idp.example.com/realms/acme' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/OIDC_CLIENT_ID: is required/);
      expect(result.message).toMatch(/OIDC_CLIENT_SECRET: is required/);
    }
    const full = parseEnv({ OIDC_ISSUER: 'https://idp.example.com/realms/acme', OIDC_CLIENT_ID: 'sandtable', OIDC_CLIENT_SECRET: 's3cret' });
    expect(full.ok && full.env.OIDC_ISSUER).toBe('https://idp.example.com/realms/acme');
  });

  it('parses group → role mappings and rejects a bad one', () => {
    const ok = parseEnv({ OIDC_GROUP_ROLES: 'ml-leads=platform-security:owner, ml-eng=platform-security:member' });
    expect(ok.ok && ok.env.OIDC_GROUP_ROLES).toEqual([
      { group: 'ml-leads', team: 'platform-security', role: 'owner' },
      { group: 'ml-eng', team: 'platform-security', role: 'member' },
    ]);
    const bad = parseEnv({ OIDC_GROUP_ROLES: 'ml-leads=platform-security:superuser' });
    expect(!bad.ok && bad.message).toMatch(/OIDC_GROUP_ROLES: "ml-leads=platform-security:superuser" must look like/);
  });
});
