// The exercises the team has run: counts by mode and status, and the list with dates. Solo practice
// is listed apart: it is one person's practice, and only they see it.
import type { DashboardExercise, ExerciseStatus, ReportState } from './dashboard-input';

export const EXERCISE_STATUSES: readonly ExerciseStatus[] = ['lobby', 'running', 'paused', 'ended'];

export interface ExerciseEntry {
  id: string;
  title: string;
  scenarioId: string;
  mode: 'team' | 'solo';
  status: ExerciseStatus;
  /** Calendar dates (`YYYY-MM-DD`). */
  created: string;
  started: string | null;
  ended: string | null;
  /** Null when the viewer may not read reports. */
  report: ReportState | null;
  threatCount: number;
}

export interface ExerciseSummary {
  total: number;
  byMode: { team: number; solo: number };
  byStatus: Record<ExerciseStatus, number>;
  /** Team exercises, newest first. */
  team: ExerciseEntry[];
  /** The viewer's own solo practice, newest first. */
  solo: ExerciseEntry[];
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

export function summarizeExercises(exercises: readonly DashboardExercise[]): ExerciseSummary {
  const entries = [...exercises]
    .sort((a, b) => (b.startedAt ?? b.createdAt).localeCompare(a.startedAt ?? a.createdAt) || a.id.localeCompare(b.id))
    .map((e): ExerciseEntry => ({
      id: e.id,
      title: e.title,
      scenarioId: e.scenarioId,
      mode: e.mode,
      status: e.status,
      created: e.createdAt.slice(0, 10),
      started: day(e.startedAt),
      ended: day(e.endedAt),
      report: e.report?.state ?? null,
      threatCount: e.threatIds.length,
    }));
  const byStatus = Object.fromEntries(EXERCISE_STATUSES.map((s) => [s, exercises.filter((e) => e.status === s).length])) as Record<ExerciseStatus, number>;
  return {
    total: exercises.length,
    byMode: { team: exercises.filter((e) => e.mode === 'team').length, solo: exercises.filter((e) => e.mode === 'solo').length },
    byStatus,
    team: entries.filter((e) => e.mode === 'team'),
    solo: entries.filter((e) => e.mode === 'solo'),
  };
}
