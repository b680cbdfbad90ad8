// The report's sections as HTML fragments. Every piece of text goes through `t` (escapeHtml) and
// every link through `href`, which lets only http(s) and site-relative URLs through.
import { LIFECYCLE_NAMES, STRIDE_NAMES } from '../library/vocabulary';
import { coverageHeatmapChart } from './coverage-heatmap-chart';
import { decisionTimelineChart } from './decision-timeline-chart';
import { escapeHtml as t } from './escape-text';
import { formatDateTime, formatDuration } from './format';
import { RATING_DEFINITIONS, RATING_LABELS, RATING_LEVELS } from './hseep';
import { chainLine, gapCell, improvementCells, IMPROVEMENT_COLUMNS, SECTION_TITLES, TAG_LABELS } from './report-labels';
import type { Finding, ReportModel, ReportNote, TimelineEntry } from './report-model-schema';
import { timeToDecisionChart } from './time-to-decision-chart';

const SAFE_URL = /^(?:https?:\/\/[^\s"'<>]+|\/(?!\/)[^\s"'<>]*)$/i;

function link(text: string, url: string | null): string {
  return url && SAFE_URL.test(url) ? `<a href="${t(url)}">${t(text)}</a>` : t(text);
}

const userText = (text: string, tag = 'p') => `<${tag} class="user-text">${t(text)}</${tag}>`;

function table(head: readonly string[], rows: string[][], cls = ''): string {
  if (rows.length === 0) return '<p class="empty">None.</p>';
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th scope="col">${t(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const dl = (pairs: Array<[string, string]>) => `<dl class="facts">${pairs.map(([k, v]) => `<dt>${t(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;

function participantsTable(participants: ReportModel['overview']['participants']): string {
  return table(
    ['Name', 'Role', 'Scenario role', 'Joined', 'Removed'],
    participants.map((p) => [t(p.name), t(p.role), t(p.scenarioRole?.name ?? '—'), t(formatDateTime(p.joinedAt)), t(p.removedAt ? formatDateTime(p.removedAt) : '—')]),
  );
}

export function overviewSection(model: ReportModel): string {
  const { exercise, scenario, objectives, threats, facilitators, participants, scope } = model.overview;
  const version = scenario.pinnedHash ? `${scenario.pinnedHash.slice(0, 16)}… (${scenario.matchesPinned ? 'the version shown here' : 'changed since; the current version is shown'})` : '—';
  return [
    `<h2>${t(SECTION_TITLES.overview)}</h2>`,
    dl([
      ['Exercise', t(exercise.title)],
      ['Started', t(formatDateTime(exercise.startedAt))],
      ['Ended', t(exercise.endedAt ? formatDateTime(exercise.endedAt) : exercise.status === 'lobby' ? 'Not started' : 'Not ended')],
      ['Session time', t(`${formatDuration(exercise.activeMs)} (pauses excluded; ${exercise.plannedMinutes} min planned)`)],
      ['Location', t(exercise.location ?? '—')],
      ['Facilitator', t(facilitators.join(', ') || '—')],
      ['Scope', userText(scope, 'span')],
    ]),
    `<h3>Scenario</h3>`,
    dl([
      ['Title', t(scenario.title)],
      ['Summary', t(scenario.summary)],
      ['Difficulty', t(scenario.difficulty)],
      ['Version', t(version)],
    ]),
    `<h3>Objectives</h3><ol class="objectives">${objectives.map((o) => `<li>${t(o.text)}</li>`).join('')}</ol>`,
    `<h3>Threats in scope</h3>`,
    table(
      ['Code', 'Threat', 'Severity', 'STRIDE', 'Lifecycle'],
      threats.map((th) => [t(th.code), link(th.title, th.url), t(th.severity ?? '—'), t(th.stride.join(' ')), t(th.lifecycle.map((s) => LIFECYCLE_NAMES[s]).join(', '))]),
    ),
    `<h3>Participants</h3>`,
    participantsTable(participants),
  ].join('');
}

export function summarySection(model: ReportModel): string {
  const { summary } = model;
  return [
    `<h2>${t(SECTION_TITLES.summary)}</h2>`,
    userText(summary.text),
    summary.edited ? '<p class="note">Edited by the facilitator.</p>' : '<p class="note">Generated from the event log.</p>',
    `<h3>Key decisions</h3>`,
    summary.keyDecisions.length ? `<ul>${summary.keyDecisions.map((d) => `<li>${t(d.injectTitle)}: <strong>${t(d.optionLabel)}</strong></li>`).join('')}</ul>` : '<p class="empty">No decisions were recorded.</p>',
    dl([
      ['Decisions recorded', String(summary.counts.decisions)],
      ['Decision points left undecided', String(summary.counts.undecided)],
      ['Strengths', String(summary.counts.strengths)],
      ['Areas for improvement', String(summary.counts.areasForImprovement)],
      ['Open improvement items', String(summary.counts.openActionItems)],
    ]),
  ].join('');
}

function noteItem(note: ReportNote): string {
  return `<li class="note-${note.tag}"><span class="tag">${t(TAG_LABELS[note.tag])}</span> <span class="meta">${t(note.author.name)} (${t(note.author.role)}), ${t(formatDateTime(note.createdAt))}</span>${userText(note.text, 'div')}</li>`;
}

function decisionBlock(entry: TimelineEntry): string {
  const point = entry.decisionPoint;
  if (!point) return '';
  const parts = [`<h4>Decision point</h4><p>${t(point.prompt)}</p>`];
  if (point.vote) {
    parts.push(
      `<p>Vote: ${point.vote.tally.map((row) => `${t(row.label)} — ${row.count}`).join('; ')}${point.vote.tallyRevealed ? ' (tally shown to the room)' : ''}</p>`,
      table(['Participant', 'Voted for', 'Comment'], point.vote.votes.map((v) => [t(v.name), t(v.optionLabel), v.comment ? userText(v.comment, 'span') : '—'])),
    );
  } else parts.push('<p class="empty">No vote was held.</p>');
  const decision = point.decision;
  if (decision) {
    parts.push(
      dl([
        ['Decision', `<strong>${t(decision.optionLabel)}</strong>`],
        ['Rationale', userText(decision.rationale, 'span')],
        ['Consequence', t(decision.consequence)],
        ['Time to decide', t(formatDuration(decision.timeToDecisionMs))],
        ['Recorded by', t(`${decision.decidedBy}, ${formatDateTime(decision.decidedAt)}`)],
        ['Against the vote', t(decision.matchesVote === null ? 'No clear majority' : decision.matchesVote ? 'Took the most-voted option' : 'Differed from the most-voted option')],
        ['Other options', t(point.options.filter((o) => !o.chosen).map((o) => o.label).join('; ') || '—')],
      ]),
    );
  } else parts.push('<p class="warning">No decision was recorded.</p>');
  if (point.expectedActions.length) {
    parts.push(`<p>Expected actions:</p><ul>${point.expectedActions.map((a) => `<li>${t(a.text)} — <em>${a.observed ? 'observed' : 'not observed'}</em></li>`).join('')}</ul>`);
  }
  return parts.join('');
}

export function timelineSection(model: ReportModel): string {
  const entries = model.timeline.map(
    (entry) =>
      `<article class="inject"><h3>${t(`${entry.clock} · ${entry.title}`)}</h3><p class="meta">Revealed ${t(formatDateTime(entry.revealedAt))}, at ${t(formatDuration(entry.sessionMsAtReveal))} of session time; ${t(formatDuration(entry.timeOnInjectMs))} on this inject.</p>` +
      decisionBlock(entry) +
      (entry.notes.length ? `<h4>Discussion notes</h4><ul class="notes">${entry.notes.map(noteItem).join('')}</ul>` : '') +
      (entry.actionItems.length ? `<h4>Action items</h4><ul>${entry.actionItems.map((a) => `<li>${userText(a.text, 'span')} — ${t(a.owner)}, due ${t(a.dueDate)}</li>`).join('')}</ul>` : '') +
      '</article>',
  );
  return [
    `<h2>${t(SECTION_TITLES.timeline)}</h2>`,
    `<figure class="chart">${decisionTimelineChart(model)}<figcaption>Decision timeline (session time, pauses excluded).</figcaption></figure>`,
    `<figure class="chart">${timeToDecisionChart(model)}<figcaption>Time to decision per inject.</figcaption></figure>`,
    entries.length ? entries.join('') : '<p class="empty">No inject was revealed.</p>',
  ].join('');
}

const findingList = (title: string, findings: readonly Finding[]) =>
  `<h4>${t(title)}</h4>${findings.length ? `<ul>${findings.map((f) => `<li>${userText(f.text, 'span')}${f.author ? ` <span class="meta">— ${t(f.author)}</span>` : ''}</li>`).join('')}</ul>` : '<p class="empty">None recorded.</p>'}`;

export function analysisSection(model: ReportModel): string {
  const { analysis } = model;
  const objectives = analysis.objectives.map(
    (o, index) =>
      `<article class="objective"><h3>${t(`Objective ${index + 1}: ${o.text}`)}</h3>` +
      (o.rating ? `<p class="rating rating-${o.rating.level}"><strong>${t(`${o.rating.label} (${o.rating.level})`)}</strong> — ${t(o.rating.definition)}</p>` : '<p class="rating">Not rated yet.</p>') +
      findingList('Strengths', o.strengths) +
      findingList('Areas for improvement', o.areasForImprovement) +
      (o.observations.length ? findingList('Observations', o.observations) : '') +
      '</article>',
  );
  const { unlinked } = analysis;
  const general = unlinked.strengths.length + unlinked.areasForImprovement.length + unlinked.observations.length;
  return [
    `<h2>${t(SECTION_TITLES.analysis)}</h2>`,
    `<p class="method">${t(`How this analysis was derived: ${analysis.rule}`)}</p>`,
    objectives.join(''),
    general
      ? `<article class="objective"><h3>Notes not linked to an objective</h3>${findingList('Strengths', unlinked.strengths)}${findingList('Areas for improvement', unlinked.areasForImprovement)}${findingList('Observations', unlinked.observations)}</article>`
      : '',
    `<h3>Rating scale</h3>`,
    table(['Rating', 'Definition'], RATING_LEVELS.map((level) => [t(`${RATING_LABELS[level]} (${level})`), t(RATING_DEFINITIONS[level])])),
  ].join('');
}

export function coverageSection(model: ReportModel): string {
  const { coverage } = model;
  return [
    `<h2>${t(SECTION_TITLES.coverage)}</h2>`,
    `<p class="method">${t(`How coverage was derived: ${coverage.rule}`)}</p>`,
    `<figure class="chart">${coverageHeatmapChart(model)}<figcaption>Lifecycle stage × STRIDE category of the threats the exercise touched.</figcaption></figure>`,
    table(
      ['Threat', 'Touched', 'STRIDE', 'Gaps recorded'],
      coverage.threats.map((th) => [link(`${th.code} ${th.title}`, th.url), th.touched ? 'Yes' : 'No', t(th.stride.map((s) => STRIDE_NAMES[s]).join(', ')), `<ul>${gapCell(th).map((line) => `<li>${userText(line, 'span')}</li>`).join('')}</ul>`]),
    ),
    `<h3>Recommended mitigations</h3>`,
    table(
      ['Mitigation', 'Kind', 'For threats', 'What it does'],
      coverage.recommendedMitigations.map((m) => [link(m.title, m.url) + (m.namedByExpectedAction ? ' <span class="tag">named by an expected action</span>' : ''), t(m.kind ?? '—'), t(m.forThreats.map((id) => coverage.threats.find((th) => th.id === id)?.code ?? id).join(', ')), t(m.summary)]),
    ),
  ].join('');
}

export function improvementSection(model: ReportModel): string {
  return [`<h2>${t(SECTION_TITLES.improvementPlan)}</h2>`, table(IMPROVEMENT_COLUMNS, model.improvementPlan.items.map((item) => improvementCells(item).map((cell) => userText(cell, 'span'))), 'improvement-plan')].join('');
}

export function appendixSection(model: ReportModel): string {
  const { appendix } = model;
  return [
    `<h2>${t(SECTION_TITLES.appendices)}</h2>`,
    `<h3>A. Participants</h3>`,
    participantsTable(appendix.participants),
    `<h3>B. Event log integrity</h3>`,
    `<p class="${appendix.chain.ok ? 'ok' : 'warning'}">${t(chainLine(appendix.chain))}</p>`,
    appendix.problems.length ? table(['Entry', 'Type', 'Not applied because'], appendix.problems.map((p) => [String(p.seq), t(p.type), t(p.message)])) : '',
    `<h3>C. Event log</h3>`,
    table(['#', 'Time', 'By', 'Event', 'Hash'], appendix.events.map((e) => [String(e.seq), t(formatDateTime(e.createdAt)), t(`${e.actor.name} (${e.actor.role})`), userText(e.summary, 'span'), `<code class="hash">${t(e.hash)}</code>`]), 'event-log'),
  ].join('');
}
