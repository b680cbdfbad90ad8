import type { Metadata } from 'next';
import Link from 'next/link';
import { getLibrary } from '@/lib/content/library-source';
import { CONTROL_KINDS } from '@/lib/library/vocabulary';

export const metadata: Metadata = {
  title: 'Mitigations',
  description: 'Controls that prevent, detect and respond to attacks on ML systems, with the tools that implement them.',
  openGraph: { title: 'Mitigations', description: 'Controls for ML systems and the tools that implement them.' },
};

const KIND_TITLE = { prevent: 'Prevent', detect: 'Detect', respond: 'Respond' } as const;

export default function MitigationsPage() {
  const library = getLibrary();
  return (
    <>
      <h1 className="text-3xl font-bold">Mitigations</h1>
      <p className="mt-2 max-w-3xl text-fg-muted">
        {library.mitigations.length} controls, grouped by what they do. Each lists the threats it addresses and the tools that
        implement it.
      </p>
      {CONTROL_KINDS.map((kind) => {
        const list = library.mitigations.filter((m) => m.kind === kind);
        if (list.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-8">
            <h2 id={`kind-${kind}`} className="text-xl font-semibold">
              {KIND_TITLE[kind]} <span className="text-base font-normal text-fg-muted">({list.length})</span>
            </h2>
            <ul className="mt-3 grid gap-3 md:grid-cols-2">
              {list.map((m) => (
                <li key={m.id} className="rounded border border-border p-4">
                  <h3 className="font-semibold">
                    <Link href={m.url}>{m.title}</Link>
                  </h3>
                  <p className="mt-1 text-sm text-fg-muted">{m.summary}</p>
                  <p className="mt-2 text-xs text-fg-muted">Addresses {library.threatsForMitigation(m.id).length} threats</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
