// What a facilitator changes in a draft report before publishing: the summary text, a rating per
// objective, and the improvement plan (derived items edited or removed, new items added). A report
// is stored as these edits plus the event log, and rebuilt from both, so the edits are the only
// user input the report adds to the log: parse them with this schema wherever they come in.
import { z } from 'zod';
import { calendarDateSchema, freeText, lineText, slugSchema } from '../exercise/text-rules';
import { CAPABILITY_ELEMENTS, ITEM_STATUSES, RATING_LEVELS } from './hseep';

export const EDIT_LIMITS = { summary: 20_000, issue: 2000, correctiveAction: 2000, owner: 120, addedItems: 200 } as const;

/** Ids of derived items (`action-item-12`, `gap-note-7`, `expected-freeze-registry`, …) and added ones (`added-…`). */
export const itemIdSchema = z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an item id');

const itemFields = {
  objectiveId: slugSchema.nullable(),
  issue: freeText(EDIT_LIMITS.issue),
  correctiveAction: freeText(EDIT_LIMITS.correctiveAction),
  capability: z.enum(CAPABILITY_ELEMENTS).nullable(),
  owner: lineText(EDIT_LIMITS.owner).nullable(),
  startDate: calendarDateSchema.nullable(),
  dueDate: calendarDateSchema.nullable(),
  status: z.enum(ITEM_STATUSES),
};

/** Changes to one derived item; a field left out keeps what the log says. */
export const itemPatchSchema = z.strictObject({
  objectiveId: itemFields.objectiveId.optional(),
  issue: itemFields.issue.optional(),
  correctiveAction: itemFields.correctiveAction.optional(),
  capability: itemFields.capability.optional(),
  owner: itemFields.owner.optional(),
  startDate: itemFields.startDate.optional(),
  dueDate: itemFields.dueDate.optional(),
  status: itemFields.status.optional(),
  /** Drops a derived item from the plan (it stays in the timeline and the log). */
  removed: z.boolean().optional(),
});

export const addedItemSchema = z.strictObject({
  id: z.string().regex(/^added-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an added item id starts with "added-"').max(100),
  ...itemFields,
  status: itemFields.status.default('not-started'),
});

export const reportEditsSchema = z.strictObject({
  /** Replaces the generated executive summary. */
  summary: freeText(EDIT_LIMITS.summary).optional(),
  /** The facilitator's HSEEP rating per objective id. */
  ratings: z.record(slugSchema, z.enum(RATING_LEVELS)).default({}),
  items: z.record(itemIdSchema, itemPatchSchema).default({}),
  addedItems: z
    .array(addedItemSchema)
    .max(EDIT_LIMITS.addedItems)
    .refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'added item ids must be unique')
    .default([]),
});

export type ReportEdits = z.output<typeof reportEditsSchema>;
export type ReportEditsInput = z.input<typeof reportEditsSchema>;
export type ItemPatch = z.output<typeof itemPatchSchema>;

export const NO_EDITS: ReportEdits = { ratings: {}, items: {}, addedItems: [] };
