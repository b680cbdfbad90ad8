// The write path's pure half: a request body and who sent it, against the current state, becomes
// one event draft or a refusal with an HTTP status and a message the person can act on. The server
// does the rest: authenticate (membership or join capability) → look the clientId up (a retry gets
// the stored event back, see idempotency.ts) → decideCommand → seal and append with the next seq →
// NOTIFY.
//
// One command makes exactly one event, so a clientId names one row and a retry has one answer.
import { COMMAND_EVENTS, parseCommand, type Command } from './command-schema';
import { actingRole, checkEvent, findParticipant, type Refusal } from './event-rules';
import type { ExerciseState } from './exercise-state';
import type { Scenario } from './scenario-schema';
import { actorSchema, type Actor, type EventDraft } from './stored-event';

export interface DecideContext {
  scenario: Scenario;
  state: ExerciseState;
  /**
   * Who sends it, established by the server: a team member (role from membership: owner and
   * facilitator → 'facilitator', member → 'participant', observer → 'observer') or a guest holding
   * the join capability ('participant'). The facilitator may since have made them an observer; the
   * state knows.
   */
  actor: Actor;
  /** The scenario's content hash (scenario-hash.ts), needed to start an exercise. */
  scenarioHash?: string;
}

export type DecideResult = { ok: true; event: EventDraft; clientId: string } | ({ ok: false } & Refusal);

export function decideCommand(context: DecideContext, input: unknown): DecideResult {
  const parsed = parseCommand(input);
  if (!parsed.ok) return parsed;
  const { scenario, state, actor } = context;
  // The actor comes from the server's own records; one that does not fit the log is a server bug
  // (display names are validated with displayNameSchema where they are set), not a user error.
  const checkedActor = actorSchema.safeParse(actor);
  if (!checkedActor.success) throw new Error(`decideCommand: invalid actor (${checkedActor.error.issues[0]?.path.join('.')}: ${checkedActor.error.issues[0]?.message})`);
  const acting: Actor = { ...actor, role: actingRole(actor, findParticipant(state, actor.id)) };
  const draft = toDraft(parsed.command, acting, context);
  if ('status' in draft) return { ok: false, ...draft };
  // Optional fields left out rather than undefined: the draft is then exactly what jsonb stores.
  stripUndefined(draft.payload);
  const refusal = checkEvent(scenario, state, draft);
  return refusal ? { ok: false, ...refusal } : { ok: true, event: draft, clientId: parsed.command.clientId };
}

function toDraft(command: Command, actor: Actor, context: DecideContext): EventDraft | Refusal {
  switch (command.type) {
    case 'exercise.start':
      if (!context.scenarioHash) throw new Error('decideCommand: exercise.start needs the scenario hash');
      return { type: 'exercise.started', actor, payload: { scenarioId: context.scenario.id, scenarioHash: context.scenarioHash, mode: command.mode } };
    case 'participant.join':
      if (actor.kind === 'system') return { status: 403, message: 'The system does not join exercises.' };
      return {
        type: 'participant.joined',
        actor,
        payload: { participantId: actor.id, kind: actor.kind, name: actor.name, role: actor.role === 'system' ? 'observer' : actor.role, scenarioRole: command.scenarioRole },
      };
    case 'exercise.pause':
    case 'exercise.resume':
    case 'exercise.end':
      return { type: COMMAND_EVENTS[command.type], actor, payload: {} };
    case 'inject.reveal':
    case 'vote.open':
    case 'vote.close':
    case 'vote.reveal_tally':
    case 'timer.stop':
      return { type: COMMAND_EVENTS[command.type], actor, payload: { injectId: command.injectId } };
    case 'vote.cast':
      return { type: 'vote.cast', actor, payload: { injectId: command.injectId, optionId: command.optionId, comment: command.comment } };
    case 'decision.record':
      return { type: 'decision.recorded', actor, payload: { injectId: command.injectId, optionId: command.optionId, rationale: command.rationale } };
    case 'note.add':
      return { type: 'note.added', actor, payload: { text: command.text, tag: command.tag, objectiveId: command.objectiveId, injectId: command.injectId } };
    case 'action_item.add':
      return {
        type: 'action_item.added',
        actor,
        payload: { text: command.text, owner: command.owner, dueDate: command.dueDate, objectiveId: command.objectiveId, injectId: command.injectId },
      };
    case 'timer.start':
      return { type: 'timer.started', actor, payload: { injectId: command.injectId, durationSeconds: command.durationSeconds } };
    case 'participant.remove':
      return { type: 'participant.removed', actor, payload: { participantId: command.participantId } };
    case 'participant.set_role':
      return { type: 'participant.role_changed', actor, payload: { participantId: command.participantId, role: command.role } };
  }
}

function stripUndefined(payload: object): void {
  for (const [key, value] of Object.entries(payload)) if (value === undefined) Reflect.deleteProperty(payload, key);
}
