'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchedAliases } from '@/lib/search/matched-aliases';
import type { SearchEngine, SearchHit, SearchResponse } from '@/lib/search/search-engine';
import { HighlightedText } from './highlighted-text';
import { KIND_LABEL } from './kind-label';
import { loadSearchEngine } from './load-search-engine';

export function SearchPalette({ onClose }: { onClose: () => void }) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    dialogRef.current?.showModal();
    loadSearchEngine().then(setEngine, () => setFailed(true));
  }, []);

  // Searched once per query, not on every render (arrow keys re-render to move the selection).
  const response: SearchResponse | null = useMemo(() => (engine && query.trim() ? engine.search(query, {}, 12) : null), [engine, query]);
  const hits = response?.hits ?? [];
  const terms = response?.terms ?? [];
  // A result found through an older name says so: "Linking · also known as Linkability".
  const aliasesOf = (hit: SearchHit) => matchedAliases(hit.aliases, terms).join(', ');
  const activeIndex = Math.min(active, Math.max(0, hits.length - 1));

  const go = (url: string) => {
    dialogRef.current?.close();
    router.push(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((activeIndex + 1) % Math.max(1, hits.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((activeIndex - 1 + hits.length) % Math.max(1, hits.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[activeIndex];
      if (hit) go(hit.url);
      else if (query.trim()) go(`/search?q=${encodeURIComponent(query.trim())}`);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      aria-label="Search the library"
      className="mx-auto mt-[10vh] w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-border bg-bg p-0 text-fg shadow-2xl backdrop:bg-black/50"
    >
      <div className="border-b border-border p-3">
        <input
          autoFocus
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          maxLength={200}
          placeholder="Search threats, mitigations, ATLAS IDs…"
          aria-label="Search the library"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={hits[activeIndex] ? `${listId}-${activeIndex}` : undefined}
          aria-autocomplete="list"
          className="w-full rounded border border-border bg-bg px-3 py-2 text-base"
        />
      </div>
      <div className="max-h-[60vh] overflow-y-auto p-2" aria-live="polite" tabIndex={0} role="region" aria-label="Search results">
        {failed ? <p className="p-3 text-sm">Search could not load. Try the <a href="/search">search page</a>.</p> : null}
        {!engine && !failed ? <p className="p-3 text-sm text-fg-muted">Loading the index…</p> : null}
        {response?.correctedFrom ? (
          <p className="px-3 py-1 text-xs text-fg-muted">Showing results for “{response.terms.join(' ')}”</p>
        ) : null}
        {engine && query.trim() && hits.length === 0 ? <p className="p-3 text-sm">No entries match “{query}”.</p> : null}
        <ul id={listId} role="listbox" aria-label="Results">
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              onMouseEnter={() => setActive(i)}
              onClick={() => go(hit.url)}
              className={`cursor-pointer rounded px-3 py-2 ${i === activeIndex ? 'bg-bg-muted' : ''}`}
            >
              <div className="flex items-baseline gap-2">
                <span className="text-xs uppercase tracking-wide text-fg-muted">{KIND_LABEL[hit.kind]}</span>
                {hit.code ? <span className="font-mono text-xs text-fg-muted">{hit.code}</span> : null}
                <span className="font-medium">
                  <HighlightedText text={hit.title} terms={response?.terms ?? []} />
                </span>
              </div>
              {aliasesOf(hit) ? (
                <p className="text-xs text-fg-muted">
                  also known as <HighlightedText text={aliasesOf(hit)} terms={terms} />
                </p>
              ) : null}
              <p className="line-clamp-2 text-sm text-fg-muted">
                <HighlightedText text={hit.summary} terms={response?.terms ?? []} />
              </p>
            </li>
          ))}
        </ul>
      </div>
      <p className="border-t border-border px-3 py-2 text-xs text-fg-muted">
        ↑ ↓ to move · Enter to open · Esc to close
      </p>
    </dialog>
  );
}
