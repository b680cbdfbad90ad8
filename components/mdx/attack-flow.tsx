import type { ReactNode } from 'react';

/** The steps of an attack, in order; numbered by the list so print and screen readers agree. */
export function AttackFlow({ children }: { children: ReactNode }) {
  return (
    <ol aria-label="Attack steps" className="my-4 !list-none !pl-0 [counter-reset:step]">
      {children}
    </ol>
  );
}

export function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className="relative mb-3 border-l-2 border-border pl-8 [counter-increment:step] before:absolute before:-left-[0.8rem] before:top-0 before:flex before:h-6 before:w-6 before:items-center before:justify-center before:rounded-full before:bg-accent before:text-xs before:font-bold before:text-accent-fg before:content-[counter(step)]">
      <p className="mb-1 font-semibold">{title}</p>
      <div className="[&>p:last-child]:mb-0">{children}</div>
    </li>
  );
}
