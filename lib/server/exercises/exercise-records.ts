// Exercises as rows: create, list for a team, and load one for whoever is asking — a member of
// its team or a guest holding its join capability. Another team's exercise is not found.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/open-database';
import { exerciseGuests, exercises, memberships } from '../../db/schema';
import { GENESIS_HASH } from '../../exercise/hash-chain';
import { generateJoinCode } from '../../exercise/join-code';
import { scenarioHash } from '../../exercise/scenario-hash';
import { scenarioSchema, type Scenario } from '../../exercise/scenario-schema';
import type { ExerciseRecord, Identity } from '../../exercise/authorize-actor';
import type { ExerciseMode } from '../../exercise/event-schema';
import { isTeamRole } from '../../auth/permissions';
import type { PublicUser } from '../accounts';
import { HttpError } from '../http';

export interface ExerciseRow extends ExerciseRecord {
  title: string;
  scenarioId: string;
  scenarioHash: string;
  scenario: Scenario;
  joinCode: string | null;
  headSeq: number;
  headHash: string;
  createdAt: Date;
}

const columns = {
  id: exercises.id,
  teamId: exercises.teamId,
  title: exercises.title,
  scenarioId: exercises.scenarioId,
  scenarioHash: exercises.scenarioHash,
  scenario: exercises.scenario,
  mode: exercises.mode,
  status: exercises.status,
  joinCode: exercises.joinCode,
  createdBy: exercises.createdBy,
  headSeq: exercises.headSeq,
  headHash: exercises.headHash,
  createdAt: exercises.createdAt,
};

type RawRow = typeof exercises.$inferSelect;

function toRecord(row: Omit<RawRow, 'endedAt'>): ExerciseRow {
  const status = row.status === 'lobby' || row.status === 'running' || row.status === 'paused' || row.status === 'ended' ? row.status : 'ended';
  return {
    ...row,
    mode: row.mode === 'solo' ? 'solo' : 'team',
    status,
    createdBy: row.createdBy ?? '',
    // The snapshot was validated when it was taken; parsing again keeps the type honest.
    scenario: scenarioSchema.parse(row.scenario),
  };
}

export async function createExercise(db: Database, teamId: string, user: PublicUser, scenario: Scenario, mode: ExerciseMode): Promise<ExerciseRow> {
  const hash = await scenarioHash(scenario);
  for (let attempt = 0; attempt < 5; attempt++) {
    const joinCode = mode === 'team' ? generateJoinCode() : null;
    const [row] = await db
      .insert(exercises)
      .values({ teamId, scenarioId: scenario.id, scenarioHash: hash, scenario, title: scenario.title, mode, joinCode, createdBy: user.id, headHash: GENESIS_HASH })
      .onConflictDoNothing({ target: exercises.joinCode })
      .returning(columns);
    if (row) return toRecord(row);
  }
  throw new Error('could not allocate a unique join code');
}

export async function listTeamExercises(db: Database, teamId: string, userId: string) {
  const rows = await db.select(columns).from(exercises).where(eq(exercises.teamId, teamId)).orderBy(desc(exercises.createdAt)).limit(200);
  // Someone else's solo practice is theirs alone.
  return rows.map(toRecord).filter((row) => row.mode === 'team' || row.createdBy === userId);
}

export async function getExercise(db: Pick<Database, 'select'>, exerciseId: string): Promise<ExerciseRow | null> {
  const [row] = await db.select(columns).from(exercises).where(eq(exercises.id, exerciseId));
  return row ? toRecord(row) : null;
}

export async function findExerciseByJoinCode(db: Database, code: string): Promise<ExerciseRow | null> {
  const [row] = await db.select(columns).from(exercises).where(eq(exercises.joinCode, code));
  return row ? toRecord(row) : null;
}

export function guestCookieName(exerciseId: string): string {
  return `sandtable-guest-${exerciseId}`;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createGuest(db: Database, exerciseId: string, displayName: string): Promise<{ guestId: string; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await db.insert(exerciseGuests).values({ exerciseId, displayName, tokenHash: hashToken(token) }).returning({ id: exerciseGuests.id });
  return { guestId: row!.id, token };
}

export async function markGuestRemoved(db: Pick<Database, 'update'>, exerciseId: string, guestId: string): Promise<void> {
  await db.update(exerciseGuests).set({ removedAt: new Date() }).where(and(eq(exerciseGuests.id, guestId), eq(exerciseGuests.exerciseId, exerciseId)));
}

/**
 * Who is asking about this exercise: the signed-in user with their memberships, else a guest
 * whose capability cookie names this exercise and who has not been removed, else nobody.
 */
export async function identityFor(db: Database, exerciseId: string, user: PublicUser | null, guestToken: string | undefined): Promise<Identity | null> {
  if (user) {
    const rows = await db.select({ teamId: memberships.teamId, role: memberships.role }).from(memberships).where(eq(memberships.userId, user.id));
    return {
      kind: 'user',
      id: user.id,
      name: user.name,
      memberships: rows.flatMap((row) => (isTeamRole(row.role) ? [{ teamId: row.teamId, role: row.role }] : [])),
    };
  }
  if (!guestToken || guestToken.length > 100) return null;
  const [guest] = await db
    .select({ id: exerciseGuests.id, name: exerciseGuests.displayName })
    .from(exerciseGuests)
    .where(and(eq(exerciseGuests.tokenHash, hashToken(guestToken)), eq(exerciseGuests.exerciseId, exerciseId), isNull(exerciseGuests.removedAt)));
  return guest ? { kind: 'guest', id: guest.id, name: guest.name, exerciseId } : null;
}

export function requireExercise(row: ExerciseRow | null): ExerciseRow {
  if (!row) throw new HttpError(404, 'No exercise with that id.');
  return row;
}
