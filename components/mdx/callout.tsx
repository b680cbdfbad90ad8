import type { ReactNode } from 'react';

const STYLE = {
  note: { label: 'Note', border: 'border-sky-600' },
  warning: { label: 'Warning', border: 'border-amber-600' },
  tip: { label: 'Tip', border: 'border-emerald-600' },
} as const;

export function Callout({ type = 'note', title, children }: { type?: keyof typeof STYLE; title?: string; children: ReactNode }) {
  const style = STYLE[type] ?? STYLE.note;
  return (
    <aside className={`my-4 rounded border-l-4 ${style.border} bg-bg-muted px-4 py-3`} aria-label={title ?? style.label}>
      <p className="mb-1 font-semibold">{title ?? style.label}</p>
      <div className="[&>p:last-child]:mb-0">{children}</div>
    </aside>
  );
}
