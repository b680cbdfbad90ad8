// Hand-written inputs for the dashboard's unit tests: six threats, four scenarios, a small ATLAS
// table, and a builder for exercises.
import { indexAtlas } from '../library/atlas';
import type { RatingLevel } from '../report/hseep';
import type { DashboardExercise, DashboardInput, DashboardScenario, DashboardThreat, ReportState } from './dashboard-input';

const threat = (id: string, code: string, lifecycle: string[], stride: string[], atlas: string[], formerIds: string[] = []): DashboardThreat => ({
  id,
  code,
  title: `${code} title`,
  url: `/threats/${id}`,
  lifecycle,
  stride,
  atlas,
  formerIds,
});

export const THREATS: DashboardThreat[] = [
  threat('poison', 'ML02:2023', ['data-preparation', 'training'], ['T'], ['AML.T0020']),
  threat('theft', 'ML05:2023', ['serving'], ['I'], ['AML.T0024']),
  threat('evasion', 'FIN-03', ['serving'], ['S', 'T'], ['AML.T0015']),
  threat('registry', 'SC-03', ['registry'], ['T'], ['AML.T0010', 'AML.T0020'], ['old-registry']),
  threat('pickle', 'SC-02', ['registry', 'deployment'], ['T', 'E'], ['AML.T0010']),
  threat('orphan', 'FIN-09', ['monitoring'], ['R'], []),
];

const scenario = (id: string, threatIds: string[]): DashboardScenario => ({ id, title: `Scenario ${id}`, url: `/scenarios/${id}`, threatIds });

export const SCENARIOS: DashboardScenario[] = [
  scenario('s-poison', ['poison', 'evasion']),
  scenario('s-supply', ['registry', 'pickle', 'poison']),
  scenario('s-theft', ['theft']),
  scenario('s-registry', ['registry']),
];

const technique = (id: string, name: string, tactics: string[]) => ({ id, name, tactics, parent: null, url: `https://atlas.mitre.org/techniques/${id}` });

export const ATLAS = indexAtlas({
  source: 'MITRE ATLAS test',
  license: 'test',
  tactics: [
    { id: 'AML.TA0003', name: 'Resource Development', url: 'https://atlas.mitre.org/tactics/AML.TA0003' },
    { id: 'AML.TA0007', name: 'Defense Evasion', url: 'https://atlas.mitre.org/tactics/AML.TA0007' },
  ],
  techniques: [
    technique('AML.T0020', 'Poison Training Data', ['AML.TA0003']),
    technique('AML.T0010', 'AI Supply Chain Compromise', ['AML.TA0003']),
    technique('AML.T0015', 'Evade AI Model', ['AML.TA0007']),
    technique('AML.T0024', 'Exfiltration via AI Inference API', ['AML.TA0007']),
    technique('AML.T0099', 'Cited by nobody', ['AML.TA0007']),
  ],
  mitigations: [],
  caseStudies: [],
});

const OBJECTIVES = {
  's-poison': [
    { id: 'contain', text: 'Contain the poisoned model' },
    { id: 'notify', text: 'Name who to notify' },
  ],
  's-supply': [
    { id: 'freeze', text: 'Freeze the registry' },
    { id: 'trace', text: 'Trace the artifact' },
  ],
  's-theft': [
    { id: 'detect', text: 'Spot the extraction' },
    { id: 'throttle', text: 'Throttle the API' },
  ],
} as const;

let counter = 0;

/** An exercise of one of the fixture scenarios; started on `started` (a date) unless in the lobby. */
export function exercise(
  scenarioId: keyof typeof OBJECTIVES,
  started: string | null,
  options: { mode?: 'team' | 'solo'; ratings?: Record<string, RatingLevel>; report?: ReportState; status?: DashboardExercise['status']; threatIds?: string[]; hidden?: boolean } = {},
): DashboardExercise {
  counter += 1;
  const scenarioThreats = SCENARIOS.find((s) => s.id === scenarioId)?.threatIds ?? [];
  return {
    id: `ex-${counter}`,
    title: `Run ${counter} of ${scenarioId}`,
    scenarioId,
    mode: options.mode ?? 'team',
    status: options.status ?? (started ? 'ended' : 'lobby'),
    createdAt: `${started ?? '2026-01-01'}T08:00:00.000Z`,
    startedAt: started ? `${started}T09:00:00.000Z` : null,
    endedAt: started && (options.status ?? 'ended') === 'ended' ? `${started}T10:30:00.000Z` : null,
    threatIds: options.threatIds ?? [...scenarioThreats],
    objectives: [...OBJECTIVES[scenarioId]],
    report: options.hidden ? null : { state: options.report ?? (options.ratings ? 'published' : 'none'), ratings: options.ratings ?? {} },
  };
}

export function dashboardInput(overrides: Partial<DashboardInput> = {}): DashboardInput {
  return {
    exercises: [],
    items: [],
    ratingsVisible: true,
    threats: THREATS,
    atlas: ATLAS,
    scenarios: SCENARIOS,
    today: '2026-06-15',
    team: { name: 'Fraud ML', slug: 'fraud-ml' },
    generatedAt: '2026-06-15T12:00:00.000Z',
    ...overrides,
  };
}
