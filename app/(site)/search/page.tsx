import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SearchFilters } from '@/components/search/search-filters';
import { SearchResults } from '@/components/search/search-results';
import { getLibrary } from '@/lib/content/library-source';
import { facetOptions } from '@/lib/library/facet-options';
import { getSearchEngine } from '@/lib/content/search-source';
import { searchParamsSchema } from '@/lib/search/search-params';
import { SearchForm } from '@/components/search/search-form';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the Sandtable ML threat library by code, ATLAS ID, title or text.',
  openGraph: { title: 'Search', description: 'Search the Sandtable ML threat library.' },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Rendered on the server per request, so search works with JavaScript turned off.
export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const raw = await searchParams;
  const parsed = searchParamsSchema.safeParse(raw);
  const q = typeof raw.q === 'string' ? raw.q.slice(0, 1000) : '';
  const response = parsed.success ? getSearchEngine().search(parsed.data.q, parsed.data, 50) : null;
  const library = getLibrary();
  const groups = facetOptions(library.threats, library.collections);
  return (
    <>
      <h1 className="text-3xl font-bold">Search the library</h1>
      <SearchForm inputId="search-q" label="Search terms" defaultValue={q} placeholder="ML04, AML.T0020, poisoning…">
        <SearchFilters groups={groups} selected={parsed.success ? parsed.data : {}} />
      </SearchForm>
      {parsed.success ? null : (
        <p role="alert" className="mt-4 text-sm">
          {parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}
        </p>
      )}
      {response ? <SearchResults response={response} /> : null}
    </>
  );
}
