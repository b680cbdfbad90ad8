import type { ReactNode } from 'react';

interface SearchFormProps {
  /** Id of the input, unique on the page. */
  inputId: string;
  label: string;
  defaultValue?: string;
  placeholder?: string;
  className?: string;
  /** Extra fields submitted with the query, such as facet checkboxes. */
  children?: ReactNode;
}

/** A plain GET form to /search: it works without JavaScript, and the result page is shareable. */
export function SearchForm({ inputId, label, defaultValue, placeholder, className = 'mt-4', children }: SearchFormProps) {
  return (
    <form action="/search" method="get" role="search" className={className}>
      <div className="flex max-w-2xl gap-2">
        <label htmlFor={inputId} className="sr-only">
          {label}
        </label>
        <input
          id={inputId}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={1000}
          placeholder={placeholder}
          className="flex-1 rounded border border-border bg-bg px-3 py-2"
        />
        <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-accent-fg">
          Search
        </button>
      </div>
      {children}
    </form>
  );
}
