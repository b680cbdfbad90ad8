// One line of plain text per log entry, for the appendix: what happened, in words, with the full
// user text (renderers escape it).
import { findOption, findInject } from '../exercise/scenario-graph';
import type { Scenario } from '../exercise/scenario-schema';
import type { StoredEvent } from '../exercise/stored-event';

export function describeEvent(scenario: Scenario, event: StoredEvent, nameOf: (participantId: string) => string): string {
  const title = (injectId: string) => `“${findInject(scenario, injectId)?.title ?? injectId}”`;
  const label = (injectId: string, optionId: string) => `“${findOption(findInject(scenario, injectId), optionId)?.label ?? optionId}”`;
  switch (event.type) {
    case 'exercise.started':
      return `Started the exercise (${event.payload.mode}), scenario version ${event.payload.scenarioHash.slice(0, 12)}…`;
    case 'exercise.paused':
      return 'Paused the exercise';
    case 'exercise.resumed':
      return 'Resumed the exercise';
    case 'exercise.ended':
      return 'Ended the exercise';
    case 'inject.revealed':
      return `Revealed ${title(event.payload.injectId)}`;
    case 'vote.opened':
      return `Opened the vote on ${title(event.payload.injectId)}`;
    case 'vote.cast':
      return `Voted for ${label(event.payload.injectId, event.payload.optionId)}${event.payload.comment ? `, commenting: ${event.payload.comment}` : ''}`;
    case 'vote.closed':
      return `Closed the vote on ${title(event.payload.injectId)}`;
    case 'vote.tally_revealed':
      return `Showed the tally on ${title(event.payload.injectId)}`;
    case 'decision.recorded':
      return `Recorded the decision on ${title(event.payload.injectId)}: ${label(event.payload.injectId, event.payload.optionId)}. Rationale: ${event.payload.rationale}`;
    case 'note.added':
      return `Added a note (${event.payload.tag}${event.payload.objectiveId ? `, objective ${event.payload.objectiveId}` : ''}): ${event.payload.text}`;
    case 'action_item.added':
      return `Added an action item for ${event.payload.owner}, due ${event.payload.dueDate}: ${event.payload.text}`;
    case 'timer.started':
      return `Started a ${Math.round(event.payload.durationSeconds / 60)}-minute timer on ${title(event.payload.injectId)}`;
    case 'timer.stopped':
      return `Stopped the timer on ${title(event.payload.injectId)}`;
    case 'participant.joined': {
      const role = scenario.roles.find((r) => r.id === event.payload.scenarioRole)?.name;
      return `${event.payload.name} joined as ${event.payload.role}${role ? `, playing ${role}` : ''}`;
    }
    case 'participant.removed':
      return `Removed ${nameOf(event.payload.participantId)}`;
    case 'participant.role_changed':
      return `Made ${nameOf(event.payload.participantId)} ${event.payload.role === 'observer' ? 'an observer' : 'a participant'}`;
  }
}
