import type { Metadata } from 'next';
import Link from 'next/link';
import { MdxContent } from '@/components/mdx/mdx-content';
import { getLibrary } from '@/lib/content/library-source';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'The vocabulary of ML security, defined precisely and linked to the threats that use it.',
  openGraph: { title: 'Glossary', description: 'The vocabulary of ML security.' },
};

export default function GlossaryPage() {
  const library = getLibrary();
  const letters = [...new Set(library.glossary.map((g) => g.term[0]?.toUpperCase() ?? ''))];
  return (
    <>
      <h1 className="text-3xl font-bold">Glossary</h1>
      <p className="mt-2 max-w-3xl text-fg-muted">{library.glossary.length} terms. Library entries link here wherever they use one.</p>
      <nav aria-label="Glossary letters" className="mt-4 flex flex-wrap gap-2 text-sm">
        {letters.map((letter) => (
          <a key={letter} href={`#letter-${letter}`} className="rounded border border-border px-2 py-0.5">
            {letter}
          </a>
        ))}
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="mt-6">
          <h2 id={`letter-${letter}`} className="scroll-mt-4 border-b border-border pb-1 text-xl font-semibold">
            {letter}
          </h2>
          <dl>
            {library.glossary
              .filter((g) => (g.term[0]?.toUpperCase() ?? '') === letter)
              .map((g) => {
                const related = g.related.flatMap((id) => library.threat(id) ?? []);
                return (
                  <div key={g.id} id={g.id} className="scroll-mt-4 border-b border-border py-4">
                    <dt className="text-lg font-semibold">
                      {g.term}
                      {g.aliases.length > 0 ? <span className="ml-2 text-sm font-normal text-fg-muted">also: {g.aliases.join(', ')}</span> : null}
                    </dt>
                    <dd className="mt-1">
                      <p className="font-medium">{g.summary}</p>
                      <MdxContent code={g.mdx} />
                      {related.length > 0 ? (
                        <p className="text-sm">
                          See:{' '}
                          {related.map((t, j) => (
                            <span key={t.id}>
                              {j > 0 ? ', ' : ''}
                              <Link href={t.url}>
                                {t.code} {t.title}
                              </Link>
                            </span>
                          ))}
                        </p>
                      ) : null}
                      <p className="mt-1 text-xs text-fg-muted">
                        Source:{' '}
                        {g.references.map((r, j) => (
                          <span key={r.url}>
                            {j > 0 ? '; ' : ''}
                            <a href={r.url} rel="noopener noreferrer">
                              {r.title}
                            </a>
                          </span>
                        ))}
                      </p>
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </>
  );
}
