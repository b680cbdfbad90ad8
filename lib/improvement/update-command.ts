// An update to one improvement item: reassign it, move its dates, change its status or corrective
// action, with a comment. The client sends the version it edited (a stale one is refused) and an id
// of its own for the request (a retry is stored once). The same schema checks the page's form and
// the API's body.
import { z } from 'zod';
import { blankAsAbsent, calendarDateSchema, freeText, lineText } from '../exercise/text-rules';
import { CAPABILITY_ELEMENTS, CAPABILITY_LABELS, ITEM_STATUSES, ITEM_STATUS_LABELS, type CapabilityElement, type ItemStatus } from '../report/hseep';
import { isClosedStatus } from './item-status';

export const UPDATE_LIMITS = { comment: 2000, correctiveAction: 2000, ownerName: 120 } as const;

export const improvementUpdateSchema = z
  .strictObject({
    clientId: z.uuid({ error: 'must be a UUID that identifies this request' }),
    expectedVersion: z.number({ error: 'must be the version number of the item you edited' }).int('must be a whole number').min(1, 'must be at least 1'),
    status: z.enum(ITEM_STATUSES, { error: `must be one of: ${ITEM_STATUSES.join(', ')}` }).optional(),
    /** A member of the item's team, or null to leave the item unassigned. */
    ownerUserId: z.uuid({ error: 'must be the id of a team member' }).nullable().optional(),
    /** Someone outside the team. */
    ownerName: lineText(UPDATE_LIMITS.ownerName).optional(),
    startDate: calendarDateSchema.nullable().optional(),
    dueDate: calendarDateSchema.nullable().optional(),
    correctiveAction: freeText(UPDATE_LIMITS.correctiveAction).nullable().optional(),
    capability: z.enum(CAPABILITY_ELEMENTS, { error: `must be one of: ${CAPABILITY_ELEMENTS.join(', ')}` }).nullable().optional(),
    comment: blankAsAbsent(freeText(UPDATE_LIMITS.comment)),
  })
  .refine((update) => update.ownerUserId === undefined || update.ownerName === undefined, {
    message: 'give either ownerUserId (a team member) or ownerName (someone outside the team), not both',
    path: ['ownerName'],
  });

export type ImprovementUpdate = z.output<typeof improvementUpdateSchema>;

/** How each field is named in messages and in an item's history. */
export const FIELD_LABELS = {
  clientId: 'Request id',
  expectedVersion: 'Version',
  status: 'Status',
  owner: 'Owner',
  ownerUserId: 'Owner',
  ownerName: 'Outside owner',
  startDate: 'Start date',
  dueDate: 'Due date',
  correctiveAction: 'Corrective action',
  capability: 'Capability element',
  comment: 'Comment',
} as const;

const LABELS: Readonly<Record<string, string>> = FIELD_LABELS;
const labelOf = (key: string) => LABELS[key] ?? key;

export type ParsedUpdate = { ok: true; update: ImprovementUpdate } | { ok: false; message: string; fields: Record<string, string> };

/** Parses a request body; the message names the field and what is wrong with it. */
export function parseImprovementUpdate(body: unknown): ParsedUpdate {
  const parsed = improvementUpdateSchema.safeParse(body);
  if (parsed.success) return { ok: true, update: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    const message = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}` : issue.message;
    fields[key] ??= key === 'form' ? message : `${labelOf(key)}: ${message}`;
  }
  return { ok: false, message: Object.values(fields).slice(0, 3).join('; '), fields };
}

export type ItemOwner = { kind: 'member'; userId: string; name: string } | { kind: 'outside'; name: string } | null;

/** The fields an update can change, as they stand. */
export interface ItemState {
  status: ItemStatus;
  owner: ItemOwner;
  startDate: string | null;
  dueDate: string | null;
  correctiveAction: string | null;
  capability: CapabilityElement | null;
}

export type ChangedField = 'status' | 'owner' | 'startDate' | 'dueDate' | 'correctiveAction' | 'capability';
export const CHANGED_FIELDS: readonly ChangedField[] = ['status', 'owner', 'startDate', 'dueDate', 'correctiveAction', 'capability'];

/** Values as a reader sees them at the time (an owner by name): the history outlives renamed members. */
export type Changes = Partial<Record<ChangedField, { from: string | null; to: string | null }>>;

function shown(state: ItemState, field: ChangedField): string | null {
  if (field === 'owner') return state.owner?.name ?? null;
  return state[field];
}

function sameOwner(a: ItemOwner, b: ItemOwner): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'member' && b.kind === 'member') return a.userId === b.userId;
  return a.kind === 'outside' && b.kind === 'outside' && a.name === b.name;
}

/** `{ field: { from, to } }` for every field that differs between the two states. */
export function diffItem(before: ItemState, after: ItemState): Changes {
  const changes: Changes = {};
  for (const field of CHANGED_FIELDS) {
    const same = field === 'owner' ? sameOwner(before.owner, after.owner) : before[field] === after[field];
    if (!same) changes[field] = { from: shown(before, field), to: shown(after, field) };
  }
  return changes;
}

export type UpdatePlan =
  | { ok: true; next: ItemState; changes: Changes; closes: boolean; reopens: boolean }
  | { ok: false; status: 400; field: string; message: string };

/**
 * What the update does to the item, or why it is refused. `members` maps the ids of the item's
 * team's members to their names: an owner must be one of them. Closing an item (complete or
 * cancelled) needs a comment saying what was done or why it was dropped.
 */
export function planUpdate(current: ItemState, update: ImprovementUpdate, members: ReadonlyMap<string, string>): UpdatePlan {
  let owner = current.owner;
  if (update.ownerName !== undefined) owner = { kind: 'outside', name: update.ownerName };
  if (update.ownerUserId !== undefined) {
    if (update.ownerUserId === null) owner = null;
    else {
      const name = members.get(update.ownerUserId);
      if (name === undefined) return { ok: false, status: 400, field: 'ownerUserId', message: 'Owner: choose a member of this team, or name someone outside it.' };
      owner = { kind: 'member', userId: update.ownerUserId, name };
    }
  }
  const pick = <K extends keyof ItemState>(key: K, value: ItemState[K] | undefined): ItemState[K] => (value === undefined ? current[key] : value);
  const next: ItemState = {
    status: pick('status', update.status),
    owner,
    startDate: pick('startDate', update.startDate),
    dueDate: pick('dueDate', update.dueDate),
    correctiveAction: pick('correctiveAction', update.correctiveAction),
    capability: pick('capability', update.capability),
  };
  if (next.startDate !== null && next.dueDate !== null && next.dueDate < next.startDate) {
    return { ok: false, status: 400, field: 'dueDate', message: `Due date: ${next.dueDate} is before the start date ${next.startDate}.` };
  }
  const closes = !isClosedStatus(current.status) && isClosedStatus(next.status);
  const reopens = isClosedStatus(current.status) && !isClosedStatus(next.status);
  if (closes && update.comment === undefined) {
    return { ok: false, status: 400, field: 'comment', message: `Comment: say what was done or why it was dropped; an item is marked ${ITEM_STATUS_LABELS[next.status].toLowerCase()} only with a comment.` };
  }
  const changes = diffItem(current, next);
  if (Object.keys(changes).length === 0 && update.comment === undefined) {
    return { ok: false, status: 400, field: 'form', message: 'Nothing to update: change a field or add a comment.' };
  }
  return { ok: true, next, changes, closes, reopens };
}

/** One line of an item's history: "Status: Not started → Complete". */
export function describeChange(field: ChangedField, change: { from: string | null; to: string | null }): string {
  const value = (raw: string | null) => {
    if (raw === null) return 'none';
    const status = field === 'status' ? ITEM_STATUSES.find((s) => s === raw) : undefined;
    if (status) return ITEM_STATUS_LABELS[status];
    const capability = field === 'capability' ? CAPABILITY_ELEMENTS.find((c) => c === raw) : undefined;
    if (capability) return CAPABILITY_LABELS[capability];
    return raw;
  };
  return `${FIELD_LABELS[field]}: ${value(change.from)} → ${value(change.to)}`;
}
