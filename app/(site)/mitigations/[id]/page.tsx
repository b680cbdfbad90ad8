import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AlsoKnownAs } from '@/components/library/also-known-as';
import { AtlasTechniques } from '@/components/library/atlas-techniques';
import { ReferencesList } from '@/components/library/references-list';
import { TermList } from '@/components/library/term-list';
import { ThreatList } from '@/components/library/threat-list';
import { MdxContent } from '@/components/mdx/mdx-content';
import { getAtlas, getLibrary } from '@/lib/content/library-source';
import { LIFECYCLE_NAMES } from '@/lib/library/vocabulary';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().mitigations.map((m) => ({ id: m.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getLibrary().mitigation((await params).id);
  if (!m) return {};
  return { title: m.title, description: m.summary, openGraph: { title: m.title, description: m.summary, type: 'article', url: m.url } };
}

export default async function MitigationPage({ params }: Props) {
  const library = getLibrary();
  const mitigation = library.mitigation((await params).id);
  if (!mitigation) notFound();
  const threats = library.threatsForMitigation(mitigation.id);
  const terms = library.termsUsedIn(mitigation.plainText);

  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm text-fg-muted">
        <Link href="/mitigations">Mitigations</Link>
      </nav>
      <header className="mt-2">
        <p className="text-sm uppercase tracking-wide text-fg-muted">{mitigation.kind} control</p>
        <h1 className="text-3xl font-bold">{mitigation.title}</h1>
        <AlsoKnownAs aliases={mitigation.aliases} />
        <p className="mt-2 max-w-3xl text-lg text-fg-muted">{mitigation.summary}</p>
      </header>
      <div className="mt-8 grid grid-cols-[minmax(0,1fr)] gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          <MdxContent code={mitigation.mdx} />
          <section aria-labelledby="threats-addressed" className="mt-10">
            <h2 id="threats-addressed" className="text-lg font-semibold">
              Threats this mitigation addresses ({threats.length})
            </h2>
            <div className="mt-2">
              {threats.length > 0 ? <ThreatList threats={threats} /> : <p className="text-sm text-fg-muted">No threat in the library lists it yet.</p>}
            </div>
          </section>
          <TermList terms={terms} />
          <ReferencesList references={mitigation.references} />
        </div>
        <aside aria-label="Mitigation facts" className="lg:self-start">
          <dl className="divide-y divide-border rounded border border-border px-4">
            <div className="py-2">
              <dt className="text-xs font-semibold uppercase tracking-wide text-fg-muted">Lifecycle stages</dt>
              <dd className="mt-1 text-sm">{mitigation.lifecycle.map((s) => LIFECYCLE_NAMES[s]).join(', ')}</dd>
            </div>
            {mitigation.tools.length > 0 ? (
              <div className="py-2">
                <dt className="text-xs font-semibold uppercase tracking-wide text-fg-muted">Tools</dt>
                <dd className="mt-1">
                  <ul className="space-y-1 text-sm">
                    {mitigation.tools.map((tool) => (
                      <li key={tool.name}>{tool.url ? <a href={tool.url} rel="noopener noreferrer">{tool.name}</a> : tool.name}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            {mitigation.atlas.length > 0 ? (
              <div className="py-2">
                <dt className="text-xs font-semibold uppercase tracking-wide text-fg-muted">ATLAS mitigations</dt>
                <dd className="mt-1">
                  <AtlasTechniques ids={mitigation.atlas} atlas={getAtlas()} />
                </dd>
              </div>
            ) : null}
          </dl>
        </aside>
      </div>
    </article>
  );
}
