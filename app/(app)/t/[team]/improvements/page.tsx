import type { Metadata } from 'next';
import Link from 'next/link';
import { ItemEditor } from '@/components/improvement/item-editor-client';
import { ItemHistory } from '@/components/improvement/item-history';
import { exerciseLabel, OverdueBadge, PlanTable, ThreatLinks, type ThreatLink } from '@/components/improvement/plan-table';
import { PlanFilters } from '@/components/improvement/plan-filters';
import { can } from '@/lib/auth/permissions';
import { getLibrary } from '@/lib/content/library-source';
import { DEFAULT_FILTERS, parseItemFilters, planFacets } from '@/lib/improvement/item-list';
import { CAPABILITY_LABELS, ITEM_STATUS_LABELS } from '@/lib/report/hseep';
import { getDb } from '@/lib/server/database';
import { listImprovementItems } from '@/lib/server/improvements/improvement-items';
import { requireTeam } from '@/lib/server/page-guards';
import { listMembers } from '@/lib/server/teams';

export const metadata: Metadata = { title: 'Improvement plan', robots: { index: false } };

type Props = { params: Promise<{ team: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const HEADINGS = { open: 'Open items', closed: 'Closed items', all: 'All items' } as const;

export default async function ImprovementPlanPage({ params, searchParams }: Props) {
  const { team: slug } = await params;
  const path = `/t/${slug}/improvements`;
  const { team } = await requireTeam(slug, 'report.read', path);
  const parsed = parseItemFilters(await searchParams);
  const filters = parsed.ok ? parsed.filters : DEFAULT_FILTERS;
  const db = await getDb();
  const [plan, members] = await Promise.all([listImprovementItems(db, team, filters), listMembers(db, team.teamId)]);
  const people = members.map((m) => ({ userId: m.userId, name: m.name }));
  const library = getLibrary();
  const threatLabel = (id: string) => {
    const threat = library.threat(id);
    return threat ? `${threat.code} ${threat.title}` : id;
  };
  const threats = (ids: readonly string[]): ThreatLink[] => ids.map((id) => ({ id, label: threatLabel(id), href: library.threat(id) ? `/threats/${id}` : null }));
  const canWrite = can(team.role, 'improvement.write');

  return (
    <div>
      <p className="text-sm">
        <Link href={`/t/${team.slug}`}>{team.name}</Link> / improvement plan
      </p>
      <h1 className="text-3xl font-bold">Improvement plan</h1>
      <p className="mt-1 text-fg-muted">Every item of every published after-action report, kept and worked on after the exercise ends.</p>
      <dl aria-label="Plan totals" className="mt-4 flex flex-wrap gap-3">
        {(
          [
            ['Open', plan.counts.open],
            ['Overdue', plan.counts.overdue],
            ['Closed', plan.counts.closed],
          ] as const
        ).map(([label, count]) => (
          <div key={label} className="rounded border border-border px-4 py-2">
            <dt className="text-sm text-fg-muted">{label}</dt>
            <dd className="text-2xl font-semibold" data-count={label.toLowerCase()}>
              {count}
            </dd>
          </div>
        ))}
      </dl>

      <PlanFilters action={path} filters={filters} facets={planFacets(plan.all)} members={people} threatLabel={threatLabel} />
      {parsed.ok ? null : (
        <p role="alert" className="mt-4 rounded border border-red-700 px-3 py-2 text-sm text-red-700 dark:text-red-400">
          {parsed.message} Showing the open items instead.
        </p>
      )}

      <section aria-labelledby="items-heading" className="mt-8">
        <h2 id="items-heading" className="text-xl font-semibold">
          {HEADINGS[filters.status]} ({plan.items.length})
        </h2>
        {plan.all.length === 0 ? (
          <p className="mt-2 text-fg-muted">
            No items yet. Publishing an exercise’s after-action report adds its improvement plan here; see the <Link href={`/t/${team.slug}/exercises`}>exercises</Link>.
          </p>
        ) : plan.items.length === 0 ? (
          <p className="mt-2 text-fg-muted">No items match these filters.</p>
        ) : (
          <PlanTable items={plan.items} threats={threats} />
        )}
      </section>

      {plan.items.length > 0 ? (
        <section aria-labelledby="details-heading" className="mt-10">
          <h2 id="details-heading" className="text-xl font-semibold">
            Item details and updates
          </h2>
          {plan.items.map((item) => (
            <section key={item.id} id={`item-${item.id}`} aria-labelledby={`item-heading-${item.id}`} className={`mt-4 rounded border p-4 ${item.overdue ? 'border-heat-4 border-l-8' : 'border-border'}`}>
              <h3 id={`item-heading-${item.id}`} className="font-semibold wrap-anywhere">
                {item.issue}
              </h3>
              <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="text-fg-muted">Status</dt>
                <dd>
                  {ITEM_STATUS_LABELS[item.status]}
                  {item.overdue ? <OverdueBadge /> : null}
                </dd>
                <dt className="text-fg-muted">Owner</dt>
                <dd className="wrap-anywhere">{item.owner ?? 'Unassigned'}</dd>
                <dt className="text-fg-muted">Due</dt>
                <dd>{item.dueDate ?? 'No date'}</dd>
                <dt className="text-fg-muted">Capability element</dt>
                <dd>{item.capability ? CAPABILITY_LABELS[item.capability] : 'Not set'}</dd>
                <dt className="text-fg-muted">Exercise</dt>
                <dd>
                  <Link href={`/exercises/${item.exerciseId}/report`}>{exerciseLabel(item)}</Link>
                </dd>
                <dt className="text-fg-muted">Threats</dt>
                <dd>
                  <ThreatLinks links={threats(item.threatIds)} />
                </dd>
              </dl>
              <h4 className="mt-3 text-sm font-semibold">History</h4>
              <ItemHistory history={item.history} />
              {canWrite ? (
                <details className="mt-3">
                  <summary className="cursor-pointer font-medium">Update this item</summary>
                  <noscript>
                    <p className="mt-2 text-sm">Updating an item needs JavaScript: turn it on for this site to reassign, reschedule or close items.</p>
                  </noscript>
                  <ItemEditor
                    teamSlug={team.slug}
                    members={people}
                    item={{
                      id: item.id,
                      version: item.version,
                      status: item.status,
                      ownerUserId: item.ownerUserId,
                      ownerName: item.ownerName,
                      dueDate: item.dueDate,
                      correctiveAction: item.correctiveAction,
                      capability: item.capability,
                    }}
                  />
                </details>
              ) : null}
            </section>
          ))}
        </section>
      ) : null}
    </div>
  );
}
