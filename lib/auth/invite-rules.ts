// Invite links: a random token in the link, only its SHA-256 stored; single use; they expire.
import { createHash, randomBytes } from 'node:crypto';

export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface InviteState {
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  email: string | null;
}

export type InviteCheck = { ok: true } | { ok: false; reason: 'used' | 'expired' | 'revoked' | 'wrong-email'; message: string };

export function checkInvite(invite: InviteState, now: Date, acceptingEmail?: string): InviteCheck {
  if (invite.revokedAt) return { ok: false, reason: 'revoked', message: 'This invite link was withdrawn by a team owner. Ask for a new one.' };
  if (invite.usedAt) return { ok: false, reason: 'used', message: 'This invite link has already been used. Each link admits one person: ask for a new one.' };
  if (invite.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired', message: 'This invite link has expired. Ask a team owner for a new one.' };
  if (invite.email && acceptingEmail !== undefined && invite.email !== acceptingEmail.toLowerCase()) {
    return { ok: false, reason: 'wrong-email', message: `This invite is for ${invite.email}. Sign in with that address, or ask for an invite for yours.` };
  }
  return { ok: true };
}
