import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ReportEditor } from '@/components/report/report-editor-client';
import { ReportShare } from '@/components/report/report-share-client';
import { coverageHeatmapChart } from '@/lib/report/coverage-heatmap-chart';
import { decisionTimelineChart } from '@/lib/report/decision-timeline-chart';
import { CAPABILITY_LABELS, ITEM_STATUS_LABELS, RATING_LABELS } from '@/lib/report/hseep';
import { timeToDecisionChart } from '@/lib/report/time-to-decision-chart';
import { exerciseAccess } from '@/lib/server/exercises/exercise-access';
import { HttpError } from '@/lib/server/http';
import { DOWNLOAD_FORMATS, DOWNLOAD_LABELS } from '@/lib/server/reports/report-download';
import { getReportForActor, removedPlanItems, type ReportForActor } from '@/lib/server/reports/report-store';

export const metadata: Metadata = { title: 'After-action report', robots: { index: false } };

// The charts are SVG strings from lib/report, built from escaped data with no script: the one
// place this page sets HTML. Everything else is React text, escaped by React.
function Chart({ svg, label }: { svg: string; label: string }) {
  return <figure aria-label={label} className="mt-3 overflow-x-auto" dangerouslySetInnerHTML={{ __html: svg }} />;
}

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let report: ReportForActor;
  try {
    report = await getReportForActor(await exerciseAccess(id));
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/exercises/${id}/report`)}`);
    if (error instanceof HttpError) notFound();
    throw error;
  }
  const { model, canPublish, edits, sharedAt } = report;
  const { overview, summary, analysis, coverage, improvementPlan, appendix } = model;
  const ratingOf = new Map(analysis.objectives.map((o) => [o.id, o.rating?.level ?? null]));

  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm text-fg-muted">After-action report / improvement plan</p>
      <h1 className="text-2xl font-semibold">{overview.exercise.title}</h1>
      <p className="mt-1">
        Scenario: {overview.scenario.title} · status {overview.exercise.status}
      </p>
      {model.published ? (
        <p className="mt-2 rounded border border-border p-2" data-testid="published-line">
          Published <time dateTime={model.published.publishedAt}>{model.published.publishedAt}</time>, log hash <code>{model.published.finalHash}</code>
        </p>
      ) : (
        <p className="mt-2 rounded border border-border p-2">Draft: generated {model.generatedAt}. It changes with the log and the edits until it is published.</p>
      )}
      {model.warnings.length > 0 ? (
        <ul aria-label="Warnings" className="mt-3 list-disc pl-6">
          {model.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}

      <section aria-labelledby="downloads-heading" className="mt-6 print:hidden">
        <h2 id="downloads-heading" className="text-lg font-semibold">
          Download
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {DOWNLOAD_FORMATS.map((format) => (
            <li key={format}>
              <a className="underline" href={`/api/exercises/${overview.exercise.id}/report?format=${format}`} download>
                {DOWNLOAD_LABELS[format]}
              </a>
            </li>
          ))}
          <li>
            <a className="underline" href={`/api/exercises/${overview.exercise.id}/report/schema`}>
              JSON Schema of the JSON download
            </a>
          </li>
        </ul>
      </section>

      {canPublish ? <ReportShare exerciseId={overview.exercise.id} published={model.published !== null} sharedAt={sharedAt} /> : null}

      {canPublish && !model.published ? (
        <ReportEditor
          exerciseId={overview.exercise.id}
          summary={summary.text}
          objectives={overview.objectives.map((o) => ({ id: o.id, text: o.text, rating: ratingOf.get(o.id) ?? null }))}
          ratingLabels={RATING_LABELS}
          edits={edits}
          items={improvementPlan.items}
          removedItems={await removedPlanItems(report)}
          canPublish={overview.exercise.status === 'ended'}
        />
      ) : null}

      <section aria-labelledby="summary-heading" className="mt-8">
        <h2 id="summary-heading" className="text-xl font-semibold">
          Executive summary
        </h2>
        <p className="mt-2 whitespace-pre-line" data-testid="report-summary">
          {summary.text}
        </p>
        <p className="mt-2 text-sm">
          {summary.counts.decisions} decisions, {summary.counts.undecided} undecided, {summary.counts.strengths} strengths, {summary.counts.areasForImprovement} areas for improvement,{' '}
          {summary.counts.openActionItems} open action items.
        </p>
      </section>

      <section aria-labelledby="timeline-heading" className="mt-8">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          Timeline
        </h2>
        <Chart svg={decisionTimelineChart(model)} label="Decision timeline" />
        <Chart svg={timeToDecisionChart(model)} label="Time to decision per inject" />
        <ol className="mt-3 list-decimal pl-6">
          {model.timeline.map((entry) => (
            <li key={entry.injectId} className="mt-2">
              <strong>{entry.title}</strong> ({entry.clock})
              {entry.decisionPoint?.decision ? <> – decided: {entry.decisionPoint.decision.optionLabel}</> : entry.decisionPoint ? <> – no decision recorded</> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="analysis-heading" className="mt-8">
        <h2 id="analysis-heading" className="text-xl font-semibold">
          Analysis of objectives
        </h2>
        {analysis.objectives.map((objective) => (
          <div key={objective.id} className="mt-4">
            <h3 className="font-semibold">{objective.text}</h3>
            <p>Rating: {objective.rating ? `${objective.rating.level} – ${objective.rating.label}` : 'not rated'}</p>
            {objective.strengths.length > 0 ? (
              <>
                <h4 className="mt-1 font-medium">Strengths</h4>
                <ul className="list-disc pl-6">
                  {objective.strengths.map((finding, index) => (
                    <li key={index}>{finding.text}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {objective.areasForImprovement.length > 0 ? (
              <>
                <h4 className="mt-1 font-medium">Areas for improvement</h4>
                <ul className="list-disc pl-6">
                  {objective.areasForImprovement.map((finding, index) => (
                    <li key={index}>{finding.text}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ))}
      </section>

      <section aria-labelledby="coverage-heading" className="mt-8">
        <h2 id="coverage-heading" className="text-xl font-semibold">
          Threat coverage
        </h2>
        <Chart svg={coverageHeatmapChart(model)} label="Lifecycle by STRIDE heat map" />
        <ul className="mt-3 list-disc pl-6">
          {coverage.threats.map((threat) => (
            <li key={threat.id}>
              {threat.code} {threat.title}: {threat.gaps.length > 0 ? `${threat.gaps.length} gap(s)` : threat.touched ? 'exercised, no gap' : 'not exercised'}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="plan-heading" className="mt-8">
        <h2 id="plan-heading" className="text-xl font-semibold">
          Improvement plan
        </h2>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col">Objective</th>
                <th scope="col">Issue</th>
                <th scope="col">Corrective action</th>
                <th scope="col">Capability element</th>
                <th scope="col">Owner</th>
                <th scope="col">Start</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {improvementPlan.items.map((item) => (
                <tr key={item.id} className="border-t border-border align-top">
                  <td>{item.objectiveText ?? '—'}</td>
                  <td>{item.issue}</td>
                  <td>{item.correctiveAction ?? '—'}</td>
                  <td>{item.capability ? CAPABILITY_LABELS[item.capability] : '—'}</td>
                  <td>{item.owner ?? '—'}</td>
                  <td>{item.startDate ?? '—'}</td>
                  <td>{item.dueDate ?? '—'}</td>
                  <td>{ITEM_STATUS_LABELS[item.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="appendix-heading" className="mt-8">
        <h2 id="appendix-heading" className="text-xl font-semibold">
          Event log
        </h2>
        <p className="mt-2">
          {appendix.events.length} events.{' '}
          {appendix.chain.ok ? (
            <>
              Integrity check passed; head <code>{appendix.chain.head}</code>.
            </>
          ) : (
            <>Integrity check failed at entry {appendix.chain.firstBrokenSeq}: {appendix.chain.reason}</>
          )}
        </p>
      </section>
    </main>
  );
}
