import type { Metadata } from 'next';
import Link from 'next/link';
import { getLibrary } from '@/lib/content/library-source';

export const metadata: Metadata = {
  title: 'Frameworks',
  description: 'STRIDE, LINDDUN and PASTA applied to machine-learning systems.',
  openGraph: { title: 'Frameworks', description: 'STRIDE, LINDDUN and PASTA applied to machine-learning systems.' },
};

export default function FrameworksPage() {
  const pages = getLibrary().frameworkPages;
  const overviews = pages.filter((p) => p.kind === 'overview');
  return (
    <>
      <h1 className="text-3xl font-bold">Threat-modelling frameworks for ML</h1>
      <p className="mt-2 max-w-3xl text-fg-muted">
        Three lenses on the same pipeline: STRIDE for security properties per element, LINDDUN for privacy, and PASTA for a
        risk-centred process from business objectives to residual risk.
      </p>
      <ul className="mt-6 grid gap-4 md:grid-cols-3">
        {overviews.map((o) => {
          const parts = pages.filter((p) => p.framework === o.framework && p.kind !== 'overview');
          return (
            <li key={o.id} className="rounded border border-border p-4">
              <h2 className="text-xl font-semibold">
                <Link href={o.url}>{o.title}</Link>
              </h2>
              <p className="mt-1 text-sm text-fg-muted">{o.summary}</p>
              <ul className="mt-3 space-y-1 text-sm">
                {parts.map((p) => (
                  <li key={p.id}>
                    <Link href={p.url}>
                      <span className="font-mono">{p.code}</span> {p.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}
