// POST /api/join – a guest enters an exercise's join code and a display name
import { z } from 'zod';
import { displayText } from '@/lib/auth/input-schemas';
import { parseJoinCode } from '@/lib/exercise/join-code';
import { appendCommand } from '@/lib/server/exercises/append-command';
import { createGuest, findExerciseByJoinCode, guestCookieName } from '@/lib/server/exercises/exercise-records';
import { checkJoinRate, recordJoinAttempt } from '@/lib/server/exercises/join-attempts';
import { clientAddress } from '@/lib/server/client-address';
import { getDb } from '@/lib/server/database';
import { env } from '@/lib/env';
import { assertSameOrigin, errorResponse, HttpError, jsonResponse, readJson } from '@/lib/server/http';

const joinInput = z.strictObject({
  code: z.string().max(40, 'A join code is 10 characters'),
  name: displayText('Display name', 60),
  scenarioRole: z.string().max(60).regex(/^[a-z0-9-]*$/).optional(),
});

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const input = await readJson(request, joinInput);
    const db = await getDb();
    const client = clientAddress(Object.fromEntries(request.headers), env().TRUST_PROXY);
    const rate = await checkJoinRate(db, client);
    if (!rate.allowed) throw new HttpError(429, rate.message);
    const code = parseJoinCode(input.code);
    if (!code.ok) throw new HttpError(400, code.message, { code: code.message });
    const exercise = await findExerciseByJoinCode(db, code.code);
    const open = exercise && exercise.mode === 'team' && exercise.status !== 'ended';
    await recordJoinAttempt(db, client, Boolean(open));
    if (!exercise || !open) throw new HttpError(404, 'No open exercise has this code. Check it with your facilitator.', { code: 'No open exercise has this code' });
    const { guestId, token } = await createGuest(db, exercise.id, input.name);
    await appendCommand(db, exercise, { kind: 'guest', id: guestId, name: input.name, role: 'participant' }, {
      type: 'participant.join',
      clientId: crypto.randomUUID(),
      ...(input.scenarioRole ? { scenarioRole: input.scenarioRole } : {}),
    });
    const secure = env().SITE_URL.startsWith('https://') ? '; Secure' : '';
    return jsonResponse({ url: `/exercises/${exercise.id}` }, 201, {
      'set-cookie': `${guestCookieName(exercise.id)}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${12 * 3600}${secure}`,
    });
  } catch (error) {
    return errorResponse(error);
  }
}
