import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AcceptInvite } from '@/components/account/accept-invite-client';
import { SignUpForm } from '@/components/account/sign-up-form-client';
import { inviteTokenSchema } from '@/lib/auth/input-schemas';
import { getDb } from '@/lib/server/database';
import { describeInvite } from '@/lib/server/invites';
import { getSessionUser } from '@/lib/server/session';

export const metadata: Metadata = { title: 'Team invitation', robots: { index: false }, referrer: 'no-referrer' };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const parsed = inviteTokenSchema.safeParse(token);
  const invite = parsed.success ? await describeInvite(await getDb(), parsed.data) : { ok: false as const, message: parsed.error.issues[0]?.message ?? 'Invalid invite' };
  if (!invite.ok) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-bold">This invite cannot be used</h1>
        <p role="alert" className="mt-4">
          {invite.message}
        </p>
      </div>
    );
  }
  const user = await getSessionUser();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Join {invite.teamName}</h1>
      <p className="mt-2 text-fg-muted">
        You are invited to {invite.teamName} as <strong>{invite.role}</strong>
        {invite.email ? ` (for ${invite.email})` : ''}.
      </p>
      {user ? (
        <>
          <p className="mt-4">Signed in as {user.email}.</p>
          <AcceptInvite token={token} teamName={invite.teamName} role={invite.role} />
        </>
      ) : (
        <>
          <SignUpForm inviteToken={token} fixedEmail={invite.email} callbackUrl="/teams" />
          <p className="mt-6 text-sm">
            Already have an account? <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>Sign in</Link> and come back to this link.
          </p>
        </>
      )}
    </div>
  );
}
