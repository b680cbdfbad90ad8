// GET /api/teams/[team]/dashboard/navigator-layer – the team's coverage as a MITRE ATLAS Navigator layer (JSON download)
import { HttpError } from '@/lib/server/http';
import { getTeamDashboard } from '@/lib/server/dashboard/team-dashboard';
import { withTeam } from '@/lib/server/with-team';

export const GET = withTeam({ permission: 'team.read' }, async ({ db, team, user }) => {
  const now = new Date();
  const { navigatorLayer } = await getTeamDashboard(db, team, user.id, now);
  if (!navigatorLayer) throw new HttpError(404, 'This instance has no ATLAS table, so there is no Navigator layer.');
  // Team slugs are lower-case ASCII letters, digits and hyphens, so the name needs no quoting.
  const fileName = `sandtable-${team.slug.replace(/[^a-z0-9-]/g, '')}-coverage-${now.toISOString().slice(0, 10)}.navigator.json`;
  return new Response(JSON.stringify(navigatorLayer, null, 2), {
    headers: {
      'content-type': 'application/json',
      'content-disposition': `attachment; filename="${fileName}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
});
