// Who may create an account. The first account of a fresh install is always allowed (it becomes
// the instance admin); after that the admin's policy decides, and a valid invite always admits.
import type { SignupPolicy } from './input-schemas';

export interface SignupContext {
  isFirstUser: boolean;
  policy: SignupPolicy;
  allowedDomains: readonly string[];
  email: string;
  hasValidInvite: boolean;
}

export type SignupDecision = { allowed: true; makeAdmin: boolean } | { allowed: false; message: string };

export function decideSignup(context: SignupContext): SignupDecision {
  if (context.isFirstUser) return { allowed: true, makeAdmin: true };
  if (context.hasValidInvite || context.policy === 'open') return { allowed: true, makeAdmin: false };
  if (context.policy === 'domains') {
    const domain = context.email.slice(context.email.lastIndexOf('@') + 1).toLowerCase();
    if (context.allowedDomains.includes(domain)) return { allowed: true, makeAdmin: false };
    return { allowed: false, message: `Sign-up on this instance is limited to addresses at ${context.allowedDomains.join(', ')}. Ask an administrator for an invitation.` };
  }
  return { allowed: false, message: 'Sign-up on this instance is by invitation only. Ask a team owner for an invite link.' };
}
