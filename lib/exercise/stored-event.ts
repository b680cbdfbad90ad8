// An event as the log stores it (one row of the events table) and as the SSE stream carries it to
// the facilitator. The server fills everything but type and payload; decideCommand produces the
// draft, hash-chain.ts seals it.
import { z } from 'zod';
import { EXERCISE_ROLES, eventBodySchema, type EventBody } from './event-schema';
import { isoTimestampSchema, lineText, opaqueIdSchema } from './text-rules';

export const ACTOR_KINDS = ['user', 'guest', 'system'] as const;

export const actorSchema = z.strictObject({
  kind: z.enum(ACTOR_KINDS),
  id: opaqueIdSchema,
  name: lineText(60),
  /** The role the actor acted in, as decideCommand established it at the time. */
  role: z.enum([...EXERCISE_ROLES, 'system']),
});
export type Actor = z.output<typeof actorSchema>;

/** A validated event before the server gives it a place in the log. */
export type EventDraft = EventBody & { actor: Actor };

/** The fields the server adds when it appends: position, idempotency key, time. */
export interface EventEnvelope {
  exerciseId: string;
  seq: number;
  /** The client-supplied id of the command this event answers (unique per exercise). */
  clientId: string;
  createdAt: string;
}

/** What the hash covers: everything but the hashes themselves. */
export type UnsealedEvent = EventDraft & EventEnvelope;

export type StoredEvent = UnsealedEvent & {
  /** The previous event's hash (GENESIS_HASH for seq 1). */
  prevHash: string;
  /** SHA-256 of prevHash + canonical content; see hash-chain.ts. */
  hash: string;
};

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest');

const envelopeSchema = z.strictObject({
  exerciseId: opaqueIdSchema,
  seq: z.number().int().min(1),
  actor: actorSchema,
  clientId: z.uuid(),
  createdAt: isoTimestampSchema,
  prevHash: hex64,
  hash: hex64,
});

const rowSchema = envelopeSchema.extend({ type: z.string(), payload: z.unknown() });

/** Parses a row read back from the database or an event received over SSE. */
export const storedEventSchema = rowSchema.transform((row, ctx): StoredEvent => {
  const body = eventBodySchema.safeParse({ type: row.type, payload: row.payload });
  if (!body.success) {
    for (const issue of body.error.issues) ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: row });
    return z.NEVER;
  }
  const { exerciseId, seq, actor, clientId, createdAt, prevHash, hash } = row;
  return { ...body.data, exerciseId, seq, actor, clientId, createdAt, prevHash, hash };
});
