import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExercisedIn } from '@/components/exercise/exercised-in';
import { AlsoKnownAs } from '@/components/library/also-known-as';
import { AtlasTechniques } from '@/components/library/atlas-techniques';
import { ReferencesList } from '@/components/library/references-list';
import { SeverityBadge } from '@/components/library/severity-badge';
import { StrideBadges } from '@/components/library/stride-badges';
import { TermList } from '@/components/library/term-list';
import { ThreatList } from '@/components/library/threat-list';
import { MdxContent } from '@/components/mdx/mdx-content';
import { getAtlas, getLibrary } from '@/lib/content/library-source';
import { DFD_ELEMENT_NAMES, LIFECYCLE_NAMES, LINDDUN_NAMES } from '@/lib/library/vocabulary';

export const dynamicParams = false;

const REFERENCE_KIND = { framework: 'Framework', mitigation: 'Mitigation', collection: 'Collection', glossary: 'Glossary' } as const;

export function generateStaticParams() {
  return getLibrary().threats.map((t) => ({ id: t.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const threat = getLibrary().threat((await params).id);
  if (!threat) return {};
  const title = `${threat.code} ${threat.title}`;
  return { title, description: threat.summary, openGraph: { title, description: threat.summary, type: 'article', url: threat.url } };
}

function Facts({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="py-2">
      <dt className="text-xs font-semibold uppercase tracking-wide text-fg-muted">{label}</dt>
      <dd className="mt-1 text-sm">{children}</dd>
    </div>
  );
}

export default async function ThreatPage({ params }: Props) {
  const library = getLibrary();
  const atlas = getAtlas();
  const threat = library.threat((await params).id);
  if (!threat) notFound();

  const mitigations = threat.mitigations.flatMap((id) => library.mitigation(id) ?? []);
  const related = library.relatedThreats(threat.id);
  const caseStudies = library.caseStudiesForThreat(threat.id);
  const collections = threat.collections.flatMap((id) => library.collection(id) ?? []);
  const terms = library.termsUsedIn(threat.plainText);
  const references = library.referencesTo(threat.id);

  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm text-fg-muted">
        <Link href="/library">Library</Link>
        {collections[0] ? (
          <>
            {' / '}
            <Link href={collections[0].url}>{collections[0].title}</Link>
          </>
        ) : null}
      </nav>
      <header className="mt-2">
        <p className="font-mono text-sm text-fg-muted">{threat.code}</p>
        <h1 className="text-3xl font-bold">{threat.title}</h1>
        <AlsoKnownAs aliases={threat.aliases} />
        <p className="mt-2 max-w-3xl text-lg text-fg-muted">{threat.summary}</p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <SeverityBadge severity={threat.severity} />
          <StrideBadges letters={threat.stride} />
          <span className="text-sm text-fg-muted">{threat.readingMinutes} min read</span>
        </div>
      </header>

      <div className="mt-8 grid grid-cols-[minmax(0,1fr)] gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          <MdxContent code={threat.mdx} />

          <section aria-labelledby="mitigations-list" className="mt-10">
            <h2 id="mitigations-list" className="text-lg font-semibold">
              Mitigations in the library
            </h2>
            <ul className="mt-2 grid gap-2">
              {mitigations.map((m) => (
                <li key={m.id} className="rounded border border-border p-3">
                  <Link href={m.url} className="font-medium">
                    {m.title}
                  </Link>
                  <span className="ml-2 text-xs uppercase text-fg-muted">{m.kind}</span>
                  <p className="text-sm text-fg-muted">{m.summary}</p>
                </li>
              ))}
            </ul>
          </section>

          {related.length > 0 ? (
            <section aria-labelledby="related" className="mt-10">
              <h2 id="related" className="text-lg font-semibold">
                Related threats
              </h2>
              <div className="mt-2">
                <ThreatList threats={related} />
              </div>
            </section>
          ) : null}

          {caseStudies.length > 0 ? (
            <section aria-labelledby="case-studies" className="mt-10">
              <h2 id="case-studies" className="text-lg font-semibold">
                Case studies
              </h2>
              <ul className="mt-2 list-disc pl-5">
                {caseStudies.map((c) => (
                  <li key={c.id}>
                    <Link href={c.url}>{c.title}</Link> <span className="text-sm text-fg-muted">({c.date})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <ExercisedIn threatId={threat.id} />

          {references.length > 0 ? (
            <section aria-labelledby="referenced-from" className="mt-10">
              <h2 id="referenced-from" className="text-lg font-semibold">
                Referenced from
              </h2>
              <ul className="mt-2 list-disc pl-5 text-sm">
                {references.map((r) => (
                  <li key={r.url}>
                    <span className="text-fg-muted">{REFERENCE_KIND[r.kind]}: </span>
                    <Link href={r.url}>{r.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <TermList terms={terms} />
          <ReferencesList references={threat.references} />
        </div>

        <aside aria-label="Threat facts" className="lg:sticky lg:top-4 lg:self-start">
          <dl className="divide-y divide-border rounded border border-border px-4">
            <Facts label="Collections">
              {collections.map((c, i) => (
                <span key={c.id}>
                  {i > 0 ? ', ' : ''}
                  <Link href={c.url}>{c.title}</Link>
                </span>
              ))}
            </Facts>
            <Facts label="Lifecycle stages">
              {threat.lifecycle.map((s) => LIFECYCLE_NAMES[s]).join(', ')}
            </Facts>
            <Facts label="DFD elements targeted">
              {threat.components.map((c) => DFD_ELEMENT_NAMES[c]).join(', ')}
            </Facts>
            {threat.linddun.length > 0 ? (
              <Facts label="LINDDUN">{threat.linddun.map((c) => LINDDUN_NAMES[c]).join(', ')}</Facts>
            ) : null}
            <Facts label="MITRE ATLAS">
              <AtlasTechniques ids={threat.atlas} atlas={atlas} />
            </Facts>
            {threat.tags.length > 0 ? <Facts label="Tags">{threat.tags.join(', ')}</Facts> : null}
            <Facts label="Source">
              <span className="font-mono text-xs">{threat.sourceFile}</span>
            </Facts>
          </dl>
        </aside>
      </div>
    </article>
  );
}
