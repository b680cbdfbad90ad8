import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AlsoKnownAs } from '@/components/library/also-known-as';
import { ReferencesList } from '@/components/library/references-list';
import { ThreatList } from '@/components/library/threat-list';
import { MdxContent } from '@/components/mdx/mdx-content';
import { getLibrary } from '@/lib/content/library-source';
import { threatsForFrameworkPage } from '@/lib/library/framework-threats';
import { DFD_ELEMENT_NAMES } from '@/lib/library/vocabulary';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary()
    .frameworkPages.filter((p) => p.kind !== 'overview')
    .map((p) => ({ framework: p.framework, id: p.id }));
}

type Props = { params: Promise<{ framework: string; id: string }> };

function pageOf(framework: string, id: string) {
  return getLibrary().frameworkPages.find((p) => p.framework === framework && p.id === id && p.kind !== 'overview');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { framework, id } = await params;
  const page = pageOf(framework, id);
  if (!page) return {};
  return { title: page.title, description: page.summary, openGraph: { title: page.title, description: page.summary, type: 'article', url: page.url } };
}

function ListBlock({ title, items }: { title: string; items: readonly string[] | undefined }) {
  if (!items || items.length === 0) return null;
  return (
    <section className="rounded border border-border p-4">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-fg-muted">{title}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

export default async function FrameworkPartPage({ params }: Props) {
  const { framework, id } = await params;
  const library = getLibrary();
  const page = pageOf(framework, id);
  if (!page) notFound();
  const overview = library.frameworkPages.find((p) => p.framework === framework && p.kind === 'overview');
  const siblings = library.frameworkPages.filter((p) => p.framework === framework && p.kind !== 'overview');
  const at = siblings.findIndex((p) => p.id === page.id);
  const previous = siblings[at - 1];
  const next = siblings[at + 1];
  const threats = threatsForFrameworkPage(page, library.threats);

  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm text-fg-muted">
        <Link href="/frameworks">Frameworks</Link>
        {overview ? (
          <>
            {' / '}
            <Link href={overview.url}>{overview.title}</Link>
          </>
        ) : null}
      </nav>
      <header className="mt-2">
        <p className="font-mono text-sm text-fg-muted">
          {page.kind === 'stage' ? `Stage ${page.code}` : page.code}
        </p>
        <h1 className="text-3xl font-bold">{page.title}</h1>
        <AlsoKnownAs aliases={page.aliases} />
        <p className="mt-2 max-w-3xl text-lg text-fg-muted">{page.summary}</p>
        {page.property ? (
          <p className="mt-2 text-sm">
            <strong>Property violated:</strong> {page.property}
            {page.appliesTo ? (
              <>
                {' · '}
                <strong>Applies to:</strong> {page.appliesTo.map((e) => DFD_ELEMENT_NAMES[e]).join(', ')}
              </>
            ) : null}
          </p>
        ) : null}
      </header>

      {page.objective ? (
        <div className="mt-6 grid gap-4 md:grid-cols-2">
          <section className="rounded border border-border p-4 md:col-span-2">
            <h2 className="text-sm font-semibold uppercase tracking-wide text-fg-muted">Objective</h2>
            <p className="mt-2">{page.objective}</p>
          </section>
          <ListBlock title="Inputs" items={page.inputs} />
          <ListBlock title="Outputs" items={page.outputs} />
          <div className="md:col-span-2">
            <ListBlock title="Activities for ML systems" items={page.activities} />
          </div>
        </div>
      ) : null}

      <div className="mt-8">
        <MdxContent code={page.mdx} />
      </div>

      {threats.length > 0 ? (
        <section aria-labelledby="threats-in-category" className="mt-10">
          <h2 id="threats-in-category" className="text-lg font-semibold">
            Library threats in this category ({threats.length})
          </h2>
          <div className="mt-2">
            <ThreatList threats={threats} />
          </div>
        </section>
      ) : null}

      <ReferencesList references={page.references} />

      <nav aria-label="Pages in this framework" className="mt-10 flex justify-between gap-4 border-t border-border pt-4 text-sm">
        {previous ? <Link href={previous.url}>← {previous.title}</Link> : <span />}
        {next ? <Link href={next.url}>{next.title} →</Link> : <span />}
      </nav>
    </article>
  );
}
