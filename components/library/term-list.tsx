import Link from 'next/link';

export function TermList({ terms }: { terms: ReadonlyArray<{ id: string; term: string; summary: string; url: string }> }) {
  if (terms.length === 0) return null;
  return (
    <section aria-labelledby="terms-used" className="mt-10">
      <h2 id="terms-used" className="text-lg font-semibold">
        Terms used on this page
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {terms.map((t) => (
          <li key={t.id}>
            <Link href={t.url} title={t.summary} className="rounded border border-border px-2 py-0.5">
              {t.term}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
