// GET /api/teams/[team]/exercises – the team's exercises; POST – open a new one (or solo practice)
import { z } from 'zod';
import { can } from '@/lib/auth/permissions';
import { getScenario } from '@/lib/content/scenario-source';
import { createExercise, listTeamExercises } from '@/lib/server/exercises/exercise-records';
import { HttpError, jsonResponse } from '@/lib/server/http';
import { withTeam } from '@/lib/server/with-team';

const createExerciseInput = z.strictObject({
  scenarioId: z.string().max(100).regex(/^[a-z0-9-]+$/, 'Choose a scenario from the catalogue'),
  mode: z.enum(['team', 'solo'], { error: 'Mode must be team or solo' }).default('team'),
});

export const GET = withTeam({ permission: 'exercise.read' }, async ({ db, team, user }) => {
  const rows = await listTeamExercises(db, team.teamId, user.id);
  return jsonResponse({ exercises: rows.map((e) => ({ id: e.id, title: e.title, scenarioId: e.scenarioId, mode: e.mode, status: e.status, createdAt: e.createdAt })) });
});

export const POST = withTeam<{ team: string }, z.infer<typeof createExerciseInput>>({ permission: 'exercise.participate', input: createExerciseInput }, async ({ db, team, user, input }) => {
  // Solo practice is open to every contributing member; running a team exercise needs facilitation rights.
  if (input.mode === 'team' && !can(team.role, 'exercise.create')) throw new HttpError(403, `Your role in ${team.name} (${team.role}) cannot open team exercises; try solo practice.`);
  const entry = getScenario(input.scenarioId);
  if (!entry) throw new HttpError(400, `There is no scenario "${input.scenarioId}".`, { scenarioId: 'Choose a scenario from the catalogue' });
  const exercise = await createExercise(db, team.teamId, user, entry.scenario, input.mode);
  return jsonResponse({ id: exercise.id, url: `/exercises/${exercise.id}` }, 201);
});
