import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AlsoKnownAs } from '@/components/library/also-known-as';
import { ReferencesList } from '@/components/library/references-list';
import { MdxContent } from '@/components/mdx/mdx-content';
import { getLibrary } from '@/lib/content/library-source';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary()
    .frameworkPages.filter((p) => p.kind === 'overview')
    .map((p) => ({ framework: p.framework }));
}

type Props = { params: Promise<{ framework: string }> };

function overviewOf(framework: string) {
  return getLibrary().frameworkPages.find((p) => p.framework === framework && p.kind === 'overview');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = overviewOf((await params).framework);
  if (!page) return {};
  return { title: page.title, description: page.summary, openGraph: { title: page.title, description: page.summary, url: page.url } };
}

export default async function FrameworkOverviewPage({ params }: Props) {
  const { framework } = await params;
  const overview = overviewOf(framework);
  if (!overview) notFound();
  const parts = getLibrary().frameworkPages.filter((p) => p.framework === framework && p.kind !== 'overview');
  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm text-fg-muted">
        <Link href="/frameworks">Frameworks</Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold">{overview.title}</h1>
      <AlsoKnownAs aliases={overview.aliases} />
      <p className="mt-2 max-w-3xl text-lg text-fg-muted">{overview.summary}</p>
      <nav aria-label={`${overview.title} pages`} className="mt-6">
        <ol className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {parts.map((p) => (
            <li key={p.id} className="rounded border border-border p-3">
              <Link href={p.url} className="font-medium">
                <span className="font-mono text-sm text-fg-muted">{p.code}</span> {p.title}
              </Link>
              <p className="mt-1 text-xs text-fg-muted">{p.summary}</p>
            </li>
          ))}
        </ol>
      </nav>
      <div className="mt-8">
        <MdxContent code={overview.mdx} />
      </div>
      <ReferencesList references={overview.references} />
    </article>
  );
}
