// POST /api/teams – create a team; the creator becomes its owner
import { createTeamInput } from '@/lib/auth/input-schemas';
import { jsonResponse } from '@/lib/server/http';
import { createTeam } from '@/lib/server/teams';
import { withUser } from '@/lib/server/with-team';

export const POST = withUser({ input: createTeamInput }, async ({ db, user, input }) => {
  const team = await createTeam(db, user, input.name, input.slug);
  return jsonResponse({ slug: team.slug, name: team.name, role: team.role }, 201);
});
