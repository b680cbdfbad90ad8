// The one gate for private route handlers: session → membership → permission → zod parse.
// The permission is a required argument, so no handler can forget to name one.
import 'server-only';
import type { z } from 'zod';
import { can, type Permission } from '../auth/permissions';
import type { Database } from '../db/open-database';
import type { PublicUser } from './accounts';
import { getDb } from './database';
import { assertSameOrigin, errorResponse, HttpError, readJson } from './http';
import { getSessionUser } from './session';
import { getMembership, type TeamMembership } from './teams';

type RouteContext<P> = { params: Promise<P> };

export interface UserContext<I> {
  db: Database;
  user: PublicUser;
  input: I;
  request: Request;
}

export interface TeamContext<I, P> extends UserContext<I> {
  team: TeamMembership;
  params: P;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// A route without an input schema reads no body; its handler's `input` is undefined.
async function parseInput<I>(request: Request, schema: z.ZodType<I> | undefined): Promise<I> {
  if (schema) return readJson(request, schema);
  return undefined as I;
}

export function withUser<I = undefined>(options: { input?: z.ZodType<I> }, handler: (context: UserContext<I>) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    try {
      if (STATE_CHANGING.has(request.method)) assertSameOrigin(request);
      const user = await getSessionUser();
      if (!user) throw new HttpError(401, 'Sign in to continue.');
      const input = await parseInput(request, options.input);
      return await handler({ db: await getDb(), user, input, request });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function withTeam<P extends { team: string }, I = undefined>(
  options: { permission: Permission; input?: z.ZodType<I> },
  handler: (context: TeamContext<I, P>) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      if (STATE_CHANGING.has(request.method)) assertSameOrigin(request);
      const user = await getSessionUser();
      if (!user) throw new HttpError(401, 'Sign in to continue.');
      const params = await context.params;
      const db = await getDb();
      // Not a member and no such team look the same from outside: 404.
      const team = typeof params.team === 'string' && params.team.length <= 60 ? await getMembership(db, params.team, user.id) : null;
      if (!team) throw new HttpError(404, 'No such team.');
      if (!can(team.role, options.permission)) throw new HttpError(403, `Your role in ${team.name} (${team.role}) does not allow this.`);
      const input = await parseInput(request, options.input);
      return await handler({ db, user, team, params, input, request });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
