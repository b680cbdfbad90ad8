export function ReferencesList({ references }: { references: ReadonlyArray<{ title: string; url: string }> }) {
  return (
    <section aria-labelledby="references" className="mt-10">
      <h2 id="references" className="text-lg font-semibold">
        References
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
        {references.map((r) => (
          <li key={r.url}>
            <a href={r.url} rel="noopener noreferrer">
              {r.title}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
