// Chart: the objective ratings of each team exercise in the order they ran, one stacked bar per
// exercise (P, S, M, U, not rated), so a trend shows as the bar's colour shifting. The page puts
// the same numbers in a table beside it; the description carries them for screen readers too.
import { RATING_LEVELS } from '../report/hseep';
import { num, svgFrame, svgText, truncate } from '../report/svg';
import { RATING_COLOURS } from './chart-colours';
import type { RatingPoint } from './ratings-over-time';

const LEFT = 40;
const TOP = 36;
const PLOT_H = 140;
const BAR = 26;
const GAP = 18;
/** The latest this many exercises are drawn; the table beside the chart lists all of them. */
export const MAX_BARS = 24;
const UNRATED_BAR = '#bdbdbd';

const SEGMENTS = [...RATING_LEVELS.map((level) => ({ key: level, label: level, colour: RATING_COLOURS[level] })), { key: 'unrated' as const, label: 'not rated', colour: UNRATED_BAR }];

export function ratingsOverTimeChart(all: readonly RatingPoint[]): string {
  const points = all.slice(-MAX_BARS);
  const maxStack = Math.max(1, ...points.map((p) => SEGMENTS.reduce((sum, s) => sum + p.counts[s.key], 0)));
  const unit = PLOT_H / maxStack;
  const body: string[] = [];
  SEGMENTS.forEach((segment, index) => {
    const x = LEFT + index * 86;
    body.push(`<rect x="${x}" y="6" width="12" height="10" fill="${segment.colour}"/>`, svgText(x + 16, 15, segment.label));
  });
  for (let tick = 0; tick <= maxStack; tick += Math.max(1, Math.ceil(maxStack / 5))) {
    const y = TOP + PLOT_H - tick * unit;
    body.push(`<line x1="${LEFT - 4}" y1="${num(y)}" x2="${num(LEFT + Math.max(1, points.length) * (BAR + GAP))}" y2="${num(y)}" stroke="#e0e0e0"/>`, svgText(LEFT - 8, y + 4, String(tick), 'text-anchor="end" fill="#555"'));
  }
  if (points.length === 0) body.push(svgText(LEFT + 10, TOP + PLOT_H / 2, 'No team exercise has started yet.', 'fill="#555"'));
  points.forEach((point, index) => {
    const x = LEFT + index * (BAR + GAP) + GAP / 2;
    let y = TOP + PLOT_H;
    for (const segment of SEGMENTS) {
      const count = point.counts[segment.key];
      if (count === 0) continue;
      y -= count * unit;
      body.push(`<rect x="${num(x)}" y="${num(y)}" width="${BAR}" height="${num(count * unit)}" fill="${segment.colour}" stroke="#ffffff"/>`);
    }
    const labelY = TOP + PLOT_H + 12;
    body.push(svgText(x + BAR / 2, labelY, point.date.slice(5), `text-anchor="end" fill="#333" transform="rotate(-45 ${num(x + BAR / 2)} ${num(labelY)})"`));
  });
  const width = Math.max(LEFT + SEGMENTS.length * 86, LEFT + Math.max(1, points.length) * (BAR + GAP)) + 20;
  const described = points.map((p) => `${p.date} ${truncate(p.title, 60)}: ${SEGMENTS.map((s) => `${s.label} ${p.counts[s.key]}`).join(', ')}`);
  const shown = all.length > points.length ? ` The latest ${points.length} of ${all.length} exercises are drawn.` : '';
  return svgFrame('ratings-over-time', width, TOP + PLOT_H + 52, 'Objective ratings per team exercise, oldest first', (described.join('; ') || 'No team exercise has started yet.') + shown, body);
}
