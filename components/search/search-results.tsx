import Link from 'next/link';
import { matchedAliases } from '@/lib/search/matched-aliases';
import type { SearchResponse } from '@/lib/search/search-engine';
import { HighlightedText } from './highlighted-text';
import { KIND_LABEL } from './kind-label';

function AliasLine({ aliases, terms }: { aliases: string[]; terms: string[] }) {
  if (aliases.length === 0) return null;
  return (
    <p className="text-sm text-fg-muted">
      also known as <HighlightedText text={aliases.join(', ')} terms={terms} />
    </p>
  );
}

export function SearchResults({ response }: { response: SearchResponse }) {
  if (response.terms.length === 0) return null;
  return (
    <section aria-label="Search results" className="mt-6">
      <p role="status" className="text-sm text-fg-muted">
        {response.total === 0
          ? `No entries match “${response.query}”.`
          : `${response.total} result${response.total === 1 ? '' : 's'}${response.correctedFrom ? ` for “${response.terms.join(' ')}” (no exact match for “${response.correctedFrom.join(' ')}”)` : ''}`}
      </p>
      <ol className="mt-3 grid gap-3">
        {response.hits.map((hit) => (
          <li key={`${hit.kind}:${hit.id}`} className="rounded border border-border p-4">
            <p className="text-xs uppercase tracking-wide text-fg-muted">
              {KIND_LABEL[hit.kind]} {hit.code ? <span className="font-mono normal-case">· {hit.code}</span> : null}
            </p>
            <h2 className="font-semibold">
              <Link href={hit.url}>
                <HighlightedText text={hit.title} terms={response.terms} />
              </Link>
            </h2>
            <AliasLine aliases={matchedAliases(hit.aliases, response.terms)} terms={response.terms} />
            <p className="mt-1 text-sm text-fg-muted">
              <HighlightedText text={hit.summary} terms={response.terms} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
