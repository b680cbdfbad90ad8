// The improvement plan as CSV with the columns ticket trackers import (Jira, GitHub, Linear, …):
// title, description, assignee, due date, labels. RFC 4180 quoting, CRLF line ends, every cell
// neutralised against formula injection (csvCell).
import { csvCell } from './escape-text';
import { CAPABILITY_LABELS, ITEM_STATUS_LABELS } from './hseep';
import type { ImprovementItem, ReportModel } from './report-model-schema';

export const CSV_COLUMNS = ['Title', 'Description', 'Assignee', 'Due date', 'Labels'] as const;

const TITLE_MAX = 120;

function titleOf(item: ImprovementItem): string {
  const line = (item.correctiveAction ?? item.issue).replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= TITLE_MAX ? line : `${chars.slice(0, TITLE_MAX - 1).join('').trimEnd()}…`;
}

function descriptionOf(item: ImprovementItem, model: ReportModel): string {
  return [
    `Issue / area for improvement: ${item.issue}`,
    `Corrective action: ${item.correctiveAction ?? 'To be decided'}`,
    `Objective: ${item.objectiveText ?? 'General'}`,
    `Capability element: ${item.capability ? CAPABILITY_LABELS[item.capability] : 'Not set'}`,
    `Start date: ${item.startDate ?? '—'}`,
    `Status: ${ITEM_STATUS_LABELS[item.status]}`,
    `From the after-action report of “${model.overview.exercise.title}” (${model.overview.scenario.title}), item ${item.id}.`,
  ].join('\n');
}

function labelsOf(item: ImprovementItem): string {
  return ['after-action', item.capability ? `capability-${item.capability}` : null, item.objectiveId ? `objective-${item.objectiveId}` : null, `status-${item.status}`].filter(Boolean).join(' ');
}

export function renderCsv(model: ReportModel): string {
  const rows = model.improvementPlan.items.map((item) => [titleOf(item), descriptionOf(item, model), item.owner, item.dueDate, labelsOf(item)]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
