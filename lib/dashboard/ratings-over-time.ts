// Objective ratings over time: for each team exercise that has started, in the order they ran, how
// many objectives were rated P, S, M, U or not at all, and each objective's rating; and per
// objective (a scenario's objective, when the scenario ran more than once) its ratings in order.
// Solo practice is left out: its ratings are one person's self-assessment, not the team's.
import { RATING_LEVELS, type RatingLevel } from '../report/hseep';
import { startedExercises } from './build-team-coverage';
import type { DashboardExercise, ReportState } from './dashboard-input';

export type RatingCounts = Record<RatingLevel | 'unrated', number>;

export interface RatingPoint {
  exerciseId: string;
  title: string;
  scenarioId: string;
  date: string;
  report: ReportState;
  counts: RatingCounts;
  objectives: Array<{ id: string; text: string; level: RatingLevel | null }>;
}

export interface ObjectiveHistory {
  scenarioId: string;
  objectiveId: string;
  text: string;
  points: Array<{ exerciseId: string; date: string; level: RatingLevel | null }>;
}

export interface RatingsOverTime {
  points: RatingPoint[];
  byObjective: ObjectiveHistory[];
}

export function ratingsOverTime(exercises: readonly DashboardExercise[]): RatingsOverTime {
  const points = startedExercises(exercises)
    .filter((e) => e.mode === 'team')
    .map((e): RatingPoint => {
      const objectives = e.objectives.map((o) => ({ id: o.id, text: o.text, level: e.report?.ratings[o.id] ?? null }));
      const counts = Object.fromEntries([...RATING_LEVELS, 'unrated'].map((key) => [key, objectives.filter((o) => (o.level ?? 'unrated') === key).length])) as RatingCounts;
      return { exerciseId: e.id, title: e.title, scenarioId: e.scenarioId, date: (e.startedAt ?? e.createdAt).slice(0, 10), report: e.report?.state ?? 'none', counts, objectives };
    });
  const histories = new Map<string, ObjectiveHistory>();
  for (const point of points) {
    for (const objective of point.objectives) {
      const key = `${point.scenarioId}\u0000${objective.id}`;
      const history = histories.get(key) ?? { scenarioId: point.scenarioId, objectiveId: objective.id, text: objective.text, points: [] };
      // The latest wording wins: a scenario's objective may be reworded between runs.
      history.text = objective.text;
      history.points.push({ exerciseId: point.exerciseId, date: point.date, level: objective.level });
      histories.set(key, history);
    }
  }
  return { points, byObjective: [...histories.values()] };
}
