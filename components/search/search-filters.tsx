import type { FacetGroup } from '@/lib/library/facet-options';

/** Facet checkboxes inside the search form: plain GET parameters, so they work without JavaScript. */
export function SearchFilters({ groups, selected }: { groups: FacetGroup[]; selected: Partial<Record<FacetGroup['key'], string[]>> }) {
  const active = groups.some((group) => (selected[group.key]?.length ?? 0) > 0);
  return (
    <details className="mt-3 max-w-4xl rounded border border-border p-3" open={active}>
      <summary className="cursor-pointer text-sm font-medium">Filter threats{active ? ' (active)' : ''}</summary>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {groups.map((group) => (
          <fieldset key={group.key}>
            <legend className="mb-1 text-sm font-semibold">{group.legend}</legend>
            <ul className="space-y-1 text-sm">
              {group.options.map((option) => {
                const id = `search-${group.key}-${option.value}`;
                return (
                  <li key={option.value} className="flex items-center gap-2">
                    <input
                      id={id}
                      type="checkbox"
                      name={group.key}
                      value={option.value}
                      defaultChecked={selected[group.key]?.includes(option.value) ?? false}
                      className="h-4 w-4"
                    />
                    <label htmlFor={id}>{option.label}</label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </div>
      <p className="mt-3 text-xs text-fg-muted">Filters apply to threats; other entries are left out while a filter is set.</p>
    </details>
  );
}
