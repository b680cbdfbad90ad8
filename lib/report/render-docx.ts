// The report as a Word document (docx 9): Word's heading styles, a running header with the exercise
// name, page numbers, tables with repeating header rows (the improvement plan among them), and the
// charts as SVG images with their data in tables beside them. The bytes are deterministic: the
// document properties carry `generatedAt`, and the zip entries' times are set to it.
import { AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { LIFECYCLE_NAMES, STRIDE_NAMES } from '../library/vocabulary';
import { coverageHeatmapChart, HEAT_COLOURS } from './coverage-heatmap-chart';
import { decisionTimelineChart } from './decision-timeline-chart';
import { bullet, fact, FONT, heading, para, table, textRuns } from './docx-parts';
import { escapeHtml } from './escape-text';
import { formatDateTime, formatDuration } from './format';
import { RATING_DEFINITIONS, RATING_LABELS, RATING_LEVELS } from './hseep';
import { chainLine, gapCell, improvementCells, IMPROVEMENT_COLUMNS, reportTitle, SECTION_TITLES, statusLine, TAG_LABELS } from './report-labels';
import type { Finding, ReportModel, TimelineEntry } from './report-model-schema';
import { timeToDecisionChart } from './time-to-decision-chart';
import { setZipTimestamps } from './zip-timestamps';

// Word before 2016 cannot show SVG and docx requires a raster fallback: a 1×1 white PNG, since the
// chart's data is also in a table next to it.
const FALLBACK_PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'), (c) => c.charCodeAt(0));

/** `id` is the drawing's id in the document: given, because docx would otherwise count on across documents. */
function chart(svg: string, title: string, id: number): Paragraph {
  const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = Number(size?.[1] ?? 600);
  const height = Number(size?.[2] ?? 300);
  const scale = Math.min(1, 620 / width);
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(svg),
        fallback: { type: 'png', data: FALLBACK_PNG },
        transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
        altText: { id: String(id), name: title, title, description: /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? title },
      }),
    ],
  });
}

function coreXml(model: ReportModel): string {
  const x = (text: string) => escapeHtml(text);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${x(reportTitle(model))}</dc:title><dc:subject>${x(model.overview.scenario.title)}</dc:subject><dc:creator>Sandtable</dc:creator><cp:lastModifiedBy>Sandtable</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${x(model.generatedAt)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${x(model.generatedAt)}</dcterms:modified></cp:coreProperties>`
  );
}

const findings = (title: string, list: readonly Finding[]): FileChild[] => [
  para(title, { bold: true }),
  ...(list.length ? list.map((f) => bullet(f.author ? `${f.text} (${f.author})` : f.text)) : [para('None recorded.', { italics: true })]),
];

function overview(model: ReportModel): FileChild[] {
  const { exercise, scenario, objectives, threats, facilitators, scope } = model.overview;
  return [
    heading(1, SECTION_TITLES.overview),
    fact('Exercise', exercise.title),
    fact('Started', formatDateTime(exercise.startedAt)),
    fact('Ended', formatDateTime(exercise.endedAt)),
    fact('Session time', `${formatDuration(exercise.activeMs)} (pauses excluded; ${exercise.plannedMinutes} min planned)`),
    fact('Location', exercise.location ?? '—'),
    fact('Facilitator', facilitators.join(', ') || '—'),
    fact('Scope', scope),
    heading(2, 'Scenario'),
    fact('Title', scenario.title),
    fact('Summary', scenario.summary),
    fact('Difficulty', scenario.difficulty),
    heading(2, 'Objectives'),
    ...objectives.map((o, i) => para(`${i + 1}. ${o.text}`)),
    heading(2, 'Threats in scope'),
    table(['Code', 'Threat', 'Severity', 'STRIDE', 'Lifecycle'], threats.map((t) => [t.code, t.url?.startsWith('http') ? `${t.title} (${t.url})` : t.title, t.severity ?? '—', t.stride.join(' '), t.lifecycle.map((s) => LIFECYCLE_NAMES[s]).join(', ')]), [14, 36, 12, 12, 26]),
    heading(2, 'Participants'),
    participants(model),
  ];
}

function participants(model: ReportModel) {
  return table(['Name', 'Role', 'Scenario role', 'Joined', 'Removed'], model.appendix.participants.map((p) => [p.name, p.role, p.scenarioRole?.name ?? '—', formatDateTime(p.joinedAt), p.removedAt ? formatDateTime(p.removedAt) : '—']));
}

function timelineEntry(entry: TimelineEntry): FileChild[] {
  const out: FileChild[] = [heading(3, `${entry.clock} · ${entry.title}`), para(`Revealed ${formatDateTime(entry.revealedAt)}, at ${formatDuration(entry.sessionMsAtReveal)} of session time; ${formatDuration(entry.timeOnInjectMs)} on this inject.`, { italics: true })];
  const point = entry.decisionPoint;
  if (point) {
    out.push(heading(4, 'Decision point'), para(point.prompt));
    if (point.vote) {
      out.push(para(`Vote: ${point.vote.tally.map((row) => `${row.label}: ${row.count}`).join('; ')}`), table(['Participant', 'Voted for', 'Comment'], point.vote.votes.map((v) => [v.name, v.optionLabel, v.comment ?? '—']), [20, 35, 45]));
    }
    const d = point.decision;
    if (d) {
      out.push(
        fact('Decision', d.optionLabel),
        fact('Rationale', d.rationale),
        fact('Consequence', d.consequence),
        fact('Time to decide', formatDuration(d.timeToDecisionMs)),
        fact('Recorded by', `${d.decidedBy}, ${formatDateTime(d.decidedAt)}`),
        fact('Other options', point.options.filter((o) => !o.chosen).map((o) => o.label).join('; ') || '—'),
      );
    } else out.push(para('No decision was recorded.', { bold: true, color: 'B71C1C' }));
    for (const a of point.expectedActions) out.push(bullet(`Expected action (${a.observed ? 'observed' : 'not observed'}): ${a.text}`));
  }
  if (entry.notes.length) out.push(heading(4, 'Discussion notes'), ...entry.notes.map((n) => bullet([new TextRun({ text: `${TAG_LABELS[n.tag]} — ${n.author.name} (${n.author.role}), ${formatDateTime(n.createdAt)}: `, bold: true }), ...textRuns(n.text)])));
  if (entry.actionItems.length) out.push(heading(4, 'Action items'), ...entry.actionItems.map((a) => bullet(`${a.text} (${a.owner}, due ${a.dueDate})`)));
  return out;
}

function body(model: ReportModel): FileChild[] {
  const { summary, analysis, coverage, appendix } = model;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(reportTitle(model)) }),
    para(model.overview.scenario.title, { size: 26 }),
    para(statusLine(model), { italics: true, color: '555555' }),
    ...model.warnings.map((w) => para(w, { bold: true, color: 'B71C1C' })),
    ...overview(model),
    heading(1, SECTION_TITLES.summary, true),
    para(summary.text),
    para(summary.edited ? 'Edited by the facilitator.' : 'Generated from the event log.', { italics: true, color: '555555' }),
    heading(2, 'Key decisions'),
    ...(summary.keyDecisions.length ? summary.keyDecisions.map((d) => bullet(`${d.injectTitle}: ${d.optionLabel}`)) : [para('No decisions were recorded.', { italics: true })]),
    fact('Areas for improvement', String(summary.counts.areasForImprovement)),
    fact('Strengths', String(summary.counts.strengths)),
    fact('Open improvement items', String(summary.counts.openActionItems)),
    heading(1, SECTION_TITLES.timeline, true),
    chart(decisionTimelineChart(model), 'Decision timeline', 1),
    chart(timeToDecisionChart(model), 'Time to decision per inject', 2),
    table(['Inject', 'Revealed', 'Time on inject', 'Time to decision', 'Decision'], model.timeline.map((e) => [e.title, formatDateTime(e.revealedAt), formatDuration(e.timeOnInjectMs), e.decisionPoint?.decision ? formatDuration(e.decisionPoint.decision.timeToDecisionMs) : '—', e.decisionPoint ? (e.decisionPoint.decision?.optionLabel ?? 'No decision recorded') : '—'])),
    ...model.timeline.flatMap(timelineEntry),
    heading(1, SECTION_TITLES.analysis, true),
    para(`How this analysis was derived: ${analysis.rule}`, { italics: true }),
    ...analysis.objectives.flatMap((o, i) => [
      heading(2, `Objective ${i + 1}: ${o.text}`),
      o.rating ? fact('Rating', `${o.rating.label} (${o.rating.level}). ${o.rating.definition}`) : para('Not rated yet.', { italics: true }),
      ...findings('Strengths', o.strengths),
      ...findings('Areas for improvement', o.areasForImprovement),
      ...(o.observations.length ? findings('Observations', o.observations) : []),
    ]),
    ...(analysis.unlinked.strengths.length + analysis.unlinked.areasForImprovement.length + analysis.unlinked.observations.length
      ? [heading(2, 'Notes not linked to an objective'), ...findings('Strengths', analysis.unlinked.strengths), ...findings('Areas for improvement', analysis.unlinked.areasForImprovement), ...findings('Observations', analysis.unlinked.observations)]
      : []),
    heading(2, 'Rating scale'),
    table(['Rating', 'Definition'], RATING_LEVELS.map((level) => [`${RATING_LABELS[level]} (${level})`, RATING_DEFINITIONS[level]]), [28, 72]),
    heading(1, SECTION_TITLES.coverage, true),
    para(`How coverage was derived: ${coverage.rule}`, { italics: true }),
    chart(coverageHeatmapChart(model), 'Threat coverage heat map', 3),
    table(['Lifecycle stage', ...coverage.stride.map((s) => `${s.letter} ${STRIDE_NAMES[s.letter]}`)], coverage.matrix.rows.map((row) => [row.name, ...row.cells.map((c) => ({ text: c.count === 0 ? '' : `${c.count}${c.gap ? ' (gap)' : ''}`, fill: (HEAT_COLOURS[c.heat] ?? HEAT_COLOURS[0]).slice(1), bold: c.gap }))]), undefined, 16),
    table(['Threat', 'Touched', 'Gaps recorded'], coverage.threats.map((t) => [`${t.code} ${t.title}`, t.touched ? 'Yes' : 'No', gapCell(t).join('\n')]), [30, 10, 60]),
    heading(2, 'Recommended mitigations'),
    table(['Mitigation', 'Kind', 'For threats', 'What it does'], coverage.recommendedMitigations.map((m) => [`${m.title}${m.namedByExpectedAction ? ' (named by an expected action)' : ''}`, m.kind ?? '—', m.forThreats.join(', '), m.summary]), [28, 10, 22, 40]),
    heading(1, SECTION_TITLES.improvementPlan, true),
    table(IMPROVEMENT_COLUMNS, model.improvementPlan.items.map(improvementCells), [12, 20, 20, 10, 11, 9, 9, 9], 16),
    heading(1, SECTION_TITLES.appendices, true),
    heading(2, 'A. Participants'),
    participants(model),
    heading(2, 'B. Event log integrity'),
    para(chainLine(appendix.chain), { bold: !appendix.chain.ok, color: appendix.chain.ok ? '1B5E20' : 'B71C1C' }),
    ...(appendix.problems.length ? [table(['Entry', 'Type', 'Not applied because'], appendix.problems.map((p) => [String(p.seq), p.type, p.message]), [10, 25, 65])] : []),
    heading(2, 'C. Event log'),
    table(['#', 'Time', 'By', 'Event', 'Hash'], appendix.events.map((e) => [String(e.seq), formatDateTime(e.createdAt), `${e.actor.name} (${e.actor.role})`, e.summary, e.hash]), [6, 15, 15, 40, 24], 14),
  ];
}

export async function renderDocx(model: ReportModel): Promise<Uint8Array> {
  const small = { size: 16, color: '555555', font: FONT };
  const doc = new Document({
    creator: 'Sandtable',
    title: reportTitle(model),
    description: 'After-Action Report / Improvement Plan',
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 } },
        heading1: { run: { font: FONT, size: 32, bold: true, color: '0D47A1' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 200, after: 80 } } },
        heading3: { run: { font: FONT, size: 23, bold: true }, paragraph: { spacing: { before: 160, after: 60 } } },
        heading4: { run: { font: FONT, size: 21, bold: true, italics: true } },
        title: { run: { font: FONT, size: 44, bold: true } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1021, left: 907, right: 907 } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [...textRuns(model.overview.exercise.title, small), new TextRun({ text: model.status === 'published' ? '\tAfter-action report' : '\tAfter-action report (draft)', ...small })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], ...small })] })] }) },
        children: body(model),
      },
    ],
  });
  const bytes = await Packer.pack(doc, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreXml(model) }]);
  return setZipTimestamps(bytes, model.generatedAt);
}
