// Objective ratings over time: the chart, the same numbers as a table, and each objective's ratings
// in the order its scenario ran.
import Link from 'next/link';
import { ratingsOverTimeChart } from '@/lib/dashboard/ratings-over-time-chart';
import type { RatingsOverTime } from '@/lib/dashboard/ratings-over-time';
import { RATING_LABELS, RATING_LEVELS } from '@/lib/report/hseep';
import { SvgChart } from './svg-chart';

export function RatingsSection({ ratings }: { ratings: RatingsOverTime }) {
  const { points, byObjective } = ratings;
  return (
    <section aria-labelledby="ratings-heading" className="mt-10">
      <h2 id="ratings-heading" className="text-xl font-semibold">
        Objective ratings over time
      </h2>
      <p className="mt-1 text-sm text-fg-muted">
        The HSEEP rating of each objective of each team exercise, from its report (published, else the facilitator’s draft). Solo practice is not included.
      </p>
      {points.length === 0 ? (
        <p className="mt-3">No team exercise has started yet.</p>
      ) : (
        <>
          <SvgChart svg={ratingsOverTimeChart(points)} label="Objective ratings per team exercise, oldest first" />
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="mb-1 text-left font-medium">Objectives per rating, per exercise, oldest first</caption>
              <thead>
                <tr className="border-b border-border">
                  <th scope="col" className="p-2">Exercise</th>
                  <th scope="col" className="p-2">Started</th>
                  {RATING_LEVELS.map((level) => (
                    <th key={level} scope="col" className="p-2">
                      <abbr title={RATING_LABELS[level]}>{level}</abbr>
                    </th>
                  ))}
                  <th scope="col" className="p-2">Not rated</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.exerciseId} className="border-b border-border">
                    <th scope="row" className="p-2 font-normal">
                      <Link href={`/exercises/${p.exerciseId}/report`}>{p.title}</Link>
                      {p.report === 'published' ? null : <span className="text-fg-muted"> (draft)</span>}
                    </th>
                    <td className="p-2">
                      <time dateTime={p.date}>{p.date}</time>
                    </td>
                    {RATING_LEVELS.map((level) => (
                      <td key={level} className="p-2">
                        {p.counts[level]}
                      </td>
                    ))}
                    <td className="p-2">{p.counts.unrated}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3 className="mt-6 font-semibold">By objective</h3>
          <ul className="mt-2 space-y-2 text-sm">
            {byObjective.map((o) => (
              <li key={`${o.scenarioId}/${o.objectiveId}`}>
                <span className="font-medium">{o.text}</span>
                <ol aria-label={`Ratings of: ${o.text}`} className="mt-1 flex flex-wrap gap-x-3 text-fg-muted">
                  {o.points.map((p) => (
                    <li key={p.exerciseId}>
                      <time dateTime={p.date}>{p.date}</time>: {p.level ? <abbr title={RATING_LABELS[p.level]}>{p.level}</abbr> : 'not rated'}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
