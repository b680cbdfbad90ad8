// Who may cause each kind of event: the one permission table of the exercise engine. decideCommand
// refuses commands against it, and the reducer refuses log entries against it (a bug or a hand-edited
// row must not make a participant the author of a reveal).
import type { EventType, ExerciseRole } from './event-schema';

export type AuthorRole = ExerciseRole | 'system';

export const EVENT_AUTHORS: Record<EventType, readonly AuthorRole[]> = {
  'exercise.started': ['facilitator'],
  // The server may pause or end an abandoned exercise on its own.
  'exercise.paused': ['facilitator', 'system'],
  'exercise.resumed': ['facilitator'],
  'exercise.ended': ['facilitator', 'system'],
  'inject.revealed': ['facilitator'],
  'vote.opened': ['facilitator'],
  // Votes inform the decision; the facilitator records it and does not vote.
  'vote.cast': ['participant'],
  'vote.closed': ['facilitator'],
  'vote.tally_revealed': ['facilitator'],
  'decision.recorded': ['facilitator'],
  // Observers too, but only tagged "observation" (see OBSERVER_NOTE_TAGS).
  'note.added': ['facilitator', 'participant', 'observer'],
  'action_item.added': ['facilitator'],
  'timer.started': ['facilitator'],
  'timer.stopped': ['facilitator'],
  // People join themselves; the actor of participant.joined is the person joining.
  'participant.joined': ['facilitator', 'participant', 'observer'],
  'participant.removed': ['facilitator'],
  'participant.role_changed': ['facilitator'],
};

export const OBSERVER_NOTE_TAGS = ['observation'] as const;

export function mayAuthor(role: AuthorRole, type: EventType): boolean {
  return EVENT_AUTHORS[type].includes(role);
}
