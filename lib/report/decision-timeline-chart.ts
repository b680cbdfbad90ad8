// Chart: the session on one time axis (minutes, pauses excluded): a bar per inject from its reveal
// to the next, a diamond where the team decided, a hollow diamond where a decision point was left
// undecided.
import { formatDuration, minutes } from './format';
import type { ReportModel } from './report-model-schema';
import { num, svgFrame, svgText, tickStep, truncate } from './svg';

const LABEL = 230;
const PLOT = 460;
const ROW = 26;
const TOP = 28;

export function decisionTimelineChart(model: Pick<ReportModel, 'timeline'>): string {
  const { timeline } = model;
  const totalMin = Math.max(1, ...timeline.map((e) => minutes(e.sessionMsAtReveal + e.timeOnInjectMs)));
  const x = (ms: number) => LABEL + (minutes(ms) / totalMin) * PLOT;
  const height = TOP + Math.max(1, timeline.length) * ROW + 30;
  const width = LABEL + PLOT + 30;
  const body: string[] = [];
  const step = tickStep(totalMin);
  for (let tick = 0; tick <= totalMin + 1e-9; tick += step) {
    const tx = LABEL + (tick / totalMin) * PLOT;
    body.push(`<line x1="${num(tx)}" y1="${TOP - 6}" x2="${num(tx)}" y2="${num(height - 26)}" stroke="#e0e0e0"/>`, svgText(tx, height - 12, `${num(tick)} min`, 'text-anchor="middle" fill="#555"'));
  }
  if (timeline.length === 0) body.push(svgText(LABEL, TOP + 16, 'No inject was revealed.', 'fill="#555"'));
  timeline.forEach((entry, index) => {
    const y = TOP + index * ROW;
    const start = x(entry.sessionMsAtReveal);
    const end = Math.max(start + 2, x(entry.sessionMsAtReveal + entry.timeOnInjectMs));
    body.push(
      svgText(LABEL - 8, y + 15, `${entry.clock} ${truncate(entry.title, 34)}`, 'text-anchor="end" fill="#222"'),
      `<rect x="${num(start)}" y="${y + 5}" width="${num(end - start)}" height="14" rx="2" fill="#90caf9"><title>${formatDuration(entry.timeOnInjectMs)} on this inject</title></rect>`,
    );
    const point = entry.decisionPoint;
    if (!point) return;
    const decided = point.decision;
    const dx = decided ? x(entry.sessionMsAtReveal + decided.timeToDecisionMs) : end;
    const diamond = `M ${num(dx)} ${y + 3} L ${num(dx + 7)} ${y + 12} L ${num(dx)} ${y + 21} L ${num(dx - 7)} ${y + 12} Z`;
    body.push(decided ? `<path d="${diamond}" fill="#0d47a1"/>` : `<path d="${diamond}" fill="#ffffff" stroke="#b71c1c" stroke-width="2"/>`);
  });
  const legendY = 12;
  body.push(
    `<rect x="${LABEL}" y="${legendY - 8}" width="14" height="9" fill="#90caf9"/>`,
    svgText(LABEL + 18, legendY, 'time on inject'),
    `<path d="M ${LABEL + 120} ${legendY - 9} L ${LABEL + 126} ${legendY - 4} L ${LABEL + 120} ${legendY + 1} L ${LABEL + 114} ${legendY - 4} Z" fill="#0d47a1"/>`,
    svgText(LABEL + 131, legendY, 'decision recorded'),
    `<path d="M ${LABEL + 250} ${legendY - 9} L ${LABEL + 256} ${legendY - 4} L ${LABEL + 250} ${legendY + 1} L ${LABEL + 244} ${legendY - 4} Z" fill="#fff" stroke="#b71c1c" stroke-width="2"/>`,
    svgText(LABEL + 261, legendY, 'no decision recorded'),
  );
  const decided = timeline.filter((e) => e.decisionPoint?.decision).length;
  return svgFrame(
    'decision-timeline',
    width,
    height,
    'Decision timeline',
    `${timeline.length} injects over ${formatDuration(timeline.reduce((sum, e) => sum + e.timeOnInjectMs, 0))} of session time; ${decided} decisions recorded.`,
    body,
  );
}
