import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <p className="font-mono text-sm text-fg-muted">404</p>
      <h1 className="text-3xl font-bold">No page at this address</h1>
      <p className="mt-2 text-fg-muted">The entry may have moved, or the address has a typo. Search the library for it:</p>
      <form action="/search" method="get" role="search" className="mt-4 flex gap-2">
        <label htmlFor="not-found-q" className="sr-only">
          Search terms
        </label>
        <input id="not-found-q" name="q" type="search" maxLength={1000} className="flex-1 rounded border border-border bg-bg px-3 py-2" />
        <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-accent-fg">
          Search
        </button>
      </form>
      <p className="mt-6">
        Or browse the <Link href="/library">threat library</Link>.
      </p>
    </div>
  );
}
