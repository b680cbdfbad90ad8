// The older or common names of an entry (frontmatter `aliases`), under its title.
export function AlsoKnownAs({ aliases }: { aliases: readonly string[] }) {
  if (aliases.length === 0) return null;
  return <p className="mt-1 text-sm text-fg-muted">Also known as {aliases.join(', ')}</p>;
}
