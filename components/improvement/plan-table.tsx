import Link from 'next/link';
import { ITEM_STATUS_LABELS } from '@/lib/report/hseep';
import type { ImprovementItemView } from '@/lib/server/improvements/item-rows';

export interface ThreatLink {
  id: string;
  label: string;
  /** Null when the library no longer holds the threat. */
  href: string | null;
}

interface Props {
  items: ImprovementItemView[];
  threats: (ids: readonly string[]) => ThreatLink[];
}

export function OverdueBadge() {
  return <strong className="ml-1 inline-block rounded bg-heat-4 px-1.5 text-xs font-semibold text-heat-4-fg">Overdue</strong>;
}

export function ThreatLinks({ links }: { links: ThreatLink[] }) {
  return (
    <ul>
      {links.map((t) => (
        <li key={t.id}>{t.href ? <Link href={t.href}>{t.label}</Link> : t.label}</li>
      ))}
    </ul>
  );
}

export function exerciseLabel(item: Pick<ImprovementItemView, 'exerciseTitle' | 'exerciseEndedAt'>): string {
  return item.exerciseEndedAt ? `${item.exerciseTitle} (${item.exerciseEndedAt.slice(0, 10)})` : item.exerciseTitle;
}

/** The plan as a matrix, one row per item; overdue rows are tinted and say "Overdue" in words. */
export function PlanTable({ items, threats }: Props) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="p-2">Issue</th>
            <th scope="col" className="p-2">Corrective action</th>
            <th scope="col" className="p-2">Objective</th>
            <th scope="col" className="p-2">Threats</th>
            <th scope="col" className="p-2">Exercise</th>
            <th scope="col" className="p-2">Owner</th>
            <th scope="col" className="p-2">Due</th>
            <th scope="col" className="p-2">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-item={item.id} className={`border-b border-border align-top ${item.overdue ? 'bg-heat-1 text-heat-fg' : ''}`}>
              <td className="p-2 wrap-anywhere">
                <a href={`#item-${item.id}`}>{item.issue}</a>
              </td>
              <td className="p-2 wrap-anywhere">{item.correctiveAction ?? 'Not decided yet'}</td>
              <td className="p-2">{item.objectiveText ?? 'No objective'}</td>
              <td className="p-2">
                <ThreatLinks links={threats(item.threatIds)} />
              </td>
              <td className="p-2">
                <Link href={`/exercises/${item.exerciseId}/report`}>{exerciseLabel(item)}</Link>
              </td>
              <td className="p-2 wrap-anywhere">{item.owner ?? 'Unassigned'}</td>
              <td className="p-2 whitespace-nowrap">
                {item.dueDate ?? 'No date'}
                {item.overdue ? <OverdueBadge /> : null}
              </td>
              <td className="p-2">{ITEM_STATUS_LABELS[item.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
