// The state of one exercise: what reduceExercise folds the event log into. Plain JSON data (arrays,
// not Maps), so it can be sent, stored, compared and snapshotted as it is.
import type { ExerciseMode, ExerciseRole, NoteTag } from './event-schema';
import type { Actor, StoredEvent } from './stored-event';

export type ExerciseStatus = 'lobby' | 'running' | 'paused' | 'ended';

/** The author of a note or an action item, as the log recorded them. */
export type Author = Pick<Actor, 'kind' | 'id' | 'name' | 'role'>;

/**
 * Wall-clock time of the session with pauses taken out. `pausedMs` counts finished pauses; an open
 * pause runs from `pausedSince`. See scenario-clock.ts for the arithmetic.
 */
export interface RunningClock {
  startedAt: string;
  pausedMs: number;
  pausedSince: string | null;
  stoppedAt: string | null;
}

export interface RevealedInject {
  injectId: string;
  seq: number;
  revealedAt: string;
  /** Session time (pauses excluded) when it was revealed: the gap to the next one is time spent on it. */
  activeMsAtReveal: number;
}

export interface Vote {
  participantId: string;
  name: string;
  optionId: string;
  comment: string | null;
  castAt: string;
}

export interface VoteRound {
  injectId: string;
  open: boolean;
  openedAt: string;
  closedAt: string | null;
  /** One per participant, in the order they first voted; a changed vote replaces its entry. */
  votes: Vote[];
  tallyRevealed: boolean;
}

/** Votes per option of the decision, every option present (zero when nobody chose it). */
export type Tally = Record<string, number>;

export interface RecordedDecision {
  injectId: string;
  optionId: string;
  rationale: string;
  seq: number;
  decidedAt: string;
  decidedBy: Author;
  /** The tally when the decision was recorded; null when no vote was held. */
  tally: Tally | null;
  voteCount: number;
  /** Whether the room had seen the tally when the decision was recorded. */
  tallyRevealed: boolean;
}

export interface Note {
  seq: number;
  text: string;
  tag: NoteTag;
  objectiveId: string | null;
  injectId: string | null;
  author: Author;
  createdAt: string;
}

export interface ActionItem {
  seq: number;
  text: string;
  owner: string;
  dueDate: string;
  objectiveId: string | null;
  injectId: string | null;
  author: Author;
  createdAt: string;
}

export interface Participant {
  id: string;
  kind: 'user' | 'guest';
  name: string;
  role: ExerciseRole;
  scenarioRole: string | null;
  joinedAt: string;
  removedAt: string | null;
}

export interface InjectTimer {
  injectId: string;
  durationSeconds: number;
  clock: RunningClock;
}

/** An event the reducer could not apply, with the reason; the log is kept as it is. */
export interface Problem {
  seq: number;
  type: string;
  message: string;
}

export interface ExerciseState {
  scenarioId: string;
  status: ExerciseStatus;
  mode: ExerciseMode | null;
  /** The scenario content hash pinned by exercise.started. */
  scenarioHash: string | null;
  endedAt: string | null;
  /** Session clock: from exercise.started, pauses excluded, stopped at exercise.ended. */
  clock: RunningClock | null;
  currentInjectId: string | null;
  /** In reveal order: the path the exercise took. */
  revealed: RevealedInject[];
  /** The vote on the current decision, open or closed; cleared when the decision is recorded. */
  vote: VoteRound | null;
  decisions: RecordedDecision[];
  notes: Note[];
  actionItems: ActionItem[];
  participants: Participant[];
  /** The discussion countdown on the current inject, running or stopped; null after the next reveal. */
  timer: InjectTimer | null;
  problems: Problem[];
  /** The highest seq applied; events apply in seq order with none skipped. */
  lastSeq: number;
  /** Events that arrived ahead of a missing one, held until the gap is filled. */
  pending: StoredEvent[];
  /** Set while a seq is missing: the client should refetch from `missingFrom`. */
  gap: { missingFrom: number; heldUpTo: number } | null;
}

export function initialExerciseState(scenarioId: string): ExerciseState {
  return {
    scenarioId,
    status: 'lobby',
    mode: null,
    scenarioHash: null,
    endedAt: null,
    clock: null,
    currentInjectId: null,
    revealed: [],
    vote: null,
    decisions: [],
    notes: [],
    actionItems: [],
    participants: [],
    timer: null,
    problems: [],
    lastSeq: 0,
    pending: [],
    gap: null,
  };
}
