import { highlight } from '@/lib/search/highlight';

/** Text with query terms wrapped in <mark>; every segment is rendered as text, never as HTML. */
export function HighlightedText({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </>
  );
}
