// The events an exercise log holds, one payload schema per type. These are what the server writes
// after a command passes decideCommand; clients never send them (see command-schema.ts). Each
// payload is bounded, so a stored row can be parsed back with the same schema.
import { z } from 'zod';
import { blankAsAbsent, calendarDateSchema, freeText, lineText, opaqueIdSchema, slugSchema } from './text-rules';

export const TEXT_LIMITS = {
  note: 4000,
  rationale: 2000,
  voteComment: 500,
  actionItem: 1000,
  owner: 120,
} as const;

export const NOTE_TAGS = ['observation', 'strength', 'gap'] as const;
export type NoteTag = (typeof NOTE_TAGS)[number];

/** What a person may do in one exercise. The facilitator comes from team membership; the others from joining. */
export const EXERCISE_ROLES = ['facilitator', 'participant', 'observer'] as const;
export type ExerciseRole = (typeof EXERCISE_ROLES)[number];

export const EXERCISE_MODES = ['team', 'solo'] as const;
export type ExerciseMode = (typeof EXERCISE_MODES)[number];

const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest');
const empty = z.strictObject({});

export const eventPayloadSchemas = {
  /** Pins the scenario's content hash; the scenario's start inject is revealed by this event. */
  'exercise.started': z.strictObject({ scenarioId: slugSchema, scenarioHash: sha256HexSchema, mode: z.enum(EXERCISE_MODES) }),
  'exercise.paused': empty,
  'exercise.resumed': empty,
  'exercise.ended': empty,
  'inject.revealed': z.strictObject({ injectId: slugSchema }),
  'vote.opened': z.strictObject({ injectId: slugSchema }),
  /** A participant's vote; a later vote.cast by the same participant replaces it. */
  'vote.cast': z.strictObject({ injectId: slugSchema, optionId: slugSchema, comment: blankAsAbsent(freeText(TEXT_LIMITS.voteComment)) }),
  'vote.closed': z.strictObject({ injectId: slugSchema }),
  'vote.tally_revealed': z.strictObject({ injectId: slugSchema }),
  /** The facilitator records the team's choice; it closes an open vote and decides the branch. */
  'decision.recorded': z.strictObject({ injectId: slugSchema, optionId: slugSchema, rationale: freeText(TEXT_LIMITS.rationale) }),
  'note.added': z.strictObject({
    text: freeText(TEXT_LIMITS.note),
    tag: z.enum(NOTE_TAGS),
    objectiveId: blankAsAbsent(slugSchema),
    injectId: blankAsAbsent(slugSchema),
  }),
  'action_item.added': z.strictObject({
    text: freeText(TEXT_LIMITS.actionItem),
    owner: lineText(TEXT_LIMITS.owner),
    dueDate: calendarDateSchema,
    objectiveId: blankAsAbsent(slugSchema),
    injectId: blankAsAbsent(slugSchema),
  }),
  /** A discussion countdown on the current inject; it stops by itself when the next inject is revealed. */
  'timer.started': z.strictObject({ injectId: slugSchema, durationSeconds: z.number().int().min(30).max(4 * 3600) }),
  'timer.stopped': z.strictObject({ injectId: slugSchema }),
  'participant.joined': z.strictObject({
    participantId: opaqueIdSchema,
    kind: z.enum(['user', 'guest']),
    name: lineText(60),
    role: z.enum(EXERCISE_ROLES),
    /** The scenario role (e.g. MLOps lead) the person plays, when they picked one. */
    scenarioRole: blankAsAbsent(slugSchema),
  }),
  'participant.removed': z.strictObject({ participantId: opaqueIdSchema }),
  /** The facilitator marks a participant as observer (or back). */
  'participant.role_changed': z.strictObject({ participantId: opaqueIdSchema, role: z.enum(['participant', 'observer']) }),
} as const;

export type EventType = keyof typeof eventPayloadSchemas;
export type EventPayload<T extends EventType> = z.output<(typeof eventPayloadSchemas)[T]>;

const body = <T extends EventType>(type: T) => z.strictObject({ type: z.literal(type), payload: eventPayloadSchemas[type] });

/** `{type, payload}` for every event type, discriminated on `type`. */
export const eventBodySchema = z.discriminatedUnion('type', [
  body('exercise.started'),
  body('exercise.paused'),
  body('exercise.resumed'),
  body('exercise.ended'),
  body('inject.revealed'),
  body('vote.opened'),
  body('vote.cast'),
  body('vote.closed'),
  body('vote.tally_revealed'),
  body('decision.recorded'),
  body('note.added'),
  body('action_item.added'),
  body('timer.started'),
  body('timer.stopped'),
  body('participant.joined'),
  body('participant.removed'),
  body('participant.role_changed'),
]);

/** One event's type and payload, narrowed by `type`. */
export type EventBody = z.output<typeof eventBodySchema>;
export const EVENT_TYPES: readonly EventType[] = eventBodySchema.options.map((option) => option.shape.type.value);
