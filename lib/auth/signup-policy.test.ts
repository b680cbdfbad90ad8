import { describe, expect, it } from 'vitest';
import { decideSignup, type SignupContext } from './signup-policy';

const base: SignupContext = { isFirstUser: false, policy: 'open', allowedDomains: [], email: 'ana@example.com', hasValidInvite: false };

describe('decideSignup', () => {
  it('makes the first account the admin, whatever the policy', () => {
    expect(decideSignup({ ...base, isFirstUser: true, policy: 'invite' })).toEqual({ allowed: true, makeAdmin: true });
  });
  it('lets anyone in when open, without admin rights', () => {
    expect(decideSignup(base)).toEqual({ allowed: true, makeAdmin: false });
  });
  it('limits to listed domains, case-insensitively', () => {
    const policy = { ...base, policy: 'domains' as const, allowedDomains: ['bank.example'] };
    expect(decideSignup({ ...policy, email: 'ana@Bank.Example' }).allowed).toBe(true);
    const refused = decideSignup({ ...policy, email: 'ana@evil.example' });
    expect(refused).toMatchObject({ allowed: false, message: expect.stringContaining('bank.example') });
    // A look-alike subdomain is not the domain.
    expect(decideSignup({ ...policy, email: 'ana@bank.example.evil.test' }).allowed).toBe(false);
  });
  it('is invitation-only when so set, and an invite always admits', () => {
    expect(decideSignup({ ...base, policy: 'invite' })).toMatchObject({ allowed: false, message: expect.stringContaining('invitation only') });
    expect(decideSignup({ ...base, policy: 'invite', hasValidInvite: true })).toEqual({ allowed: true, makeAdmin: false });
  });
});
