import Link from 'next/link';
import { getAtlas } from '@/lib/content/library-source';

export function SiteFooter() {
  return (
    <footer data-site-footer className="border-t border-border py-6 text-sm text-fg-muted">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <p>
          Sandtable is open source. ATLAS technique IDs and names from{' '}
          <a href="https://atlas.mitre.org/">{getAtlas().source}</a> (Apache-2.0, © The MITRE Corporation). OWASP list
          IDs and titles from the OWASP Foundation. Entries are written in our own words; each cites its sources.
        </p>
        <p className="mt-2">
          <Link href="/api/library">Library JSON</Link> · <Link href="/search">Search</Link>
        </p>
      </div>
    </footer>
  );
}
