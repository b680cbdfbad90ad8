// Who is acting on an exercise, for every exercise route: the session user through their team
// membership, or a guest through the capability cookie for this one exercise. Ids in the URL are
// only ever looked up together with that identity; another team's exercise is a 404.
import 'server-only';
import { cookies } from 'next/headers';
import { getDb } from '../database';
import { getSessionUser } from '../session';
import { guestCookieName } from './exercise-records';
import { resolveExerciseAccess, type ExerciseAccess } from './resolve-exercise-access';

export type { ExerciseAccess };

export async function exerciseAccess(exerciseIdParam: string): Promise<ExerciseAccess> {
  const db = await getDb();
  const user = await getSessionUser();
  const guestToken = (await cookies()).get(guestCookieName(exerciseIdParam))?.value;
  return resolveExerciseAccess(db, exerciseIdParam, user, guestToken);
}
