// DELETE /api/teams/[team]/invites/[inviteId] – withdraw an open invite
import { z } from 'zod';
import { HttpError, jsonResponse } from '@/lib/server/http';
import { revokeInvite } from '@/lib/server/invites';
import { withTeam } from '@/lib/server/with-team';

export const DELETE = withTeam<{ team: string; inviteId: string }>({ permission: 'team.manage' }, async ({ db, user, team, params }) => {
  const id = z.uuid().safeParse(params.inviteId);
  if (!id.success) throw new HttpError(404, 'No open invite with this id in this team.');
  await revokeInvite(db, user, team.teamId, id.data);
  return jsonResponse({ revoked: true });
});
