// Words shared by every renderer: section titles, tag and role names, and how an empty value reads.
import { CAPABILITY_LABELS, ITEM_STATUS_LABELS } from './hseep';
import type { CoverageThreat, ImprovementItem, ReportModel } from './report-model-schema';

export const SECTION_TITLES = {
  overview: '1. Exercise overview',
  summary: '2. Executive summary',
  timeline: '3. Timeline',
  analysis: '4. Analysis of objectives',
  coverage: '5. Threat coverage',
  improvementPlan: '6. Improvement plan',
  appendices: '7. Appendices',
} as const;

export const TAG_LABELS = { strength: 'Strength', gap: 'Area for improvement', observation: 'Observation' } as const;

export const IMPROVEMENT_COLUMNS = ['Objective', 'Issue / area for improvement', 'Corrective action', 'Capability element', 'Responsible', 'Start date', 'Due date', 'Status'] as const;

/** The improvement plan row as text cells, in IMPROVEMENT_COLUMNS order. */
export function improvementCells(item: ImprovementItem): string[] {
  return [
    item.objectiveText ?? 'General',
    item.issue,
    item.correctiveAction ?? 'To be decided',
    item.capability ? CAPABILITY_LABELS[item.capability] : 'Not set',
    item.owner ?? 'Not assigned',
    item.startDate ?? '—',
    item.dueDate ?? '—',
    ITEM_STATUS_LABELS[item.status],
  ];
}

export function reportTitle(model: ReportModel): string {
  return `After-action report: ${model.overview.exercise.title}`;
}

export function statusLine(model: ReportModel): string {
  return model.published
    ? `Published ${model.published.publishedAt.slice(0, 10)}${model.published.publishedBy ? ` by ${model.published.publishedBy}` : ''}; log of ${model.published.eventCount} events ending in ${model.published.finalHash.slice(0, 16)}…`
    : `Draft generated ${model.generatedAt.slice(0, 16).replace('T', ' ')} UTC`;
}

export function chainLine(chain: ReportModel['appendix']['chain']): string {
  return chain.ok
    ? `Intact: ${chain.count} events, each linked to the one before; the last hash is ${chain.head}.`
    : `Broken at entry ${chain.firstBrokenSeq}: ${chain.reason}.`;
}

/**
 * A threat's gaps as the coverage table shows them: the ones linked to this threat in full, and a
 * count of the scenario-wide ones (listed once, under the objectives, rather than once per threat).
 */
export function gapCell(threat: Pick<CoverageThreat, 'gaps'>): string[] {
  const specific = threat.gaps.filter((gap) => gap.how !== 'scenario-wide').map((gap) => gap.text);
  const wide = threat.gaps.length - specific.length;
  const lines = wide ? [...specific, `${wide} ${wide === 1 ? 'area' : 'areas'} for improvement naming no threat (see section 4)`] : specific;
  return lines.length ? lines : ['None'];
}
