// Section 1, exercise overview: what was played, when, by whom, against which objectives and threats.
import { nextStep } from '../exercise/scenario-graph';
import type { ReportContext } from './report-context';
import type { ReportModel } from './report-model-schema';
import { formatDuration, plural } from './format';

type Overview = ReportModel['overview'];

export function buildOverview(ctx: ReportContext, pinnedMatches: boolean | null): Overview {
  const { scenario, replay, input } = ctx;
  const { state } = replay;
  const started = state.clock?.startedAt ?? null;
  const endedEarly = state.status === 'ended' && state.revealed.length > 0 && nextStep(scenario, state).kind !== 'end';
  const participants = state.participants.map((p) => {
    const role = scenario.roles.find((r) => r.id === p.scenarioRole);
    return { id: p.id, name: p.name, kind: p.kind, role: p.role, scenarioRole: role ? { id: role.id, name: role.name } : null, joinedAt: p.joinedAt, removedAt: p.removedAt };
  });
  const facilitators = [...new Set(input.events.filter((e) => e.actor.role === 'facilitator').map((e) => e.actor.name))];
  const mode = state.mode;
  const generatedScope =
    `${mode === 'solo' ? 'Solo practice' : 'Discussion-based tabletop exercise'} of the scenario “${scenario.title}” ` +
    `(${scenario.difficulty}, planned for ${scenario.durationMinutes} min). ` +
    (state.revealed.length === 0
      ? 'The exercise did not start: no inject was revealed.'
      : `${plural(state.revealed.length, 'inject')} of ${scenario.injects.length} were revealed along the path the team's decisions took, over ${formatDuration(replay.finalSessionMs)} of session time` +
        (endedEarly ? '; the exercise was ended before the scenario reached its end.' : '.'));
  return {
    exercise: {
      id: input.exercise.id,
      title: input.exercise.title,
      mode,
      status: state.status,
      startedAt: started ?? input.exercise.startedAt ?? null,
      endedAt: state.endedAt,
      activeMs: replay.finalSessionMs,
      plannedMinutes: scenario.durationMinutes,
      endedEarly,
      injectsRevealed: state.revealed.length,
      injectsInScenario: scenario.injects.length,
      location: input.exercise.location ?? null,
    },
    scope: input.exercise.scope?.trim() || generatedScope,
    scenario: {
      id: scenario.id,
      title: scenario.title,
      summary: scenario.summary,
      difficulty: scenario.difficulty,
      collections: scenario.collections,
      pinnedHash: state.scenarioHash,
      matchesPinned: pinnedMatches,
    },
    objectives: scenario.objectives.map(({ id, text }) => ({ id, text })),
    threats: scenario.threats.map((id) => {
      const threat = ctx.threat(id);
      return threat
        ? { id, code: threat.code, title: threat.title, url: ctx.link(threat.url), severity: threat.severity, stride: [...threat.stride], lifecycle: [...threat.lifecycle], inLibrary: true }
        : { id, code: id, title: id, url: null, severity: null, stride: [], lifecycle: [], inLibrary: false };
    }),
    facilitators,
    participants,
  };
}
