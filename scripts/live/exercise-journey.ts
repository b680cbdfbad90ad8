// The steps of a live exercise as HTTP calls, the same ones the pages make: create an account and
// sign in (next-auth's csrf + credentials callback), create a team, open a team exercise, join as a
// guest with the join code, send commands, read the facilitator's view.
import { z } from 'zod';
import { scenarioSchema, type Scenario } from '../../lib/exercise/scenario-schema';
import { HttpSession, parseJson, type HttpReply } from './http-session';

export const PASSWORD = 'correct horse battery staple';

const csrfReply = z.object({ csrfToken: z.string().min(1) });
const exerciseCreated = z.object({ id: z.uuid() });
const commandReply = z.object({ seq: z.number().int().min(1), type: z.string(), clientId: z.uuid(), replayed: z.boolean() });
const facilitatorView = z.object({
  kind: z.literal('facilitator'),
  meta: z.object({ id: z.uuid(), joinCode: z.string().nullable() }),
  scenario: z.unknown(),
  events: z.array(z.unknown()),
});

export async function signUpAndSignIn(origin: string, name: string, email: string): Promise<HttpSession> {
  const session = new HttpSession(origin);
  await session.expectJson('POST', '/api/account/sign-up', { name, email, password: PASSWORD }, [201]);
  const { csrfToken } = csrfReply.parse(await session.expectJson('GET', '/api/auth/csrf', undefined, [200]));
  const reply = await session.send('POST', '/api/auth/callback/credentials', {
    form: { csrfToken, email, password: PASSWORD, json: 'true', callbackUrl: `${origin}/teams` },
  });
  if (reply.status !== 200 || !session.hasCookie('next-auth.session-token')) throw new Error(`sign-in of ${email} failed: ${reply.status} ${reply.text.slice(0, 200)}`);
  return session;
}

export async function createTeam(session: HttpSession, name: string, slug: string): Promise<void> {
  await session.expectJson('POST', '/api/teams', { name, slug }, [201]);
}

export interface OpenedExercise {
  id: string;
  joinCode: string;
  scenario: Scenario;
}

export async function openTeamExercise(session: HttpSession, teamSlug: string, scenarioId: string): Promise<OpenedExercise> {
  const { id } = exerciseCreated.parse(await session.expectJson('POST', `/api/teams/${teamSlug}/exercises`, { scenarioId, mode: 'team' }, [201]));
  const view = await readFacilitatorView(session, id);
  if (!view.joinCode) throw new Error(`exercise ${id} has no join code`);
  return { id, joinCode: view.joinCode, scenario: view.scenario };
}

export async function readFacilitatorView(session: HttpSession, exerciseId: string): Promise<{ joinCode: string | null; scenario: Scenario; events: unknown[] }> {
  const view = facilitatorView.parse(await session.expectJson('GET', `/api/exercises/${exerciseId}/view`, undefined, [200]));
  return { joinCode: view.meta.joinCode, scenario: scenarioSchema.parse(view.scenario), events: view.events };
}

/** A guest with a cookie of their own, joined to the exercise by its code. */
export async function joinAsGuest(origin: string, joinCode: string, name: string): Promise<HttpSession> {
  const guest = new HttpSession(origin);
  await guest.expectJson('POST', '/api/join', { code: joinCode, name }, [201]);
  if (!guest.hasCookie('sandtable-guest-')) throw new Error(`guest ${name} got no capability cookie`);
  return guest;
}

export type CommandBody = { type: string; clientId: string } & Record<string, unknown>;

export const withClientId = (body: Record<string, unknown> & { type: string }): CommandBody => ({ ...body, clientId: crypto.randomUUID() });

/** Posts a command; the raw reply, for callers that check statuses themselves. */
export function postCommand(session: HttpSession, exerciseId: string, command: CommandBody, timeoutMs?: number): Promise<HttpReply> {
  return session.send('POST', `/api/exercises/${exerciseId}/commands`, { json: command }, timeoutMs);
}

/** Posts a command that must be accepted; returns its seq and whether it was a replay. */
export async function sendCommand(session: HttpSession, exerciseId: string, command: CommandBody): Promise<{ seq: number; replayed: boolean }> {
  const reply = await postCommand(session, exerciseId, command);
  if (reply.status !== 201 && reply.status !== 200) throw new Error(`${command.type}: ${reply.status} ${reply.text.slice(0, 300)}`);
  return commandReply.parse(parseJson(reply, command.type));
}

export function parseCommandReply(reply: HttpReply): { seq: number; replayed: boolean; clientId: string } {
  return commandReply.parse(parseJson(reply, 'command'));
}
