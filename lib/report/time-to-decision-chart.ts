// Chart: the session time the team spent on each inject, and for decision points the part of it
// before the decision was recorded.
import { formatDuration, minutes } from './format';
import type { ReportModel } from './report-model-schema';
import { num, svgFrame, svgText, truncate } from './svg';

const LABEL = 230;
const PLOT = 400;
const ROW = 24;
const TOP = 26;

export function timeToDecisionChart(model: Pick<ReportModel, 'timeline'>): string {
  const { timeline } = model;
  const maxMin = Math.max(1, ...timeline.map((e) => minutes(e.timeOnInjectMs)));
  const w = (ms: number) => (minutes(ms) / maxMin) * PLOT;
  const body: string[] = [];
  if (timeline.length === 0) body.push(svgText(LABEL, TOP + 14, 'No inject was revealed.', 'fill="#555"'));
  timeline.forEach((entry, index) => {
    const y = TOP + index * ROW;
    const decision = entry.decisionPoint?.decision;
    body.push(
      svgText(LABEL - 8, y + 14, truncate(entry.title, 34), 'text-anchor="end" fill="#222"'),
      `<rect x="${LABEL}" y="${y + 4}" width="${num(Math.max(1, w(entry.timeOnInjectMs)))}" height="14" fill="#cfd8dc"/>`,
    );
    if (decision) body.push(`<rect x="${LABEL}" y="${y + 4}" width="${num(Math.max(1, w(decision.timeToDecisionMs)))}" height="14" fill="#1565c0"/>`);
    const label = decision ? `${formatDuration(decision.timeToDecisionMs)} to decide, ${formatDuration(entry.timeOnInjectMs)} in all` : entry.decisionPoint ? `${formatDuration(entry.timeOnInjectMs)}, no decision` : formatDuration(entry.timeOnInjectMs);
    body.push(svgText(LABEL + Math.max(1, w(entry.timeOnInjectMs)) + 6, y + 15, label, 'fill="#333"'));
  });
  body.push(
    `<rect x="${LABEL}" y="4" width="14" height="9" fill="#1565c0"/>`,
    svgText(LABEL + 18, 12, 'until the decision'),
    `<rect x="${LABEL + 130}" y="4" width="14" height="9" fill="#cfd8dc"/>`,
    svgText(LABEL + 148, 12, 'time on inject'),
  );
  const height = TOP + Math.max(1, timeline.length) * ROW + 8;
  const summary = timeline
    .filter((e) => e.decisionPoint?.decision)
    .map((e) => `${e.title}: ${formatDuration(e.decisionPoint?.decision?.timeToDecisionMs ?? 0)}`)
    .join('; ');
  return svgFrame('time-to-decision', LABEL + PLOT + 200, height, 'Time to decision per inject', summary || 'No decision was recorded.', body);
}
