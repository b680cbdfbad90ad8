// GET /api/teams/[team]/improvements/[item] – one improvement item with its history; PATCH – update it (reassign, reschedule, close with a comment)
import { z } from 'zod';
import { parseImprovementUpdate } from '@/lib/improvement/update-command';
import { HttpError, jsonResponse } from '@/lib/server/http';
import { getImprovementItem } from '@/lib/server/improvements/improvement-items';
import { updateImprovementItem } from '@/lib/server/improvements/update-item';
import { withTeam } from '@/lib/server/with-team';

type Params = { team: string; item: string };

export const GET = withTeam<Params>({ permission: 'report.read' }, async ({ db, team, params }) => {
  return jsonResponse({ item: await getImprovementItem(db, team, params.item) });
});

// The body is parsed here rather than by withTeam so that the message names the field at fault.
export const PATCH = withTeam<Params, unknown>({ permission: 'improvement.write', input: z.unknown() }, async ({ db, team, user, params, input }) => {
  const parsed = parseImprovementUpdate(input);
  if (!parsed.ok) throw new HttpError(400, parsed.message, parsed.fields);
  const result = await updateImprovementItem(db, team, user, params.item, parsed.update);
  return jsonResponse(result);
});
