// Test helper: the strings from a scenario and a state that nothing sent to a participant may
// contain, and a search for them in serialised output. Used by the participant view and stream tests.
import type { ExerciseState } from './exercise-state';
import type { Scenario } from './scenario-schema';

export interface Secret {
  what: string;
  text: string;
}

/** Facilitator-only text, always; unrevealed injects' text and ids; other people's votes and notes. */
export function secretsFor(scenario: Scenario, state: ExerciseState, viewerId: string): Secret[] {
  const revealed = new Set(state.revealed.map((entry) => entry.injectId));
  const secrets: Secret[] = [];
  for (const inject of scenario.injects) {
    secrets.push({ what: `facilitatorNotes of ${inject.id}`, text: inject.facilitatorNotes });
    for (const option of inject.decision?.options ?? []) {
      secrets.push({ what: `consequence of ${inject.id}/${option.id}`, text: option.consequence });
      // `next` is the graph: the id of where an option leads is never sent as a field.
      secrets.push({ what: `next of ${inject.id}/${option.id}`, text: `"next":` });
    }
    for (const action of inject.decision?.expectedActions ?? []) secrets.push({ what: `expected action ${action.id}`, text: action.text });
    if (revealed.has(inject.id)) continue;
    secrets.push({ what: `id of unrevealed ${inject.id}`, text: JSON.stringify(inject.id) });
    secrets.push({ what: `title of unrevealed ${inject.id}`, text: inject.title });
    secrets.push({ what: `narrative of unrevealed ${inject.id}`, text: inject.narrative });
    for (const artifact of inject.artifacts) secrets.push({ what: `artifact of unrevealed ${inject.id}`, text: artifact.body });
    for (const question of inject.questions) secrets.push({ what: `question of unrevealed ${inject.id}`, text: question.text });
  }
  for (const vote of state.vote?.votes ?? []) {
    if (vote.participantId !== viewerId && vote.comment) secrets.push({ what: `${vote.name}'s vote comment`, text: vote.comment });
  }
  for (const note of state.notes) {
    if (note.author.id !== viewerId) secrets.push({ what: `${note.author.name}'s note`, text: note.text });
  }
  for (const key of ['facilitatorNotes', 'consequence', 'expectedActions', 'problems', 'pending', 'scenarioHash']) {
    secrets.push({ what: `a field named ${key}`, text: `"${key}":` });
  }
  return secrets;
}

/** What of `secrets` appears in `value` once serialised, as it would be sent. */
export function findLeaks(value: unknown, secrets: readonly Secret[]): string[] {
  const json = JSON.stringify(value);
  return secrets.filter((secret) => json.includes(secret.text) || json.includes(JSON.stringify(secret.text).slice(1, -1))).map((secret) => secret.what);
}
