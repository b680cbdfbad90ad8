// zod for what the participant stream carries, so the browser parses each SSE message before it
// folds it (zod at every boundary). The compile-time check at the bottom keeps this schema and the
// ParticipantEvent type in participant-stream.ts describing the same thing.
import { z } from 'zod';
import { EXERCISE_MODES, NOTE_TAGS } from './event-schema';
import type { ParticipantEvent } from './participant-stream';
import { artifactSchema, discussionQuestionSchema, scenarioClockSchema } from './scenario-schema';
import { isoTimestampSchema, opaqueIdSchema, slugSchema } from './text-rules';

const role = z.enum(['facilitator', 'participant', 'observer', 'system']);
const text = (max: number) => z.string().min(1).max(max);
const injectId = slugSchema;

const publicInject = z.strictObject({
  id: slugSchema,
  clock: scenarioClockSchema,
  title: text(120),
  narrative: text(4000),
  artifacts: z.array(artifactSchema),
  questions: z.array(discussionQuestionSchema),
  revealedAt: isoTimestampSchema,
});
const option = z.strictObject({ id: slugSchema, label: text(200) });
const myVote = z.strictObject({ optionId: slugSchema, comment: z.string().max(500).nullable() });
const tally = z.array(z.strictObject({ optionId: slugSchema, label: text(200), count: z.number().int().min(0) }));
const decision = z.strictObject({ injectId, optionId: slugSchema, optionLabel: z.string().max(200), rationale: text(2000), decidedAt: isoTimestampSchema, tally: tally.nullable() });
const links = { objectiveId: slugSchema.nullable(), injectId: slugSchema.nullable(), createdAt: isoTimestampSchema, seq: z.number().int().min(1) };
const note = z.strictObject({ text: text(4000), tag: z.enum(NOTE_TAGS), ...links });
const item = z.strictObject({ text: text(1000), owner: text(120), dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), ...links });
const participant = z.strictObject({ id: opaqueIdSchema, name: text(60), role, scenarioRole: slugSchema.nullable() });
const empty = z.strictObject({});

const event = <T extends string, P extends z.ZodType>(type: T, payload: P) =>
  z.strictObject({ type: z.literal(type), seq: z.number().int().min(1), createdAt: isoTimestampSchema, payload });

export const participantEventSchema = z.discriminatedUnion('type', [
  event('exercise.started', z.strictObject({ mode: z.enum(EXERCISE_MODES), inject: publicInject.nullable() })),
  event('exercise.paused', empty),
  event('exercise.resumed', empty),
  event('exercise.ended', empty),
  event('inject.revealed', z.strictObject({ inject: publicInject })),
  event('vote.opened', z.strictObject({ injectId, prompt: text(400), options: z.array(option), myVote: myVote.nullable() })),
  event('vote.cast', z.strictObject({ injectId, optionId: slugSchema, comment: z.string().max(500).nullable() })),
  event('vote.closed', z.strictObject({ injectId })),
  event('vote.tally_revealed', z.strictObject({ injectId, prompt: text(400), options: z.array(option), myVote: myVote.nullable(), tally })),
  event('decision.recorded', z.strictObject({ decision })),
  event('note.added', z.strictObject({ note })),
  event('action_item.added', z.strictObject({ item })),
  event('timer.started', z.strictObject({ injectId, durationSeconds: z.number().int().min(1) })),
  event('timer.stopped', z.strictObject({ injectId })),
  event('participant.joined', z.strictObject({ participant })),
  event('participant.removed', z.strictObject({ participantId: opaqueIdSchema })),
  event('participant.role_changed', z.strictObject({ participantId: opaqueIdSchema, role: z.enum(['participant', 'observer']), viewerRole: role.optional() })),
]);

// Fails to compile if the schema and the type drift apart (in either direction).
type Parsed = z.output<typeof participantEventSchema>;
const _sameShape: [Parsed] extends [ParticipantEvent] ? ([ParticipantEvent] extends [Parsed] ? true : never) : never = true;
void _sameShape;
