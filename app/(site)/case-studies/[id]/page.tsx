import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AtlasTechniques } from '@/components/library/atlas-techniques';
import { ReferencesList } from '@/components/library/references-list';
import { ThreatList } from '@/components/library/threat-list';
import { MdxContent } from '@/components/mdx/mdx-content';
import { getAtlas, getLibrary } from '@/lib/content/library-source';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().caseStudies.map((c) => ({ id: c.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = getLibrary().caseStudy((await params).id);
  if (!c) return {};
  return { title: c.title, description: c.summary, openGraph: { title: c.title, description: c.summary, type: 'article', url: c.url } };
}

export default async function CaseStudyPage({ params }: Props) {
  const library = getLibrary();
  const atlas = getAtlas();
  const study = library.caseStudy((await params).id);
  if (!study) notFound();
  const threats = study.threats.flatMap((id) => library.threat(id) ?? []);
  const atlasStudy = study.atlasCaseStudy ? atlas.caseStudy(study.atlasCaseStudy) : undefined;
  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm text-fg-muted">
        <Link href="/case-studies">Case studies</Link>
      </nav>
      <p className="mt-2 text-sm uppercase tracking-wide text-fg-muted">
        <time dateTime={study.date}>{study.date}</time> · {study.kind}
      </p>
      <h1 className="text-3xl font-bold">{study.title}</h1>
      <p className="mt-2 max-w-3xl text-lg text-fg-muted">{study.summary}</p>
      <div className="mt-8 grid grid-cols-[minmax(0,1fr)] gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          <MdxContent code={study.mdx} />
          <section aria-labelledby="threats-shown" className="mt-10">
            <h2 id="threats-shown" className="text-lg font-semibold">
              Threats it shows
            </h2>
            <div className="mt-2">
              <ThreatList threats={threats} />
            </div>
          </section>
          <ReferencesList references={study.references} />
        </div>
        <aside aria-label="Case study facts" className="lg:self-start">
          <dl className="divide-y divide-border rounded border border-border px-4">
            <div className="py-2">
              <dt className="text-xs font-semibold uppercase tracking-wide text-fg-muted">ATLAS techniques</dt>
              <dd className="mt-1">
                <AtlasTechniques ids={study.atlas} atlas={atlas} />
              </dd>
            </div>
            {atlasStudy ? (
              <div className="py-2">
                <dt className="text-xs font-semibold uppercase tracking-wide text-fg-muted">ATLAS case study</dt>
                <dd className="mt-1 text-sm">
                  <a href={atlasStudy.url} rel="noopener noreferrer">
                    <span className="font-mono">{atlasStudy.id}</span> {atlasStudy.name}
                  </a>
                </dd>
              </div>
            ) : null}
          </dl>
        </aside>
      </div>
    </article>
  );
}
