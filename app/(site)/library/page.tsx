import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LibraryIndex, type IndexedThreat } from '@/components/library/library-index-client';
import { ThreatList } from '@/components/library/threat-list';
import { getLibrary } from '@/lib/content/library-source';
import { facetOptions } from '@/lib/library/facet-options';

export const metadata: Metadata = {
  title: 'Threat library',
  description: 'Every ML threat in Sandtable, filterable by collection, STRIDE category, lifecycle stage and severity.',
  openGraph: { title: 'Threat library', description: 'ML threats filterable by collection, STRIDE, lifecycle stage and severity.' },
};

export default function LibraryPage() {
  const library = getLibrary();
  const threats: IndexedThreat[] = library.threats.map((t) => ({
    id: t.id,
    code: t.code,
    title: t.title,
    summary: t.summary,
    url: t.url,
    severity: t.severity,
    stride: t.stride,
    collections: t.collections,
    lifecycle: t.lifecycle,
  }));
  const groups = facetOptions(threats, library.collections);
  return (
    <>
      <h1 className="text-3xl font-bold">Threat library</h1>
      <p className="mt-2 max-w-3xl text-fg-muted">
        {threats.length} threats to machine-learning systems, each mapped to STRIDE, the ML lifecycle, MITRE ATLAS and the
        mitigations that address it. Combine filters; the address bar keeps them so you can share the view.
      </p>
      <div className="mt-6">
        {/* Without JavaScript (or before it loads) the full list is shown. */}
        <Suspense fallback={<ThreatList threats={threats} headingLevel={2} />}>
          <LibraryIndex threats={threats} groups={groups} />
        </Suspense>
      </div>
    </>
  );
}
