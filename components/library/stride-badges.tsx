import { STRIDE_LETTERS, STRIDE_NAMES } from '@/lib/library/vocabulary';

export function StrideBadges({ letters }: { letters: readonly string[] }) {
  return (
    <ul className="inline-flex flex-wrap gap-1" aria-label="STRIDE categories">
      {STRIDE_LETTERS.filter((letter) => letters.includes(letter)).map((letter) => (
        <li key={letter}>
          <abbr
            title={STRIDE_NAMES[letter]}
            className="inline-block rounded border border-border bg-bg-muted px-1.5 py-0.5 font-mono text-xs font-semibold no-underline"
          >
            {letter}
          </abbr>
          <span className="sr-only"> {STRIDE_NAMES[letter]}</span>
        </li>
      ))}
    </ul>
  );
}
