// PATCH /api/teams/[team]/members/[userId] – change a role; DELETE – remove from the team
import { z } from 'zod';
import { changeRoleInput } from '@/lib/auth/input-schemas';
import { HttpError, jsonResponse } from '@/lib/server/http';
import { changeMemberRole, removeMember } from '@/lib/server/teams';
import { withTeam } from '@/lib/server/with-team';

type Params = { team: string; userId: string };
const userId = z.uuid();

function memberId(params: Params): string {
  const parsed = userId.safeParse(params.userId);
  if (!parsed.success) throw new HttpError(404, 'No such member in this team.');
  return parsed.data;
}

export const PATCH = withTeam<Params, z.infer<typeof changeRoleInput>>({ permission: 'team.manage', input: changeRoleInput }, async ({ db, user, team, params, input }) => {
  await changeMemberRole(db, user, team.teamId, memberId(params), input.role);
  return jsonResponse({ role: input.role });
});

export const DELETE = withTeam<Params>({ permission: 'team.manage' }, async ({ db, user, team, params }) => {
  await removeMember(db, user, team.teamId, memberId(params));
  return jsonResponse({ removed: true });
});
