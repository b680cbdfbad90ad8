// Who is acting on an exercise, for every exercise route: the session user through their team
// membership, or a guest through the capability cookie for this one exercise. Ids in the URL are
// only ever looked up together with that identity; another team's exercise is a 404.
import 'server-only';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { authorizeActor } from '../../exercise/authorize-actor';
import type { Actor } from '../../exercise/stored-event';
import type { Database } from '../../db/open-database';
import { getDb } from '../database';
import { HttpError } from '../http';
import { getSessionUser } from '../session';
import type { PublicUser } from '../accounts';
import { getExerciseWithIdentity, guestCookieName, type ExerciseRow } from './exercise-records';

export interface ExerciseAccess {
  db: Database;
  exercise: ExerciseRow;
  actor: Actor;
  user: PublicUser | null;
}

const exerciseIdSchema = z.uuid();

export async function exerciseAccess(exerciseIdParam: string): Promise<ExerciseAccess> {
  const id = exerciseIdSchema.safeParse(exerciseIdParam);
  if (!id.success) throw new HttpError(404, 'No exercise with that id.');
  const db = await getDb();
  const user = await getSessionUser();
  const guestToken = (await cookies()).get(guestCookieName(id.data))?.value;
  const found = await getExerciseWithIdentity(db, id.data, user, guestToken);
  if (!found) throw new HttpError(404, 'No exercise with that id.');
  const { exercise, identity } = found;
  if (!identity) throw new HttpError(user ? 404 : 401, user ? 'No exercise with that id.' : 'Sign in, or join with the exercise’s code.');
  const result = authorizeActor(exercise, identity);
  if (!result.ok) throw new HttpError(result.status, result.message);
  return { db, exercise, actor: result.actor, user };
}
