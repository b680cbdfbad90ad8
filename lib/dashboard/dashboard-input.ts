// What the team dashboard is built from: plain data that lib/server/dashboard loads (the team's
// exercises, their reports, its improvement items) and the content (library, ATLAS, scenarios).
import type { MatrixThreat } from '../library/build-matrix';
import type { AtlasIndex } from '../library/atlas';
import type { ItemStatus, RatingLevel } from '../report/hseep';

export type ExerciseStatus = 'lobby' | 'running' | 'paused' | 'ended';
export type ReportState = 'published' | 'draft' | 'none';

export interface DashboardExercise {
  id: string;
  title: string;
  scenarioId: string;
  mode: 'team' | 'solo';
  status: ExerciseStatus;
  /** ISO timestamps. startedAt is when exercise.started was logged; null while in the lobby. */
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  /** From the exercise's scenario snapshot: library threat ids in scope and the objectives. */
  threatIds: readonly string[];
  objectives: ReadonlyArray<{ id: string; text: string }>;
  /** The report's state and its HSEEP rating per objective id (published record, else the draft);
   * null when the viewer may not read reports. */
  report: { state: ReportState; ratings: Readonly<Record<string, RatingLevel>> } | null;
}

export interface DashboardThreat extends MatrixThreat {
  atlas: readonly string[];
  /** Ids the threat had before a rename: an old exercise's snapshot may still name one. */
  formerIds: readonly string[];
}

export interface DashboardScenario {
  id: string;
  title: string;
  url: string;
  threatIds: readonly string[];
}

/** Improvement items grouped by status and due date (`YYYY-MM-DD`), with how many share both. */
export interface ItemGroup {
  status: ItemStatus;
  dueDate: string | null;
  count: number;
}

export interface DashboardInput {
  exercises: readonly DashboardExercise[];
  /** Null when the viewer may not read reports (items come from them). */
  items: readonly ItemGroup[] | null;
  /** Whether the viewer may read reports, and so their ratings. */
  ratingsVisible: boolean;
  threats: readonly DashboardThreat[];
  atlas: AtlasIndex | null;
  scenarios: readonly DashboardScenario[];
  /** Today as `YYYY-MM-DD`, for what is overdue. */
  today: string;
  /** For the Navigator layer's name and description. */
  team: { name: string; slug: string };
  generatedAt: string;
}
