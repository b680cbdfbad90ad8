// The lookups every part of the report shares: the replayed log, links into the library, and the
// scenario's names for its ids.
import type { Author } from '../exercise/exercise-state';
import type { Scenario } from '../exercise/scenario-schema';
import type { MitigationRef } from './report-model-schema';
import type { ReportInput, ReportThreatSource } from './report-input';
import type { Replay } from './replay-log';

export interface ReportContext {
  input: ReportInput;
  scenario: Scenario;
  replay: Replay;
  link(url: string | null | undefined): string | null;
  mitigation(id: string): MitigationRef;
  threat(id: string): ReportThreatSource | null;
  objectiveText(id: string | null): string | null;
  injectTitle(id: string): string;
  person(author: Author): { name: string; role: string };
}

export function reportContext(input: ReportInput, replay: Replay): ReportContext {
  const { scenario, library } = input;
  const origin = input.siteUrl?.replace(/\/+$/, '') ?? '';
  const link = (url: string | null | undefined) => (url ? (/^https?:\/\//.test(url) ? url : `${origin}${url}`) : null);
  const roleName = (id: string | null) => scenario.roles.find((role) => role.id === id)?.name ?? null;
  return {
    input,
    scenario,
    replay,
    link,
    mitigation: (id) => {
      const found = library.mitigation(id);
      return found
        ? { id: found.id, title: found.title, summary: found.summary, url: link(found.url), kind: found.kind }
        : { id, title: id, summary: '', url: null, kind: null };
    },
    threat: (id) => library.threat(id) ?? null,
    objectiveText: (id) => scenario.objectives.find((objective) => objective.id === id)?.text ?? null,
    injectTitle: (id) => scenario.injects.find((inject) => inject.id === id)?.title ?? id,
    person: (author) => {
      const participant = replay.state.participants.find((p) => p.id === author.id);
      const played = roleName(participant?.scenarioRole ?? null);
      return { name: author.name, role: played ? `${author.role}, ${played}` : author.role };
    },
  };
}
