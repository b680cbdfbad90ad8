// POST /api/invites/[token]/accept – a signed-in user joins the invite's team
import { inviteTokenSchema } from '@/lib/auth/input-schemas';
import { HttpError, jsonResponse } from '@/lib/server/http';
import { acceptInvite } from '@/lib/server/invites';
import { withUser } from '@/lib/server/with-team';

export async function POST(request: Request, context: { params: Promise<{ token: string }> }) {
  const { token } = await context.params;
  return withUser({}, async ({ db, user }) => {
    const parsed = inviteTokenSchema.safeParse(token);
    if (!parsed.success) throw new HttpError(404, parsed.error.issues[0]?.message ?? 'Invalid invite link');
    const teamSlug = await acceptInvite(db, parsed.data, user);
    return jsonResponse({ teamSlug });
  })(request);
}
