import type { Metadata } from 'next';
import Link from 'next/link';
import { getLibrary } from '@/lib/content/library-source';

export const metadata: Metadata = {
  title: 'Case studies',
  description: 'Real, dated incidents and published research exercises against ML systems, mapped to the library.',
  openGraph: { title: 'Case studies', description: 'Real incidents and research exercises against ML systems.' },
};

export default function CaseStudiesPage() {
  const { caseStudies } = getLibrary();
  return (
    <>
      <h1 className="text-3xl font-bold">Case studies</h1>
      <p className="mt-2 max-w-3xl text-fg-muted">
        {caseStudies.length} incidents and research exercises, newest first, each linked to the threats and ATLAS techniques it
        shows.
      </p>
      <ul className="mt-6 grid gap-3">
        {caseStudies.map((c) => (
          <li key={c.id} className="rounded border border-border p-4">
            <p className="text-xs uppercase tracking-wide text-fg-muted">
              <time dateTime={c.date}>{c.date}</time> · {c.kind}
            </p>
            <h2 className="font-semibold">
              <Link href={c.url}>{c.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-fg-muted">{c.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
