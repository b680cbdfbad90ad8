// The team dashboard for one viewer: the records from the database and the content (library,
// ATLAS, scenario catalogue), built by lib/dashboard. The caller has already checked the viewer's
// membership and 'team.read' (page guard or withTeam); what the role may see beyond that is decided
// in loadDashboardRecords.
import 'server-only';
import { getAtlas, getLibrary } from '../../content/library-source';
import { getScenarios } from '../../content/scenario-source';
import { buildTeamDashboard, type TeamDashboard } from '../../dashboard/build-team-dashboard';
import type { Database } from '../../db/open-database';
import type { TeamMembership } from '../teams';
import { loadDashboardRecords } from './dashboard-records';

export async function getTeamDashboard(db: Pick<Database, 'select'>, team: TeamMembership, userId: string, now = new Date()): Promise<TeamDashboard> {
  const records = await loadDashboardRecords(db, team, userId);
  return buildTeamDashboard({
    ...records,
    threats: getLibrary().threats,
    atlas: getAtlas(),
    scenarios: getScenarios().map((entry) => ({ id: entry.scenario.id, title: entry.scenario.title, url: entry.url, threatIds: entry.scenario.threats })),
    // Due dates are calendar dates with no zone; UTC decides what "today" is, as everywhere on the server.
    today: now.toISOString().slice(0, 10),
    team: { name: team.name, slug: team.slug },
    generatedAt: now.toISOString(),
  });
}
