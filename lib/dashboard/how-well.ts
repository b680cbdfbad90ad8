// "How well" a threat (or a matrix cell, or an ATLAS technique) was exercised, from the HSEEP
// ratings of the objectives of the team exercises that had it in scope: the worst rating, and the
// mean on a 1–4 scale where higher is better (U 1, M 2, S 3, P 4). The worst keeps one failed
// objective from hiding behind good ones; the mean shows the trend. An objective left unrated is
// counted as such and does not pull the mean either way.
import { RATING_LEVELS, type RatingLevel } from '../report/hseep';

export const RATING_SCORE: Record<RatingLevel, number> = { P: 4, S: 3, M: 2, U: 1 };

/** One objective of one exercise, with its rating or null when nobody rated it. */
export interface RatingSample {
  exerciseId: string;
  objectiveId: string;
  level: RatingLevel | null;
}

export type HowWell =
  /** The mean rounded to a level, ties down (3.5 is S, not P): the cautious reading. */
  | { kind: 'rated'; worst: RatingLevel; average: number; level: RatingLevel; rated: number; unrated: number }
  /** Exercised, but no objective of those exercises has a rating yet. */
  | { kind: 'unrated'; unrated: number }
  /** Exercised; the viewer's role may not read reports, so ratings are not shown. */
  | { kind: 'hidden' }
  | { kind: 'never' };

const byScore = (score: number): RatingLevel => RATING_LEVELS.find((level) => RATING_SCORE[level] === score) ?? 'U';

/** Summarises samples (deduplicated by exercise and objective, so one exercise counts once). */
export function howWell(samples: readonly RatingSample[], options: { exercised: boolean; visible: boolean }): HowWell {
  if (!options.exercised) return { kind: 'never' };
  if (!options.visible) return { kind: 'hidden' };
  const unique = new Map(samples.map((s) => [`${s.exerciseId}\u0000${s.objectiveId}`, s.level]));
  const levels = [...unique.values()].filter((level): level is RatingLevel => level !== null);
  const unrated = unique.size - levels.length;
  if (levels.length === 0) return { kind: 'unrated', unrated };
  const scores = levels.map((level) => RATING_SCORE[level]);
  const average = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
  return { kind: 'rated', worst: byScore(Math.min(...scores)), average, level: byScore(Math.ceil(average - 0.5)), rated: levels.length, unrated };
}

/** A short phrase for tables, titles and comments. */
export function describeHowWell(value: HowWell): string {
  switch (value.kind) {
    case 'rated':
      return `average ${value.average.toFixed(1)} of 4 (${value.level}), worst ${value.worst}, over ${value.rated} rated objective${value.rated === 1 ? '' : 's'}${value.unrated ? `, ${value.unrated} not rated` : ''}`;
    case 'unrated':
      return 'exercised, not rated';
    case 'hidden':
      return 'exercised (ratings not shown to your role)';
    case 'never':
      return 'never exercised';
  }
}
