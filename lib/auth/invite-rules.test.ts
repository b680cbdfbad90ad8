import { describe, expect, it } from 'vitest';
import { checkInvite, hashInviteToken, newInviteToken } from './invite-rules';

const now = new Date('2026-12-01T12:00:00Z');
const open = { expiresAt: new Date('2026-12-08T12:00:00Z'), usedAt: null, revokedAt: null, email: null };

describe('invite rules', () => {
  it('makes 43-character url-safe tokens and stores only a hash', () => {
    const { token, tokenHash } = newInviteToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).toBe(hashInviteToken(token));
    expect(tokenHash).not.toContain(token);
    expect(newInviteToken().token).not.toBe(token);
  });
  it('accepts an open invite', () => expect(checkInvite(open, now)).toEqual({ ok: true }));
  it('refuses a used invite (single use)', () => expect(checkInvite({ ...open, usedAt: now }, now)).toMatchObject({ ok: false, reason: 'used' }));
  it('refuses an expired invite, at the instant of expiry', () => {
    expect(checkInvite({ ...open, expiresAt: now }, now)).toMatchObject({ ok: false, reason: 'expired' });
    expect(checkInvite(open, new Date('2026-12-08T11:59:59Z'))).toEqual({ ok: true });
  });
  it('refuses a revoked invite', () => expect(checkInvite({ ...open, revokedAt: now }, now)).toMatchObject({ ok: false, reason: 'revoked' }));
  it('holds an addressed invite to its address', () => {
    const addressed = { ...open, email: 'ana@example.com' };
    expect(checkInvite(addressed, now, 'ANA@example.com')).toEqual({ ok: true });
    expect(checkInvite(addressed, now, 'eve@example.com')).toMatchObject({ ok: false, reason: 'wrong-email' });
  });
});
