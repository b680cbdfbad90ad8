// The team's exercises (or the viewer's solo practice) as a table: status, dates, report state.
import Link from 'next/link';
import type { ExerciseEntry } from '@/lib/dashboard/summarize-exercises';
import { Day } from './how-well-label';

const STATUS_LABELS: Record<ExerciseEntry['status'], string> = { lobby: 'In the lobby', running: 'Running', paused: 'Paused', ended: 'Ended' };
const REPORT_LABELS = { published: 'Published', draft: 'Draft', none: 'Draft, not edited' } as const;

export function ExerciseList({ caption, entries, showReports }: { caption: string; entries: ExerciseEntry[]; showReports: boolean }) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-medium">{caption}</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="p-2">Exercise</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">Started</th>
            <th scope="col" className="p-2">Ended</th>
            {showReports ? <th scope="col" className="p-2">Report</th> : null}
            <th scope="col" className="p-2">Threats in scope</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-border align-top">
              <td className="p-2">
                <Link href={`/exercises/${e.id}`}>{e.title}</Link>
              </td>
              <td className="p-2">{STATUS_LABELS[e.status]}</td>
              <td className="p-2">
                <Day iso={e.started} />
              </td>
              <td className="p-2">
                <Day iso={e.ended} />
              </td>
              {showReports ? (
                <td className="p-2">{e.status === 'ended' && e.report ? <Link href={`/exercises/${e.id}/report`}>{REPORT_LABELS[e.report]}</Link> : '—'}</td>
              ) : null}
              <td className="p-2">{e.threatCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
