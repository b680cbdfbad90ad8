import Link from 'next/link';
import { getLibrary } from '@/lib/content/library-source';
import { SearchForm } from '@/components/search/search-form';

export default function HomePage() {
  const library = getLibrary();
  const entryPoints = [
    { href: '/library', title: 'Browse the threat library', text: `${library.threats.length} threats, filterable by collection, STRIDE, lifecycle stage and severity.` },
    { href: '/matrix', title: 'See the lifecycle × STRIDE matrix', text: 'Where threats concentrate across the ML pipeline, as a heat map.' },
    { href: '/frameworks', title: 'Apply STRIDE, LINDDUN and PASTA', text: 'Each framework worked through for ML systems, with a running example.' },
    { href: '/mitigations', title: 'Find the controls', text: `${library.mitigations.length} mitigations, each linked to the threats it addresses and the tools that implement it.` },
  ];
  return (
    <>
      <section className="max-w-3xl">
        <h1 className="text-4xl font-bold">Secure machine-learning systems by practice</h1>
        <p className="mt-4 text-lg text-fg-muted">
          Sandtable is an open ML threat library for engineers who design, build and defend ML pipelines: the OWASP ML Security
          Top 10, STRIDE and LINDDUN applied to ML, PASTA&apos;s seven stages and a catalogue of mitigations — cross-linked and
          mapped to MITRE ATLAS.
        </p>
        <SearchForm inputId="home-q" label="Search the library" placeholder="Try ML04, AML.T0020 or poisoning" className="mt-6" />
        <p className="mt-2 text-sm text-fg-muted">
          Press <kbd className="rounded border border-border px-1">Ctrl K</kbd> (<kbd className="rounded border border-border px-1">⌘ K</kbd> on a Mac) anywhere to search.
        </p>
      </section>
      <ul className="mt-10 grid gap-4 sm:grid-cols-2">
        {entryPoints.map((e) => (
          <li key={e.href} className="rounded border border-border p-5">
            <h2 className="text-lg font-semibold">
              <Link href={e.href}>{e.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-fg-muted">{e.text}</p>
          </li>
        ))}
      </ul>
      {library.collections.length > 0 ? (
        <section aria-labelledby="collections" className="mt-10">
          <h2 id="collections" className="text-xl font-semibold">
            Collections
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {library.collections.map((c) => (
              <li key={c.id} className="rounded border border-border p-4">
                <Link href={c.url} className="font-medium">
                  {c.title}
                </Link>
                <p className="mt-1 text-sm text-fg-muted">{c.summary}</p>
                <p className="mt-1 text-xs text-fg-muted">{library.threatsInCollection(c.id).length} threats</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
