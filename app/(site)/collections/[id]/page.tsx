import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReferencesList } from '@/components/library/references-list';
import { SeverityBadge } from '@/components/library/severity-badge';
import { StrideBadges } from '@/components/library/stride-badges';
import { MdxContent } from '@/components/mdx/mdx-content';
import { getLibrary } from '@/lib/content/library-source';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().collections.map((c) => ({ id: c.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = getLibrary().collection((await params).id);
  if (!c) return {};
  return { title: c.title, description: c.summary, openGraph: { title: c.title, description: c.summary, url: c.url } };
}

// The one-page summary users of the OWASP lists ask for: overview, then every entry with its
// summary, severity, STRIDE and mitigations, laid out to print on few pages.
export default async function CollectionPage({ params }: Props) {
  const library = getLibrary();
  const collection = library.collection((await params).id);
  if (!collection) notFound();
  const threats = library.threatsInCollection(collection.id);
  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm text-fg-muted" data-print-hidden>
        <Link href="/library">Library</Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold">{collection.title}</h1>
      {collection.version ? <p className="text-sm text-fg-muted">Version {collection.version}</p> : null}
      <p className="mt-2 max-w-3xl text-lg text-fg-muted">{collection.summary}</p>
      <div className="mt-6">
        <MdxContent code={collection.mdx} />
      </div>
      <section aria-labelledby="entries" className="mt-8">
        <h2 id="entries" className="text-xl font-semibold">
          The {threats.length} entries
        </h2>
        <div className="mt-3 relative overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col" className="border border-border bg-bg-muted p-2">Entry</th>
              <th scope="col" className="border border-border bg-bg-muted p-2">Summary</th>
              <th scope="col" className="border border-border bg-bg-muted p-2">Severity · STRIDE</th>
              <th scope="col" className="border border-border bg-bg-muted p-2">Key mitigations</th>
            </tr>
          </thead>
          <tbody>
            {threats.map((t) => (
              <tr key={t.id} className="align-top">
                <th scope="row" className="border border-border p-2 text-left font-medium">
                  <Link href={t.url}>
                    <span className="block font-mono text-xs text-fg-muted">{t.code}</span>
                    {t.title}
                  </Link>
                </th>
                <td className="border border-border p-2">{t.summary}</td>
                <td className="border border-border p-2">
                  <SeverityBadge severity={t.severity} /> <StrideBadges letters={t.stride} />
                </td>
                <td className="border border-border p-2">
                  <ul>
                    {t.mitigations.slice(0, 4).map((id) => {
                      const m = library.mitigation(id);
                      return m ? (
                        <li key={id}>
                          <Link href={m.url}>{m.title}</Link>
                        </li>
                      ) : null;
                    })}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </section>
      <ReferencesList references={collection.references} />
    </article>
  );
}
