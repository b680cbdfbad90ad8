// Exercises as rows: create, list for a team, and load one for whoever is asking — a member of
// its team or a guest holding its join capability. Another team's exercise is not found.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
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

/** Everything but the scenario snapshot, which is large and never changes (see scenarioOf). */
const columns = {
  id: exercises.id,
  teamId: exercises.teamId,
  title: exercises.title,
  scenarioId: exercises.scenarioId,
  scenarioHash: exercises.scenarioHash,
  mode: exercises.mode,
  status: exercises.status,
  joinCode: exercises.joinCode,
  createdBy: exercises.createdBy,
  headSeq: exercises.headSeq,
  headHash: exercises.headHash,
  createdAt: exercises.createdAt,
};

type RawRow = Omit<typeof exercises.$inferSelect, 'endedAt' | 'scenario'>;
export type ExerciseSummary = Omit<ExerciseRow, 'scenario'>;

function toSummary(row: RawRow): ExerciseSummary {
  const status = row.status === 'lobby' || row.status === 'running' || row.status === 'paused' || row.status === 'ended' ? row.status : 'ended';
  return { ...row, mode: row.mode === 'solo' ? 'solo' : 'team', status, createdBy: row.createdBy ?? '' };
}

// The scenario snapshot is fixed when the exercise is opened (its hash is on the row and in
// exercise.started), so each instance reads and parses it once per exercise instead of on every
// request: it is ~40 KB of jsonb, and reading plus parsing it cost more than the rest of a command.
const SCENARIO_CACHE_SIZE = 200;
const holder = globalThis as typeof globalThis & { __sandtableScenarios?: Map<string, Scenario> };
const scenarios = (holder.__sandtableScenarios ??= new Map<string, Scenario>());

function rememberScenario(key: string, scenario: Scenario): void {
  scenarios.delete(key);
  scenarios.set(key, scenario);
  // Oldest first: a Map iterates in insertion order.
  for (const stale of scenarios.keys()) {
    if (scenarios.size <= SCENARIO_CACHE_SIZE) break;
    scenarios.delete(stale);
  }
}

async function withScenario(db: Pick<Database, 'select'>, row: RawRow): Promise<ExerciseRow> {
  const summary = toSummary(row);
  const key = `${row.id}:${row.scenarioHash}`;
  let scenario = scenarios.get(key);
  if (!scenario) {
    const [snapshot] = await db.select({ scenario: exercises.scenario }).from(exercises).where(eq(exercises.id, row.id));
    if (!snapshot) throw new HttpError(404, 'No exercise with that id.');
    // The snapshot was validated when it was taken; parsing again keeps the type honest.
    scenario = scenarioSchema.parse(snapshot.scenario);
    rememberScenario(key, scenario);
  }
  return { ...summary, scenario };
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
    if (row) {
      rememberScenario(`${row.id}:${row.scenarioHash}`, scenario);
      return { ...toSummary(row), scenario };
    }
  }
  throw new Error('could not allocate a unique join code');
}

export async function listTeamExercises(db: Database, teamId: string, userId: string): Promise<ExerciseSummary[]> {
  const rows = await db.select(columns).from(exercises).where(eq(exercises.teamId, teamId)).orderBy(desc(exercises.createdAt)).limit(200);
  // Someone else's solo practice is theirs alone.
  return rows.map(toSummary).filter((row) => row.mode === 'team' || row.createdBy === userId);
}

export async function getExercise(db: Pick<Database, 'select'>, exerciseId: string): Promise<ExerciseRow | null> {
  const [row] = await db.select(columns).from(exercises).where(eq(exercises.id, exerciseId));
  return row ? withScenario(db, row) : null;
}

export async function findExerciseByJoinCode(db: Database, code: string): Promise<ExerciseRow | null> {
  const [row] = await db.select(columns).from(exercises).where(eq(exercises.joinCode, code));
  return row ? withScenario(db, row) : null;
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

/**
 * The exercise and who is asking about it, in one read (every exercise request needs both): the
 * signed-in user with their membership of the exercise's team, else a guest whose capability
 * names this exercise and who has not been removed. Null when there is no such exercise.
 */
export async function getExerciseWithIdentity(
  db: Database,
  exerciseId: string,
  user: PublicUser | null,
  guestToken: string | undefined,
): Promise<{ exercise: ExerciseRow; identity: Identity | null } | null> {
  const tokenHash = !user && guestToken && guestToken.length <= 100 ? hashToken(guestToken) : null;
  const [row] = await db
    .select({ ...columns, memberRole: memberships.role, guestId: exerciseGuests.id, guestName: exerciseGuests.displayName })
    .from(exercises)
    .leftJoin(memberships, and(eq(memberships.teamId, exercises.teamId), user ? eq(memberships.userId, user.id) : sql`false`))
    .leftJoin(exerciseGuests, and(eq(exerciseGuests.exerciseId, exercises.id), tokenHash ? eq(exerciseGuests.tokenHash, tokenHash) : sql`false`, isNull(exerciseGuests.removedAt)))
    .where(eq(exercises.id, exerciseId));
  if (!row) return null;
  const { memberRole, guestId, guestName, ...exerciseColumns } = row;
  const exercise = await withScenario(db, exerciseColumns);
  if (user) {
    const role = memberRole !== null && isTeamRole(memberRole) ? memberRole : null;
    return { exercise, identity: { kind: 'user', id: user.id, name: user.name.slice(0, 60), memberships: role ? [{ teamId: exercise.teamId, role }] : [] } };
  }
  return { exercise, identity: guestId && guestName !== null ? { kind: 'guest', id: guestId, name: guestName, exerciseId: exercise.id } : null };
}

export function requireExercise(row: ExerciseRow | null): ExerciseRow {
  if (!row) throw new HttpError(404, 'No exercise with that id.');
  return row;
}
