// The team's coverage map: the library's lifecycle × STRIDE matrix (lib/library/build-matrix, the
// same placement the public matrix and the report use) with, in each cell, the threats the team
// has exercised, when last, and how well, and the ones it never has.
import { buildMatrix } from '../library/build-matrix';
import { LIFECYCLE_NAMES, STRIDE_LETTERS, STRIDE_NAMES, type LifecycleStage, type StrideLetter } from '../library/vocabulary';
import type { DashboardExercise, DashboardThreat } from './dashboard-input';
import { howWell, type HowWell, type RatingSample } from './how-well';

export const TEAM_COVERAGE_RULE =
  'A library threat counts as exercised once an exercise that had it in scope has started, as in the after-action report. ' +
  'Team exercises and your own solo practice both count; solo practice is marked as such, is seen only by the person who played it, and does not count towards how well. ' +
  'How well comes from the HSEEP ratings of every objective of the team exercises that had the threat in scope (the published report, else the facilitator’s draft): ' +
  'the worst rating and the average on a 1–4 scale (U 1, M 2, S 3, P 4). Exercised with no objective rated yet is shown as not rated.';

export interface ThreatRef {
  id: string;
  code: string;
  title: string;
  url: string;
}

export interface ThreatRun {
  exerciseId: string;
  title: string;
  mode: 'team' | 'solo';
  /** ISO time the exercise started, and its calendar date. */
  startedAt: string;
  date: string;
}

export interface ThreatCoverage extends ThreatRef {
  lifecycle: readonly string[];
  stride: readonly string[];
  atlas: readonly string[];
  /** Newest first. */
  runs: ThreatRun[];
  lastExercised: string | null;
  howWell: HowWell;
  /** The ratings behind howWell (team exercises only), for combining cells and techniques. */
  samples: RatingSample[];
}

export interface CoverageCell {
  stage: LifecycleStage;
  letter: StrideLetter;
  libraryThreats: number;
  exercised: ThreatCoverage[];
  neverExercised: ThreatRef[];
  lastExercised: string | null;
  howWell: HowWell;
}

export interface TeamCoverage {
  rule: string;
  threats: ThreatCoverage[];
  stride: Array<{ letter: StrideLetter; name: string }>;
  rows: Array<{ stage: LifecycleStage; name: string; cells: CoverageCell[] }>;
  exercisedCount: number;
  /** Threat ids in scope of a started exercise that the library no longer has. */
  unknownThreatIds: string[];
}

export const refOf = (t: ThreatRef): ThreatRef => ({ id: t.id, code: t.code, title: t.title, url: t.url });

/** Exercises that have started (left the lobby), oldest first. */
export function startedExercises(exercises: readonly DashboardExercise[]): DashboardExercise[] {
  const startOf = (e: DashboardExercise) => e.startedAt ?? e.createdAt;
  return exercises.filter((e) => e.status !== 'lobby').sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.id.localeCompare(b.id));
}

export function samplesOf(exercise: DashboardExercise): RatingSample[] {
  return exercise.objectives.map((o) => ({ exerciseId: exercise.id, objectiveId: o.id, level: exercise.report?.ratings[o.id] ?? null }));
}

/** Combines threats (a cell, a technique): exercised if any is, rated from all their samples. */
export function combine(threats: readonly ThreatCoverage[], visible: boolean): { lastExercised: string | null; howWell: HowWell } {
  const exercised = threats.filter((t) => t.runs.length > 0);
  const lastExercised = exercised.map((t) => t.lastExercised ?? '').sort().at(-1) || null;
  return { lastExercised, howWell: howWell(exercised.flatMap((t) => t.samples), { exercised: exercised.length > 0, visible }) };
}

/** Resolves current and former ids to the library threat. */
export function threatResolver(threats: readonly DashboardThreat[]): (id: string) => DashboardThreat | undefined {
  const byId = new Map<string, DashboardThreat>();
  for (const t of threats) for (const former of t.formerIds) byId.set(former, t);
  for (const t of threats) byId.set(t.id, t);
  return (id) => byId.get(id);
}

export function buildTeamCoverage(threats: readonly DashboardThreat[], exercises: readonly DashboardExercise[], visible: boolean): TeamCoverage {
  const resolve = threatResolver(threats);
  const runs = new Map<string, { runs: ThreatRun[]; samples: RatingSample[] }>();
  const unknown = new Set<string>();
  for (const exercise of startedExercises(exercises)) {
    const startedAt = exercise.startedAt ?? exercise.createdAt;
    const run: ThreatRun = { exerciseId: exercise.id, title: exercise.title, mode: exercise.mode, startedAt, date: startedAt.slice(0, 10) };
    const ids = new Set<string>();
    for (const id of exercise.threatIds) {
      const threat = resolve(id);
      if (threat) ids.add(threat.id);
      else unknown.add(id);
    }
    for (const id of ids) {
      const entry = runs.get(id) ?? { runs: [], samples: [] };
      entry.runs.unshift(run);
      // Solo practice is one person's self-assessment, not the team's performance.
      if (exercise.mode === 'team') entry.samples.push(...samplesOf(exercise));
      runs.set(id, entry);
    }
  }

  const coverage: ThreatCoverage[] = threats.map((t) => {
    const entry = runs.get(t.id) ?? { runs: [], samples: [] };
    return {
      ...refOf(t),
      lifecycle: t.lifecycle,
      stride: t.stride,
      atlas: t.atlas,
      runs: entry.runs,
      lastExercised: entry.runs[0]?.startedAt ?? null,
      howWell: howWell(entry.samples, { exercised: entry.runs.length > 0, visible }),
      samples: entry.samples,
    };
  });
  const byId = new Map(coverage.map((t) => [t.id, t]));
  const matrix = buildMatrix(coverage);

  return {
    rule: TEAM_COVERAGE_RULE,
    threats: coverage,
    stride: STRIDE_LETTERS.map((letter) => ({ letter, name: STRIDE_NAMES[letter] })),
    rows: matrix.rows.map((row) => ({
      stage: row.stage,
      name: LIFECYCLE_NAMES[row.stage],
      cells: row.cells.map((cell): CoverageCell => {
        const inCell = cell.threats.flatMap((t) => byId.get(t.id) ?? []);
        const exercised = inCell.filter((t) => t.runs.length > 0);
        return {
          stage: cell.stage,
          letter: cell.letter,
          libraryThreats: inCell.length,
          exercised,
          neverExercised: inCell.filter((t) => t.runs.length === 0).map(refOf),
          ...combine(exercised, visible),
        };
      }),
    })),
    exercisedCount: coverage.filter((t) => t.runs.length > 0).length,
    unknownThreatIds: [...unknown].sort(),
  };
}
