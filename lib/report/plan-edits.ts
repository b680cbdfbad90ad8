// The improvement plan as the report editor holds it — one row of form values per item — and the
// edits it sends back: a patch per derived item with only the fields that changed (merged into the
// stored patch, so earlier edits stay), `removed` for a row taken out of the plan, and every added
// row whole. The server parses the result with reportEditsSchema; this only shapes it.
import type { ImprovementItem } from './report-model-schema';

export const PLAN_FIELDS = ['objectiveId', 'issue', 'correctiveAction', 'capability', 'owner', 'startDate', 'dueDate', 'status'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export const PLAN_FIELD_LABELS: Record<PlanField, string> = {
  objectiveId: 'Objective',
  issue: 'Issue / area for improvement',
  correctiveAction: 'Corrective action',
  capability: 'Capability element',
  owner: 'Owner',
  startDate: 'Start date',
  dueDate: 'Due date',
  status: 'Status',
};

/** Form values: '' is "none" for the optional fields. */
export type PlanValues = Record<PlanField, string>;

export interface PlanRow {
  id: string;
  /** Added by the facilitator (id `added-…`), not derived from the log. */
  added: boolean;
  /** Taken out of the plan (derived rows only: an added row is simply dropped). */
  removed: boolean;
  values: PlanValues;
}

type EditValue = string | null;
export type PatchDraft = Partial<Record<PlanField, EditValue>> & { removed?: boolean };
export type AddedDraft = { id: string } & Record<PlanField, EditValue>;
export interface PlanEditsDraft {
  items: Record<string, PatchDraft>;
  addedItems: AddedDraft[];
}

// Fields whose empty value means "none" (null); the two texts may not be blank, and the server says so.
const TEXT_FIELDS: ReadonlySet<PlanField> = new Set(['issue', 'correctiveAction']);

export function planValues(item: Pick<ImprovementItem, PlanField>): PlanValues {
  return {
    objectiveId: item.objectiveId ?? '',
    issue: item.issue,
    correctiveAction: item.correctiveAction ?? '',
    capability: item.capability ?? '',
    owner: item.owner ?? '',
    startDate: item.startDate ?? '',
    dueDate: item.dueDate ?? '',
    status: item.status,
  };
}

export function blankPlanValues(): PlanValues {
  return { objectiveId: '', issue: '', correctiveAction: '', capability: '', owner: '', startDate: '', dueDate: '', status: 'not-started' };
}

/** `added-` and 32 hex digits from `random` (16 bytes): made once per new row, so every save names it the same. */
export function addedItemId(random: Uint8Array): string {
  return `added-${Array.from(random, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

function editValue(field: PlanField, value: string): EditValue {
  const trimmed = value.trim();
  if (TEXT_FIELDS.has(field)) return value;
  return trimmed === '' ? null : field === 'owner' ? trimmed : value;
}

function sameAsSaved(field: PlanField, value: string, saved: string | null): boolean {
  return (value.trim() === '' ? null : TEXT_FIELDS.has(field) ? value : value.trim()) === saved;
}

/**
 * The plan part of the edits for `rows`. `saved` holds the items as the current edits build them
 * (including removed ones, as they read if put back); `edits` the stored edits.
 */
export function planEdits(rows: readonly PlanRow[], saved: readonly Pick<ImprovementItem, 'id' | PlanField>[], edits: { items?: Readonly<Record<string, PatchDraft>> }): PlanEditsDraft {
  const savedById = new Map(saved.map((item) => [item.id, item]));
  const items: Record<string, PatchDraft> = { ...edits.items };
  const addedItems: AddedDraft[] = [];
  for (const row of rows) {
    if (row.added) {
      const added: AddedDraft = { id: row.id, ...blankAdded() };
      for (const field of PLAN_FIELDS) added[field] = editValue(field, row.values[field]);
      addedItems.push(added);
      continue;
    }
    const item = savedById.get(row.id);
    // A row the current build does not have keeps its stored patch as it is.
    if (!item) continue;
    const { removed: _removed, ...kept }: PatchDraft = { ...edits.items?.[row.id] };
    const patch: PatchDraft = kept;
    for (const field of PLAN_FIELDS) {
      if (!sameAsSaved(field, row.values[field], item[field])) patch[field] = editValue(field, row.values[field]);
    }
    if (row.removed) patch.removed = true;
    if (Object.keys(patch).length > 0) items[row.id] = patch;
    else delete items[row.id];
  }
  return { items, addedItems };
}

function blankAdded(): Record<PlanField, EditValue> {
  return { objectiveId: null, issue: '', correctiveAction: '', capability: null, owner: null, startDate: null, dueDate: null, status: 'not-started' };
}

/**
 * The server's field errors (`items.<id>.<field>`, `addedItems.<index>.<field>`) by row id and field,
 * so each message can sit beside its control.
 */
export function planFieldErrors(fields: Record<string, string>, draft: PlanEditsDraft): Record<string, Partial<Record<PlanField, string>>> {
  const out: Record<string, Partial<Record<PlanField, string>>> = {};
  for (const [path, message] of Object.entries(fields)) {
    const [root, key, field] = path.split('.');
    const planField = PLAN_FIELDS.find((name) => name === field);
    const id = root === 'items' ? key : root === 'addedItems' ? draft.addedItems[Number(key)]?.id : undefined;
    if (!id || !planField) continue;
    (out[id] ??= {})[planField] ??= message;
  }
  return out;
}
