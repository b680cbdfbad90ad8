import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ThreatList } from '@/components/library/threat-list';
import { MdxContent } from '@/components/mdx/mdx-content';
import { getLibrary } from '@/lib/content/library-source';
import { getScenario, getScenarios } from '@/lib/content/scenario-source';

export const dynamicParams = false;

export function generateStaticParams() {
  return getScenarios().map((entry) => ({ id: entry.scenario.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = getScenario((await params).id);
  if (!entry) return {};
  const { title, summary } = entry.briefing;
  return { title: `${title} (tabletop scenario)`, description: summary, openGraph: { title, description: summary, type: 'article', url: entry.url } };
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="py-2">
      <dt className="text-xs font-semibold uppercase tracking-wide text-fg-muted">{label}</dt>
      <dd className="mt-1 text-sm">{children}</dd>
    </div>
  );
}

// The public briefing: only what participants may read before the session. Everything shown
// comes from the briefing (a whitelist); the compiled background is rendered here, on the server.
export default async function ScenarioBriefingPage({ params }: Props) {
  const entry = getScenario((await params).id);
  if (!entry) notFound();
  const { briefing } = entry;
  const library = getLibrary();
  const threats = briefing.threats.flatMap((id) => library.threat(id) ?? []);
  const collections = briefing.collections.flatMap((id) => library.collection(id) ?? []);

  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm text-fg-muted">
        <Link href="/scenarios">Scenarios</Link>
      </nav>
      <header className="mt-2">
        <p className="text-sm uppercase tracking-wide text-fg-muted">Tabletop scenario · briefing</p>
        <h1 className="text-3xl font-bold">{briefing.title}</h1>
        <p className="mt-2 max-w-3xl text-lg text-fg-muted">{briefing.summary}</p>
        <p className="mt-4">
          <Link
            href={`/exercises/new?scenario=${encodeURIComponent(briefing.id)}`}
            className="inline-block rounded bg-accent px-4 py-2 font-semibold text-accent-fg no-underline"
          >
            Run this exercise
          </Link>
        </p>
      </header>

      <div className="mt-8 grid grid-cols-[minmax(0,1fr)] gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          <section aria-labelledby="objectives">
            <h2 id="objectives" className="text-xl font-semibold">
              Objectives
            </h2>
            <p className="mt-1 text-sm text-fg-muted">What the team is asked to do; the after-action report rates each one.</p>
            <ol className="mt-3 list-decimal space-y-2 pl-5">
              {briefing.objectives.map((o) => (
                <li key={o.id}>{o.text}</li>
              ))}
            </ol>
          </section>

          {/* The background brings its own ## headings, so the section is named without one of its own. */}
          <section aria-label="Background" className="mt-10">
            <p className="text-sm font-semibold uppercase tracking-wide text-fg-muted">Background</p>
            <MdxContent code={entry.backgroundMdx} />
          </section>

          <section aria-labelledby="roles" className="mt-10">
            <h2 id="roles" className="text-xl font-semibold">
              Roles
            </h2>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2">
              {briefing.roles.map((r) => (
                <li key={r.id} className="rounded border border-border p-3">
                  <h3 className="font-semibold">{r.name}</h3>
                  <p className="mt-1 text-sm text-fg-muted">{r.brief}</p>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="threats-in-scope" className="mt-10">
            <h2 id="threats-in-scope" className="text-xl font-semibold">
              Threats in scope
            </h2>
            <p className="mt-1 text-sm text-fg-muted">Worth reading beforehand: the library entries this exercise draws on.</p>
            <div className="mt-3">
              <ThreatList threats={threats} />
            </div>
          </section>
        </div>

        <aside aria-label="Scenario facts" className="lg:sticky lg:top-4 lg:self-start">
          <dl className="divide-y divide-border rounded border border-border px-4">
            <Fact label="Duration">{briefing.durationMinutes} minutes</Fact>
            <Fact label="Difficulty">
              <span className="capitalize">{briefing.difficulty}</span>
            </Fact>
            <Fact label="Structure">
              {briefing.injectCount} injects, {briefing.decisionPointCount} decision points
            </Fact>
            <Fact label="Roles">{briefing.roles.length}</Fact>
            {collections.length > 0 ? (
              <Fact label="Collections">
                {collections.map((c, i) => (
                  <span key={c.id}>
                    {i > 0 ? ', ' : ''}
                    <Link href={c.url}>{c.title}</Link>
                  </span>
                ))}
              </Fact>
            ) : null}
            <Fact label="Briefing as JSON">
              <a href={`/api/scenarios/${briefing.id}`} className="font-mono text-xs">
                /api/scenarios/{briefing.id}
              </a>
            </Fact>
          </dl>
        </aside>
      </div>
    </article>
  );
}
