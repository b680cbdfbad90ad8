// Test helper: plays commands through the real write path (decideCommand → sealEvent → applyEvent),
// the way the server will, with a controllable clock and predictable client ids.
import { decideCommand, type DecideResult } from './decide-command';
import type { ExerciseState } from './exercise-state';
import { initialExerciseState } from './exercise-state';
import { sealEvent } from './hash-chain';
import { applyEvent } from './reduce-exercise';
import { scenarioHash } from './scenario-hash';
import type { Scenario } from './scenario-schema';
import type { Actor, EventDraft, StoredEvent } from './stored-event';
import { testScenario } from './test-scenario';

export const FACILITATOR: Actor = { kind: 'user', id: 'user-fatima', name: 'Fatima', role: 'facilitator' };
export const ALICE: Actor = { kind: 'user', id: 'user-alice', name: 'Alice', role: 'participant' };
export const BOB: Actor = { kind: 'guest', id: 'guest-bob', name: 'Bob', role: 'participant' };
export const OLGA: Actor = { kind: 'user', id: 'user-olga', name: 'Olga', role: 'observer' };
export const SYSTEM: Actor = { kind: 'system', id: 'system', name: 'Sandtable', role: 'system' };

export const T0 = Date.parse('2026-05-04T09:00:00.000Z');

/** A command body without its clientId: the helper makes one. */
export type TestCommand = { type: string } & Record<string, unknown>;

export class TestExercise {
  events: StoredEvent[] = [];
  state: ExerciseState;
  private clientCounter = 0;
  private nowMs = T0;

  constructor(
    readonly scenario: Scenario = testScenario,
    readonly exerciseId = 'exercise-1',
  ) {
    this.state = initialExerciseState(scenario.id);
  }

  /** Moves the clock on by `minutes` before the next event. */
  wait(minutes: number): this {
    this.nowMs += minutes * 60_000;
    return this;
  }

  nextClientId(): string {
    this.clientCounter += 1;
    return `00000000-0000-4000-8000-${String(this.clientCounter).padStart(12, '0')}`;
  }

  async decide(actor: Actor, command: TestCommand): Promise<DecideResult> {
    const hash = await scenarioHash(this.scenario);
    return decideCommand({ scenario: this.scenario, state: this.state, actor, scenarioHash: hash }, { clientId: this.nextClientId(), ...command });
  }

  /** Decides and, when accepted, appends; returns the decision either way. */
  async run(actor: Actor, command: TestCommand): Promise<DecideResult> {
    const result = await this.decide(actor, command);
    if (result.ok) await this.append(result.event, result.clientId);
    return result;
  }

  /** Appends a draft as the server would, without asking decideCommand: how a bad row gets in. */
  async append(draft: EventDraft, clientId = this.nextClientId()): Promise<StoredEvent> {
    const event = await sealEvent(this.events.at(-1) ?? null, {
      ...draft,
      exerciseId: this.exerciseId,
      seq: this.events.length + 1,
      clientId,
      createdAt: new Date(this.nowMs).toISOString(),
    });
    this.events.push(event);
    this.state = applyEvent(this.state, this.scenario, event);
    this.nowMs += 1000;
    return event;
  }

  /** Like run, but the command must be accepted. */
  async must(actor: Actor, command: TestCommand): Promise<StoredEvent> {
    const result = await this.run(actor, command);
    if (!result.ok) throw new Error(`${command.type} by ${actor.name} refused: ${result.status} ${result.message}`);
    const last = this.events.at(-1);
    if (!last) throw new Error('no event appended');
    return last;
  }

  /** Plays a whole branch-A session to the end, with people joined and two votes. */
  static async played(): Promise<TestExercise> {
    const ex = new TestExercise();
    await ex.must(ALICE, { type: 'participant.join', scenarioRole: 'mlops' });
    await ex.must(BOB, { type: 'participant.join' });
    await ex.must(OLGA, { type: 'participant.join' });
    await ex.must(FACILITATOR, { type: 'exercise.start' });
    await ex.wait(10).must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
    await ex.must(FACILITATOR, { type: 'vote.open', injectId: 'triage' });
    await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back', comment: 'Stop the bleeding.' });
    await ex.must(BOB, { type: 'vote.cast', injectId: 'triage', optionId: 'keep-serving' });
    await ex.must(FACILITATOR, { type: 'vote.close', injectId: 'triage' });
    await ex.must(FACILITATOR, { type: 'vote.reveal_tally', injectId: 'triage' });
    await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'roll-back', rationale: 'Customer harm outweighs evidence.' });
    await ex.must(FACILITATOR, { type: 'note.add', text: 'Team froze the registry early.', tag: 'strength', objectiveId: 'contain', injectId: 'triage' });
    await ex.must(ALICE, { type: 'note.add', text: 'We have no runbook for alias rollback.', tag: 'gap' });
    await ex.must(OLGA, { type: 'note.add', text: 'Legal was not consulted.', tag: 'observation' });
    await ex.wait(10).must(FACILITATOR, { type: 'inject.reveal', injectId: 'rollback-fallout' });
    await ex.must(FACILITATOR, { type: 'action_item.add', text: 'Write the alias rollback runbook.', owner: 'Alice', dueDate: '2026-06-01', objectiveId: 'contain' });
    await ex.wait(10).must(FACILITATOR, { type: 'inject.reveal', injectId: 'disclosure' });
    await ex.must(FACILITATOR, { type: 'vote.open', injectId: 'disclosure' });
    await ex.must(ALICE, { type: 'vote.cast', injectId: 'disclosure', optionId: 'notify-now' });
    await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'disclosure', optionId: 'notify-now', rationale: 'The 72-hour clock has started.' });
    await ex.wait(10).must(FACILITATOR, { type: 'inject.reveal', injectId: 'wrap-up' });
    await ex.must(FACILITATOR, { type: 'exercise.end' });
    return ex;
  }
}
