// The report as Markdown (CommonMark + GFM tables). All user text goes through markdownText or
// markdownCell, so nothing in a note can become markup, a link or raw HTML. Charts are SVG and
// Markdown has no portable way to hold them, so their data appears as tables instead.
import { LIFECYCLE_NAMES } from '../library/vocabulary';
import { markdownCell as cell, markdownText as text } from './escape-text';
import { formatDateTime, formatDuration } from './format';
import { RATING_DEFINITIONS, RATING_LABELS, RATING_LEVELS } from './hseep';
import { chainLine, gapCell, improvementCells, IMPROVEMENT_COLUMNS, reportTitle, SECTION_TITLES, statusLine, TAG_LABELS } from './report-labels';
import type { Finding, ReportModel, TimelineEntry } from './report-model-schema';

const SAFE_URL = /^(?:https?:\/\/[^\s()<>]+|\/(?!\/)[^\s()<>]*)$/i;
const linkTo = (label: string, url: string | null) => (url && SAFE_URL.test(url) ? `[${cell(label)}](${url})` : cell(label));

function table(head: readonly string[], rows: string[][]): string {
  if (rows.length === 0) return '_None._';
  return [`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

const bullet = (value: string) => `- ${text(value, '  ')}`;

function findings(title: string, list: readonly Finding[]): string {
  return `**${title}**\n\n${list.length ? list.map((f) => bullet(f.author ? `${f.text} (${f.author})` : f.text)).join('\n') : '_None recorded._'}`;
}

function timelineEntry(entry: TimelineEntry): string {
  const out = [`### ${cell(`${entry.clock} · ${entry.title}`)}`, text(`Revealed ${formatDateTime(entry.revealedAt)}, at ${formatDuration(entry.sessionMsAtReveal)} of session time; ${formatDuration(entry.timeOnInjectMs)} on this inject.`)];
  const point = entry.decisionPoint;
  if (point) {
    out.push(`**Decision point:** ${text(point.prompt)}`);
    if (point.vote) {
      out.push(text(`Vote: ${point.vote.tally.map((row) => `${row.label}: ${row.count}`).join('; ')}`));
      out.push(table(['Participant', 'Voted for', 'Comment'], point.vote.votes.map((v) => [cell(v.name), cell(v.optionLabel), cell(v.comment ?? '—')])));
    }
    const d = point.decision;
    out.push(
      d
        ? [
            bullet(`Decision: ${d.optionLabel}`),
            bullet(`Rationale: ${d.rationale}`),
            bullet(`Consequence: ${d.consequence}`),
            bullet(`Time to decide: ${formatDuration(d.timeToDecisionMs)} (recorded by ${d.decidedBy})`),
            bullet(`Other options: ${point.options.filter((o) => !o.chosen).map((o) => o.label).join('; ') || '—'}`),
          ].join('\n')
        : '**No decision was recorded.**',
    );
    if (point.expectedActions.length) out.push(point.expectedActions.map((a) => bullet(`Expected action (${a.observed ? 'observed' : 'not observed'}): ${a.text}`)).join('\n'));
  }
  if (entry.notes.length) out.push(`**Discussion notes**\n\n${entry.notes.map((n) => bullet(`${TAG_LABELS[n.tag]}, ${n.author.name} (${n.author.role}), ${formatDateTime(n.createdAt)}: ${n.text}`)).join('\n')}`);
  if (entry.actionItems.length) out.push(`**Action items**\n\n${entry.actionItems.map((a) => bullet(`${a.text} (${a.owner}, due ${a.dueDate})`)).join('\n')}`);
  return out.join('\n\n');
}

export function renderMarkdown(model: ReportModel): string {
  const { overview, summary, analysis, coverage, appendix } = model;
  const { exercise, scenario } = overview;
  const participants = table(
    ['Name', 'Role', 'Scenario role', 'Joined', 'Removed'],
    appendix.participants.map((p) => [cell(p.name), cell(p.role), cell(p.scenarioRole?.name ?? '—'), cell(formatDateTime(p.joinedAt)), cell(p.removedAt ? formatDateTime(p.removedAt) : '—')]),
  );
  const parts = [
    `# ${cell(reportTitle(model))}`,
    text(`${scenario.title}. ${statusLine(model)}.`),
    ...(model.warnings.length ? [`> **Read with care**\n>\n${model.warnings.map((w) => `> - ${text(w, '>   ')}`).join('\n')}`] : []),
    `## ${SECTION_TITLES.overview}`,
    table(['', ''], [
      ['Exercise', cell(exercise.title)],
      ['Started', cell(formatDateTime(exercise.startedAt))],
      ['Ended', cell(formatDateTime(exercise.endedAt))],
      ['Session time', cell(`${formatDuration(exercise.activeMs)} (${exercise.plannedMinutes} min planned)`)],
      ['Location', cell(exercise.location ?? '—')],
      ['Facilitator', cell(overview.facilitators.join(', ') || '—')],
      ['Scope', cell(overview.scope)],
      ['Scenario', cell(`${scenario.title} (${scenario.difficulty}): ${scenario.summary}`)],
    ]),
    '### Objectives',
    overview.objectives.map((o, i) => `${i + 1}. ${text(o.text, '   ')}`).join('\n'),
    '### Threats in scope',
    table(['Code', 'Threat', 'Severity', 'STRIDE', 'Lifecycle'], overview.threats.map((t) => [cell(t.code), linkTo(t.title, t.url), cell(t.severity ?? '—'), cell(t.stride.join(' ')), cell(t.lifecycle.map((s) => LIFECYCLE_NAMES[s]).join(', '))])),
    '### Participants',
    participants,
    `## ${SECTION_TITLES.summary}`,
    text(summary.text),
    summary.edited ? '_Edited by the facilitator._' : '_Generated from the event log._',
    summary.keyDecisions.map((d) => bullet(`${d.injectTitle}: ${d.optionLabel}`)).join('\n') || '_No decisions were recorded._',
    text(`Decisions recorded: ${summary.counts.decisions}. Left undecided: ${summary.counts.undecided}. Strengths: ${summary.counts.strengths}. Areas for improvement: ${summary.counts.areasForImprovement}. Open improvement items: ${summary.counts.openActionItems}.`),
    `## ${SECTION_TITLES.timeline}`,
    table(['Inject', 'Revealed', 'Time on inject', 'Time to decision', 'Decision'], model.timeline.map((e) => [cell(e.title), cell(formatDateTime(e.revealedAt)), cell(formatDuration(e.timeOnInjectMs)), cell(e.decisionPoint?.decision ? formatDuration(e.decisionPoint.decision.timeToDecisionMs) : '—'), cell(e.decisionPoint ? (e.decisionPoint.decision?.optionLabel ?? 'No decision recorded') : '—')])),
    ...model.timeline.map(timelineEntry),
    `## ${SECTION_TITLES.analysis}`,
    text(`How this analysis was derived: ${analysis.rule}`),
    ...analysis.objectives.map((o, i) =>
      [
        `### ${cell(`Objective ${i + 1}: ${o.text}`)}`,
        o.rating ? `**Rating: ${cell(`${o.rating.label} (${o.rating.level})`)}.** ${text(o.rating.definition)}` : '_Not rated yet._',
        findings('Strengths', o.strengths),
        findings('Areas for improvement', o.areasForImprovement),
        ...(o.observations.length ? [findings('Observations', o.observations)] : []),
      ].join('\n\n'),
    ),
    ...(analysis.unlinked.strengths.length + analysis.unlinked.areasForImprovement.length + analysis.unlinked.observations.length
      ? [`### Notes not linked to an objective`, findings('Strengths', analysis.unlinked.strengths), findings('Areas for improvement', analysis.unlinked.areasForImprovement), findings('Observations', analysis.unlinked.observations)]
      : []),
    table(['Rating', 'Definition'], RATING_LEVELS.map((level) => [cell(`${RATING_LABELS[level]} (${level})`), cell(RATING_DEFINITIONS[level])])),
    `## ${SECTION_TITLES.coverage}`,
    text(`How coverage was derived: ${coverage.rule}`),
    table(['Lifecycle stage', ...coverage.stride.map((s) => s.letter)], coverage.matrix.rows.map((row) => [cell(row.name), ...row.cells.map((c) => (c.count === 0 ? '·' : `${c.count}${c.gap ? ' (gap)' : ''}`))])),
    table(['Threat', 'Touched', 'Gaps recorded'], coverage.threats.map((t) => [linkTo(`${t.code} ${t.title}`, t.url), t.touched ? 'Yes' : 'No', cell(gapCell(t).join('; '))])),
    '### Recommended mitigations',
    table(['Mitigation', 'Kind', 'For threats', 'What it does'], coverage.recommendedMitigations.map((m) => [linkTo(m.title, m.url) + (m.namedByExpectedAction ? ' (named by an expected action)' : ''), cell(m.kind ?? '—'), cell(m.forThreats.join(', ')), cell(m.summary)])),
    `## ${SECTION_TITLES.improvementPlan}`,
    table(IMPROVEMENT_COLUMNS, model.improvementPlan.items.map((item) => improvementCells(item).map(cell))),
    `## ${SECTION_TITLES.appendices}`,
    '### A. Participants',
    participants,
    '### B. Event log integrity',
    text(chainLine(appendix.chain)),
    ...(appendix.problems.length ? [table(['Entry', 'Type', 'Not applied because'], appendix.problems.map((p) => [String(p.seq), cell(p.type), cell(p.message)]))] : []),
    '### C. Event log',
    table(['#', 'Time', 'By', 'Event', 'Hash'], appendix.events.map((e) => [String(e.seq), cell(formatDateTime(e.createdAt)), cell(`${e.actor.name} (${e.actor.role})`), cell(e.summary), `\`${e.hash}\``])),
  ];
  return `${parts.filter((part) => part.length > 0).join('\n\n')}\n`;
}
