// What one person receives of an exercise, built from the shared history: the facilitator gets
// the scenario and the whole log (their browser runs the same reducer); a participant or observer
// gets only their view; solo practice gets the solo view with debriefs. Nothing else leaves.
import 'server-only';
import type { Database } from '../../db/open-database';
import { viewForParticipant, type ParticipantView } from '../../exercise/participant-view';
import { viewForSoloPractice, type SoloView } from '../../exercise/solo-practice';
import type { Scenario } from '../../exercise/scenario-schema';
import type { Actor, StoredEvent } from '../../exercise/stored-event';
import { nextStep, type NextStep } from '../../exercise/scenario-graph';
import { syncHistory } from './exercise-history';
import type { ExerciseRow } from './exercise-records';

export interface ExerciseMeta {
  id: string;
  title: string;
  scenarioId: string;
  mode: 'team' | 'solo';
  teamId: string;
}

export type ExerciseViewPayload =
  | { kind: 'facilitator'; meta: ExerciseMeta & { joinCode: string | null }; scenario: Scenario; events: StoredEvent[] }
  | { kind: 'solo'; meta: ExerciseMeta; seq: number; view: SoloView; next: NextStep }
  | { kind: 'participant'; meta: ExerciseMeta; seq: number; view: ParticipantView };

export async function exerciseViewFor(db: Database, exercise: ExerciseRow, actor: Actor): Promise<ExerciseViewPayload> {
  const history = await syncHistory(db, exercise.id, exercise.scenario);
  const meta: ExerciseMeta = { id: exercise.id, title: exercise.title, scenarioId: exercise.scenarioId, mode: exercise.mode, teamId: exercise.teamId };
  const viewer = { kind: actor.kind, id: actor.id, name: actor.name, role: actor.role };
  if (exercise.mode === 'solo') return {
      kind: 'solo',
      meta,
      seq: history.state.lastSeq,
      view: viewForSoloPractice(exercise.scenario, history.state, viewer),
      next: nextStep(exercise.scenario, history.state),
    };
  if (actor.role === 'facilitator') {
    return {
      kind: 'facilitator',
      meta: { ...meta, joinCode: exercise.joinCode },
      scenario: exercise.scenario,
      events: history.entries.map((entry) => entry.event),
    };
  }
  return { kind: 'participant', meta, seq: history.state.lastSeq, view: viewForParticipant(exercise.scenario, history.state, viewer) };
}
