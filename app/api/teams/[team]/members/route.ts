// GET /api/teams/[team]/members – the team's members and roles
import { jsonResponse } from '@/lib/server/http';
import { listMembers } from '@/lib/server/teams';
import { withTeam } from '@/lib/server/with-team';

export const GET = withTeam({ permission: 'team.read' }, async ({ db, team }) => {
  const members = await listMembers(db, team.teamId);
  return jsonResponse({ members: members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role })) });
});
