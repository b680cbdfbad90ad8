// The after-action report model, built from the scenario, the event log, the library and the
// facilitator's edits. Pure: every time in it comes from the log or from `generatedAt`, so the same
// input gives the same model and every renderer gives the same bytes. Async only because the hash
// chain and the scenario hash are checked with Web Crypto.
import { verifyChain } from '../exercise/hash-chain';
import { matchesPinnedScenario } from '../exercise/scenario-hash';
import { buildAnalysis } from './build-analysis';
import { buildCoverage } from './build-coverage';
import { buildImprovementPlan } from './build-improvement-plan';
import { buildOverview } from './build-overview';
import { buildSummary } from './build-summary';
import { buildTimeline } from './build-timeline';
import { describeEvent } from './describe-event';
import { expectedActionsReached, observedObjectives } from './expected-actions';
import { reportContext } from './report-context';
import { reportEditsSchema } from './report-edits';
import type { ReportInput } from './report-input';
import { REPORT_KIND, REPORT_SCHEMA_VERSION, type ReportModel } from './report-model-schema';
import { replayLog } from './replay-log';

export async function buildReport(input: ReportInput): Promise<ReportModel> {
  const { scenario, events, published } = input;
  // A published report is rebuilt from the edits it was published with.
  const edits = reportEditsSchema.parse(published?.edits ?? input.edits ?? {});
  const replay = replayLog(scenario, events);
  const ctx = reportContext(input, replay);
  const warnings: string[] = [];

  const expectedChain = published ? { head: published.finalHash, count: published.eventCount } : (input.exercise.expectedChain ?? undefined);
  const chain = await verifyChain(events, expectedChain);
  const pinnedMatches = await matchesPinnedScenario(scenario, replay.state.scenarioHash);

  const overview = buildOverview(ctx, pinnedMatches);
  const expected = expectedActionsReached(ctx, observedObjectives(replay.state));
  const timeline = buildTimeline(ctx, expected);
  const analysis = buildAnalysis(ctx, expected, edits);
  const coverage = buildCoverage(ctx, expected, analysis);
  const improvementPlan = buildImprovementPlan(ctx, expected, edits, warnings);
  const summary = buildSummary(ctx, { overview, timeline, expected, items: improvementPlan.items }, edits);

  const names = new Map(replay.state.participants.map((p) => [p.id, p.name]));
  const logEvents = events.map((event) => ({
    seq: event.seq,
    createdAt: event.createdAt,
    type: event.type,
    actor: { name: event.actor.name, role: event.actor.role, kind: event.actor.kind },
    summary: describeEvent(scenario, event, (id) => names.get(id) ?? id),
    prevHash: event.prevHash,
    hash: event.hash,
  }));

  if (!chain.ok) warnings.push(`The event log failed its integrity check at entry ${chain.firstBrokenSeq}: ${chain.reason}. Read this report with that in mind.`);
  if (pinnedMatches === false) warnings.push('The scenario has changed since this exercise ran: titles and expected actions are those of the current version.');
  if (replay.state.problems.length > 0) warnings.push(`${replay.state.problems.length} log entries could not be applied and are listed in the appendix.`);
  for (const threat of overview.threats) if (!threat.inLibrary) warnings.push(`The scenario names threat "${threat.id}", which the library does not hold.`);
  for (const id of Object.keys(edits.ratings).sort()) if (!ctx.objectiveText(id)) warnings.push(`A rating names objective "${id}", which the scenario does not have; it was ignored.`);
  if (published && published.exerciseId !== input.exercise.id) warnings.push(`The published record belongs to exercise "${published.exerciseId}", not "${input.exercise.id}".`);

  return {
    kind: REPORT_KIND,
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: input.generatedAt,
    status: published ? 'published' : 'draft',
    published: published ? { publishedAt: published.publishedAt, publishedBy: published.publishedBy, finalHash: published.finalHash, eventCount: published.eventCount } : null,
    overview,
    summary,
    timeline,
    analysis,
    coverage,
    improvementPlan,
    appendix: { participants: overview.participants, events: logEvents, problems: replay.state.problems, chain },
    warnings,
  };
}
