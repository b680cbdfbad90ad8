// The HSEEP After-Action Report / Improvement Plan vocabularies: the four performance ratings with
// their standard wording (HSEEP 2020, FEMA), the capability elements an improvement is filed
// under (POETE) and the improvement plan's statuses. One list each, shared by the model, the edits
// schema and every renderer.

export const RATING_LEVELS = ['P', 'S', 'M', 'U'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LABELS: Record<RatingLevel, string> = {
  P: 'Performed without Challenges',
  S: 'Performed with Some Challenges',
  M: 'Performed with Major Challenges',
  U: 'Unable to be Performed',
};

/** The definitions HSEEP prints beside each rating in an AAR. */
export const RATING_DEFINITIONS: Record<RatingLevel, string> = {
  P: 'The targets and critical tasks associated with the capability were completed in a manner that achieved the objective(s) and did not negatively impact the performance of other activities. Performance of this activity did not contribute to additional health and/or safety risks, and it was conducted in accordance with applicable plans, policies, procedures, regulations, and laws.',
  S: 'The targets and critical tasks associated with the capability were completed in a manner that achieved the objective(s) and did not negatively impact the performance of other activities. Performance of this activity did not contribute to additional health and/or safety risks, and it was conducted in accordance with applicable plans, policies, procedures, regulations, and laws. However, opportunities to enhance effectiveness and/or efficiency were identified.',
  M: 'The targets and critical tasks associated with the capability were completed in a manner that achieved the objective(s), but some or all of the following were observed: demonstrated performance had a negative impact on the performance of other activities; contributed to additional health and/or safety risks; and/or was not conducted in accordance with applicable plans, policies, procedures, regulations, and laws.',
  U: 'The targets and critical tasks associated with the capability were not performed in a manner that achieved the objective(s).',
};

/** HSEEP's capability elements (POETE): where a corrective action is made. */
export const CAPABILITY_ELEMENTS = ['planning', 'organization', 'equipment', 'training', 'exercises'] as const;
export type CapabilityElement = (typeof CAPABILITY_ELEMENTS)[number];

export const CAPABILITY_LABELS: Record<CapabilityElement, string> = {
  planning: 'Planning',
  organization: 'Organization',
  equipment: 'Equipment',
  training: 'Training',
  exercises: 'Exercises',
};

export const ITEM_STATUSES = ['not-started', 'in-progress', 'complete', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  cancelled: 'Cancelled',
};

/** Statuses that still need work: what the summary counts as open. */
export const OPEN_STATUSES: ReadonlySet<ItemStatus> = new Set(['not-started', 'in-progress']);
