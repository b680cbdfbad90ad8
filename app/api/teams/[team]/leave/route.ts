// POST /api/teams/[team]/leave – leave a team (refused for its last owner)
import { jsonResponse } from '@/lib/server/http';
import { removeMember } from '@/lib/server/teams';
import { withTeam } from '@/lib/server/with-team';

export const POST = withTeam({ permission: 'team.read' }, async ({ db, user, team }) => {
  await removeMember(db, user, team.teamId, user.id);
  return jsonResponse({ left: true });
});
