// The database half of exerciseAccess: given who the request says it is (the session user, or the
// guest token from this exercise's cookie), the exercise and the actor they act as in it. Kept apart
// from the cookie reading so the store functions that take an ExerciseAccess can be tested without
// a request.
import 'server-only';
import { z } from 'zod';
import { authorizeActor } from '../../exercise/authorize-actor';
import type { Actor } from '../../exercise/stored-event';
import type { Database } from '../../db/open-database';
import { HttpError } from '../http';
import type { PublicUser } from '../accounts';
import { getExerciseWithIdentity, type ExerciseRow } from './exercise-records';

export interface ExerciseAccess {
  db: Database;
  exercise: ExerciseRow;
  actor: Actor;
  user: PublicUser | null;
}

const exerciseIdSchema = z.uuid();

export async function resolveExerciseAccess(db: Database, exerciseIdParam: string, user: PublicUser | null, guestToken: string | undefined): Promise<ExerciseAccess> {
  const id = exerciseIdSchema.safeParse(exerciseIdParam);
  if (!id.success) throw new HttpError(404, 'No exercise with that id.');
  const found = await getExerciseWithIdentity(db, id.data, user, guestToken);
  if (!found) throw new HttpError(404, 'No exercise with that id.');
  const { exercise, identity } = found;
  if (!identity) throw new HttpError(user ? 404 : 401, user ? 'No exercise with that id.' : 'Sign in, or join with the exercise’s code.');
  const result = authorizeActor(exercise, identity);
  if (!result.ok) throw new HttpError(result.status, result.message);
  return { db, exercise, actor: result.actor, user };
}
