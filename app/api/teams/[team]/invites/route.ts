// GET /api/teams/[team]/invites – open invites; POST – create a single-use invite link
import { createInviteInput } from '@/lib/auth/input-schemas';
import { jsonResponse } from '@/lib/server/http';
import { createInvite, listOpenInvites } from '@/lib/server/invites';
import { siteOrigin } from '@/lib/server/site-origin';
import { withTeam } from '@/lib/server/with-team';
import type { z } from 'zod';

export const GET = withTeam({ permission: 'team.manage' }, async ({ db, team }) => jsonResponse({ invites: await listOpenInvites(db, team.teamId) }));

export const POST = withTeam<{ team: string }, z.infer<typeof createInviteInput>>({ permission: 'team.manage', input: createInviteInput }, async ({ db, user, team, input }) => {
  const invite = await createInvite(db, user, team.teamId, input.role, input.email, input.expiresInDays);
  // The token is shown once, here; only its hash is stored.
  return jsonResponse({ id: invite.id, url: `${siteOrigin()}/invite/${invite.token}`, expiresAt: invite.expiresAt.toISOString() }, 201);
});
