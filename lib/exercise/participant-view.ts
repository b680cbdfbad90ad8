// What a participant or observer may see of an exercise, built from the full state by allow-list:
// each field is copied on purpose, so a field added to the scenario or the state later stays out
// until someone decides it belongs here. Never in it: facilitator notes, option consequences and
// `next`, expected actions, unrevealed injects, the graph, other people's votes or notes, problems.
import type { ExerciseMode } from './event-schema';
import { actingRole, findParticipant } from './event-rules';
import type { AuthorRole } from './event-authors';
import type { ExerciseState, ExerciseStatus, InjectTimer, Note, RecordedDecision, RunningClock, VoteRound } from './exercise-state';
import { tallyOf } from './reduce-exercise';
import { findInject } from './scenario-graph';
import type { Artifact, Inject, Scenario } from './scenario-schema';
import type { Actor } from './stored-event';

/** The person looking: who the server authenticated (their role as decideCommand would take it). */
export type Viewer = Pick<Actor, 'kind' | 'id' | 'name' | 'role'>;

export interface PublicInject {
  id: string;
  clock: string;
  title: string;
  narrative: string;
  artifacts: Artifact[];
  questions: { text: string; role?: string }[];
  revealedAt: string;
}

export interface PublicOption {
  id: string;
  label: string;
}

export interface TallyRow {
  optionId: string;
  label: string;
  count: number;
}

export interface MyVote {
  optionId: string;
  comment: string | null;
}

export interface ParticipantVote {
  injectId: string;
  prompt: string;
  options: PublicOption[];
  open: boolean;
  myVote: MyVote | null;
  /** Present once the facilitator reveals it. */
  tally: TallyRow[] | null;
}

export interface ParticipantDecision {
  injectId: string;
  optionId: string;
  optionLabel: string;
  rationale: string;
  decidedAt: string;
  /** The vote's tally, when the room saw it. */
  tally: TallyRow[] | null;
}

export type PublicNote = Omit<Note, 'author'>;

export interface PublicActionItem {
  seq: number;
  text: string;
  owner: string;
  dueDate: string;
  objectiveId: string | null;
  injectId: string | null;
  createdAt: string;
}

export interface PublicParticipant {
  id: string;
  name: string;
  role: AuthorRole;
  scenarioRole: string | null;
}

export interface ParticipantView {
  /** The public briefing: what anyone may read before the session. */
  scenario: { id: string; title: string; summary: string; roles: { id: string; name: string; brief: string }[]; objectives: { id: string; text: string }[] };
  status: ExerciseStatus;
  mode: ExerciseMode | null;
  viewer: { id: string; name: string; role: AuthorRole; scenarioRole: string | null; removed: boolean };
  clock: RunningClock | null;
  currentInjectId: string | null;
  /** Revealed injects in the order they were revealed. */
  injects: PublicInject[];
  timer: InjectTimer | null;
  /** Only while a vote is open, or once its tally is revealed. */
  vote: ParticipantVote | null;
  decisions: ParticipantDecision[];
  /** The viewer's own notes; nobody else's. */
  myNotes: PublicNote[];
  actionItems: PublicActionItem[];
  participants: PublicParticipant[];
}

export function publicInject(inject: Inject, revealedAt: string): PublicInject {
  return {
    id: inject.id,
    clock: inject.clock,
    title: inject.title,
    narrative: inject.narrative,
    artifacts: inject.artifacts.map(({ kind, title, source, timestamp, body }) => ({ kind, title, source, timestamp, body })),
    questions: inject.questions.map(({ text, role }) => ({ text, role })),
    revealedAt,
  };
}

export function publicOptions(inject: Inject | undefined): PublicOption[] {
  return (inject?.decision?.options ?? []).map((option) => ({ id: option.id, label: option.label }));
}

export function tallyRows(scenario: Scenario, injectId: string, tally: Record<string, number>): TallyRow[] {
  return publicOptions(findInject(scenario, injectId)).map((option) => ({ optionId: option.id, label: option.label, count: tally[option.id] ?? 0 }));
}

export function myVoteIn(vote: VoteRound, viewerId: string): MyVote | null {
  const mine = vote.votes.find((cast) => cast.participantId === viewerId);
  return mine ? { optionId: mine.optionId, comment: mine.comment } : null;
}

export function participantVote(scenario: Scenario, vote: VoteRound | null, viewerId: string): ParticipantVote | null {
  if (!vote || !(vote.open || vote.tallyRevealed)) return null;
  const inject = findInject(scenario, vote.injectId);
  return {
    injectId: vote.injectId,
    prompt: inject?.decision?.prompt ?? '',
    options: publicOptions(inject),
    open: vote.open,
    myVote: myVoteIn(vote, viewerId),
    tally: vote.tallyRevealed ? tallyRows(scenario, vote.injectId, tallyOf(scenario, vote)) : null,
  };
}

export function participantDecision(scenario: Scenario, decision: RecordedDecision): ParticipantDecision {
  return {
    injectId: decision.injectId,
    optionId: decision.optionId,
    optionLabel: publicOptions(findInject(scenario, decision.injectId)).find((option) => option.id === decision.optionId)?.label ?? '',
    rationale: decision.rationale,
    decidedAt: decision.decidedAt,
    tally: decision.tally && decision.tallyRevealed ? tallyRows(scenario, decision.injectId, decision.tally) : null,
  };
}

export function publicParticipants(state: ExerciseState): PublicParticipant[] {
  return state.participants
    .filter((participant) => participant.removedAt === null)
    .map((participant) => ({ id: participant.id, name: participant.name, role: participant.role, scenarioRole: participant.scenarioRole }));
}

export function publicScenario(scenario: Scenario): ParticipantView['scenario'] {
  return {
    id: scenario.id,
    title: scenario.title,
    summary: scenario.summary,
    roles: scenario.roles.map((role) => ({ id: role.id, name: role.name, brief: role.brief })),
    objectives: scenario.objectives.map((objective) => ({ id: objective.id, text: objective.text })),
  };
}

export function viewForParticipant(scenario: Scenario, state: ExerciseState, viewer: Viewer): ParticipantView {
  const self = findParticipant(state, viewer.id);
  const removed = self?.removedAt != null;
  const base: ParticipantView = {
    scenario: publicScenario(scenario),
    status: state.status,
    mode: state.mode,
    viewer: { id: viewer.id, name: self?.name ?? viewer.name, role: actingRole(viewer, self), scenarioRole: self?.scenarioRole ?? null, removed },
    clock: null,
    currentInjectId: null,
    injects: [],
    timer: null,
    vote: null,
    decisions: [],
    myNotes: [],
    actionItems: [],
    participants: [],
  };
  // Someone the facilitator removed sees that they were removed, and nothing of the session.
  if (removed) return base;
  return {
    ...base,
    clock: state.clock && { ...state.clock },
    currentInjectId: state.currentInjectId,
    injects: state.revealed.flatMap((revealed) => {
      const inject = findInject(scenario, revealed.injectId);
      return inject ? [publicInject(inject, revealed.revealedAt)] : [];
    }),
    timer: state.timer && { ...state.timer, clock: { ...state.timer.clock } },
    vote: participantVote(scenario, state.vote, viewer.id),
    decisions: state.decisions.map((decision) => participantDecision(scenario, decision)),
    myNotes: state.notes
      .filter((note) => note.author.id === viewer.id)
      .map(({ seq, text, tag, objectiveId, injectId, createdAt }) => ({ seq, text, tag, objectiveId, injectId, createdAt })),
    actionItems: state.actionItems.map(({ seq, text, owner, dueDate, objectiveId, injectId, createdAt }) => ({ seq, text, owner, dueDate, objectiveId, injectId, createdAt })),
    participants: publicParticipants(state),
  };
}
