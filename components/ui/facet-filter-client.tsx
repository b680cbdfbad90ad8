'use client';

// Facet checkboxes whose state lives in the URL (?stride=T&lifecycle=training), shared by the
// library index and the scenario catalogue: a filtered view can be shared and survives reload.
// Facets combine with AND, values within one with OR (the caller's matcher decides).
import { usePathname, useSearchParams } from 'next/navigation';
import { useState, type ReactNode } from 'react';

export interface FacetGroupView<K extends string> {
  key: K;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string; count: number }>;
}

export type FacetSelection<K extends string> = Partial<Record<K, string[]>>;

interface Props<K extends string> {
  keys: readonly K[];
  /** Reads the selection from the URL on arrival. */
  read: (params: URLSearchParams) => FacetSelection<K>;
  groups: ReadonlyArray<FacetGroupView<K>>;
  /** The form's accessible name, e.g. "Filter threats". */
  label: string;
  /** Prefix of each checkbox's id. */
  idPrefix: string;
  /** The sidebar's width, as a Tailwind grid template for medium screens and up. */
  columns: string;
  /** The filtered list, given the current selection. */
  children: (selection: FacetSelection<K>) => ReactNode;
}

export function FacetFilter<K extends string>({ keys, read, groups, label, idPrefix, columns, children }: Props<K>) {
  const pathname = usePathname();
  const params = useSearchParams();
  // The URL is the source of truth on arrival; afterwards the state changes at once and the URL
  // follows with replaceState (filtering is not navigation, so Back leaves the page).
  const [selection, setSelection] = useState<FacetSelection<K>>(() => read(new URLSearchParams(params.toString())));
  const active = Object.values<string[] | undefined>(selection).some((values) => values && values.length > 0);

  const update = (next: FacetSelection<K>) => {
    setSelection(next);
    const query = new URLSearchParams();
    for (const key of keys) for (const value of next[key] ?? []) query.append(key, value);
    const search = query.toString();
    window.history.replaceState(null, '', search ? `${pathname}?${search}` : pathname);
  };

  const toggle = (key: K, value: string) => {
    const current = selection[key] ?? [];
    update({ ...selection, [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
  };

  return (
    <div className={`grid grid-cols-[minmax(0,1fr)] gap-8 ${columns}`}>
      <form aria-label={label} className="space-y-5" onSubmit={(e) => e.preventDefault()}>
        {groups.map((group) => (
          <fieldset key={group.key}>
            <legend className="mb-1 text-sm font-semibold">{group.legend}</legend>
            <ul className="space-y-1">
              {group.options.map((option) => {
                const id = `${idPrefix}-${group.key}-${option.value}`;
                return (
                  <li key={option.value} className="flex items-start gap-2 text-sm">
                    <input
                      id={id}
                      type="checkbox"
                      checked={selection[group.key]?.includes(option.value) ?? false}
                      onChange={() => toggle(group.key, option.value)}
                      className="mt-1 h-4 w-4 shrink-0"
                    />
                    <label htmlFor={id} className="flex-1">
                      {option.label}
                    </label>
                    <span className="text-xs text-fg-muted" aria-hidden="true">
                      {option.count}
                    </span>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
        {active ? (
          <button type="button" onClick={() => update({})} className="rounded border border-border px-3 py-1 text-sm">
            Clear filters
          </button>
        ) : null}
      </form>
      <div>{children(selection)}</div>
    </div>
  );
}
