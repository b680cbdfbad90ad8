// One palette for the dashboard's charts and the page's legend: HSEEP levels from green (P) to red
// (U), blue for exercised but not rated (or ratings not shown), grey for never.
import type { RatingLevel } from '../report/hseep';
import type { HowWell } from './how-well';

export const RATING_COLOURS: Record<RatingLevel, string> = { P: '#2e7d32', S: '#c0ca33', M: '#ef6c00', U: '#c62828' };
export const UNRATED_FILL = '#64b5f6';
export const NEVER_FILL = '#ffffff';
export const EMPTY_FILL = '#f5f5f5';

/** Cell fill and a text colour that reads on it. */
export function howWellFill(value: HowWell, libraryThreats: number): { fill: string; text: string } {
  if (value.kind === 'rated') return { fill: RATING_COLOURS[value.level], text: value.level === 'P' || value.level === 'U' ? '#ffffff' : '#222222' };
  if (value.kind === 'unrated' || value.kind === 'hidden') return { fill: UNRATED_FILL, text: '#222222' };
  return { fill: libraryThreats > 0 ? NEVER_FILL : EMPTY_FILL, text: '#555555' };
}
