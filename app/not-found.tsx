import Link from 'next/link';
import { SearchForm } from '@/components/search/search-form';
import { SiteShell } from '@/components/site/site-shell';

export default function NotFound() {
  return (
    <SiteShell>
    <div className="max-w-2xl">
      <p className="font-mono text-sm text-fg-muted">404</p>
      <h1 className="text-3xl font-bold">No page at this address</h1>
      <p className="mt-2 text-fg-muted">The entry may have moved, or the address has a typo. Search the library for it:</p>
      <SearchForm inputId="not-found-q" label="Search terms" />
      <p className="mt-6">
        Or browse the <Link href="/library">threat library</Link>.
      </p>
    </div>
    </SiteShell>
  );
}
