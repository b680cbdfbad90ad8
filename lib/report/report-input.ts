// What buildReport takes. The library and ATLAS parts are the narrow slices the report reads, so the
// app passes its Library and AtlasIndex as they are and tests pass small hand-made ones.
import type { AtlasIndex } from '../library/atlas';
import type { Mitigation, Threat } from '../library/build-library';
import type { Scenario } from '../exercise/scenario-schema';
import type { StoredEvent } from '../exercise/stored-event';
import type { ReportEditsInput } from './report-edits';

export type ReportThreatSource = Pick<Threat, 'id' | 'code' | 'title' | 'summary' | 'url' | 'severity' | 'stride' | 'lifecycle' | 'mitigations' | 'atlas'>;
export type ReportMitigationSource = Pick<Mitigation, 'id' | 'title' | 'summary' | 'url' | 'kind'>;

export interface ReportLibrary {
  threat(id: string): ReportThreatSource | undefined;
  mitigation(id: string): ReportMitigationSource | undefined;
}

export type ReportAtlas = Pick<AtlasIndex, 'technique'>;

/** The record publishReport returns; pass it back to build the published report. */
export interface PublishedReport {
  kind: 'sandtable.published-report';
  version: 1;
  exerciseId: string;
  edits: ReportEditsInput;
  /** The hash of the last event and the number of events the published report was built from. */
  finalHash: string;
  eventCount: number;
  publishedAt: string;
  publishedBy: string | null;
}

export interface ReportExercise {
  id: string;
  title: string;
  /** When it was scheduled to start; the log's exercise.started time wins when there is one. */
  startedAt?: string | null;
  location?: string | null;
  /** Replaces the generated scope statement. */
  scope?: string | null;
  /** The head hash and event count kept on the exercise row: they catch events cut off the end. */
  expectedChain?: { head: string; count: number } | null;
}

export interface ReportInput {
  scenario: Scenario;
  /** The exercise's log in stored order. */
  events: readonly StoredEvent[];
  library: ReportLibrary;
  atlas?: ReportAtlas | null;
  edits?: ReportEditsInput | null;
  exercise: ReportExercise;
  /** The time stamped on the report: an input, so the same input gives the same report. */
  generatedAt: string;
  /** Origin for absolute links to library pages (https://sandtable.example.org); relative links without it. */
  siteUrl?: string | null;
  /** A published record: the report shows it and checks the log still ends where it was published. */
  published?: PublishedReport | null;
}
