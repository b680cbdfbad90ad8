// What a browser sends: one command per request, flat JSON with its type and a client-made uuid
// (`clientId`), so a retried request is stored once. The server parses it here, decides it
// (decide-command.ts), and fills in who, when and where in the log.
import { z } from 'zod';
import { EXERCISE_MODES, eventPayloadSchemas, type EventType } from './event-schema';

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), clientId: z.uuid('clientId must be a uuid'), ...shape });

const injectOnly = eventPayloadSchemas['inject.revealed'].shape;

export const commandSchema = z.discriminatedUnion('type', [
  command('exercise.start', { mode: z.enum(EXERCISE_MODES).default('team') }),
  command('exercise.pause', {}),
  command('exercise.resume', {}),
  command('exercise.end', {}),
  /** Reveal this inject: it must be the scenario's next one (after a decision, the chosen option's). */
  command('inject.reveal', injectOnly),
  command('vote.open', injectOnly),
  /** Cast or change a vote. */
  command('vote.cast', eventPayloadSchemas['vote.cast'].shape),
  command('vote.close', injectOnly),
  command('vote.reveal_tally', injectOnly),
  /** Choose the branch: the facilitator records the team's decision. */
  command('decision.record', eventPayloadSchemas['decision.recorded'].shape),
  command('note.add', eventPayloadSchemas['note.added'].shape),
  command('action_item.add', eventPayloadSchemas['action_item.added'].shape),
  command('timer.start', eventPayloadSchemas['timer.started'].shape),
  command('timer.stop', injectOnly),
  /** Join as yourself (who you are comes from the session or the join capability, not the body). */
  command('participant.join', { scenarioRole: eventPayloadSchemas['participant.joined'].shape.scenarioRole }),
  command('participant.remove', eventPayloadSchemas['participant.removed'].shape),
  command('participant.set_role', eventPayloadSchemas['participant.role_changed'].shape),
]);

export type Command = z.output<typeof commandSchema>;
export type CommandType = Command['type'];
export const COMMAND_TYPES: readonly CommandType[] = commandSchema.options.map((option) => option.shape.type.value);

/** The one event each command becomes. */
export const COMMAND_EVENTS = {
  'exercise.start': 'exercise.started',
  'exercise.pause': 'exercise.paused',
  'exercise.resume': 'exercise.resumed',
  'exercise.end': 'exercise.ended',
  'inject.reveal': 'inject.revealed',
  'vote.open': 'vote.opened',
  'vote.cast': 'vote.cast',
  'vote.close': 'vote.closed',
  'vote.reveal_tally': 'vote.tally_revealed',
  'decision.record': 'decision.recorded',
  'note.add': 'note.added',
  'action_item.add': 'action_item.added',
  'timer.start': 'timer.started',
  'timer.stop': 'timer.stopped',
  'participant.join': 'participant.joined',
  'participant.remove': 'participant.removed',
  'participant.set_role': 'participant.role_changed',
} as const satisfies Record<CommandType, EventType>;

export type ParsedCommand = { ok: true; command: Command } | { ok: false; status: 400; message: string };

/** Parses a request body; the message names the field and what is wrong with it. */
export function parseCommand(input: unknown): ParsedCommand {
  const parsed = commandSchema.safeParse(input);
  if (parsed.success) return { ok: true, command: parsed.data };
  const issues = parsed.error.issues.slice(0, 3).map((issue) => {
    if (issue.code === 'invalid_union' && issue.path.join('.') === 'type') return `type must be one of: ${COMMAND_TYPES.join(', ')}`;
    const field = issue.path.map(String).join('.');
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  return { ok: false, status: 400, message: issues.join('; ') };
}
