'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { FormError, FormNotice } from '@/components/ui/field';

type Rating = 'P' | 'S' | 'M' | 'U';

interface Props {
  exerciseId: string;
  summary: string;
  objectives: { id: string; text: string; rating: Rating | null }[];
  ratingLabels: Record<Rating, string>;
  /** The stored edits, sent back whole so fields this form does not show are kept. */
  edits: Record<string, unknown>;
  canPublish: boolean;
}

const RATINGS: Rating[] = ['P', 'S', 'M', 'U'];

async function send(url: string, method: 'PUT' | 'POST', body?: unknown): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
    if (response.ok) return null;
    const payload: unknown = await response.json().catch(() => null);
    return typeof payload === 'object' && payload !== null && 'error' in payload && typeof payload.error === 'string' ? payload.error : `The server answered ${response.status}.`;
  } catch {
    return 'The server could not be reached. Try again.';
  }
}

/** The facilitator's draft edits (summary, a rating per objective) and the Publish button. */
export function ReportEditor({ exerciseId, summary, objectives, ratingLabels, edits, canPublish }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const ratings: Record<string, string> = {};
    for (const objective of objectives) {
      const value = String(data.get(`rating-${objective.id}`) ?? '');
      if (value) ratings[objective.id] = value;
    }
    setPending(true);
    const text = String(data.get('report-summary') ?? '').trim();
    // A blank summary goes back to the generated one.
    const { summary: _previous, ...rest } = edits;
    const failure = await send(`/api/exercises/${exerciseId}/report/edits`, 'PUT', { ...rest, ...(text ? { summary: text } : {}), ratings });
    setPending(false);
    setError(failure);
    setNotice(failure ? null : 'Draft saved.');
    if (!failure) router.refresh();
  }

  async function onPublish() {
    setPending(true);
    const failure = await send(`/api/exercises/${exerciseId}/report/publish`, 'POST');
    setPending(false);
    setError(failure);
    setNotice(failure ? null : 'Report published.');
    if (!failure) router.refresh();
  }

  return (
    <section aria-labelledby="edit-heading" className="mt-6 rounded border border-border p-4 print:hidden">
      <h2 id="edit-heading" className="text-lg font-semibold">
        Edit the draft
      </h2>
      <form onSubmit={onSave} aria-label="Edit the draft report" className="mt-2">
        <label htmlFor="report-summary" className="block font-medium">
          Executive summary
        </label>
        <textarea id="report-summary" name="report-summary" defaultValue={summary} maxLength={20000} rows={6} className="mt-1 w-full rounded border border-border bg-bg px-2 py-1" />
        <fieldset className="mt-3">
          <legend className="font-medium">Objective ratings</legend>
          {objectives.map((objective) => (
            <div key={objective.id} className="mt-2">
              <label htmlFor={`rating-${objective.id}`} className="block text-sm">
                {objective.text}
              </label>
              <select id={`rating-${objective.id}`} name={`rating-${objective.id}`} defaultValue={objective.rating ?? ''} className="rounded border border-border bg-bg px-2 py-1">
                <option value="">(not rated)</option>
                {RATINGS.map((level) => (
                  <option key={level} value={level}>
                    {level} – {ratingLabels[level]}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="submit" disabled={pending} className="rounded border border-border px-3 py-1 font-medium">
            Save draft
          </button>
          {canPublish ? (
            <button type="button" disabled={pending} onClick={onPublish} className="rounded bg-accent px-3 py-1 font-medium text-accent-fg">
              Publish
            </button>
          ) : null}
        </div>
      </form>
      <FormError message={error} />
      <FormNotice message={notice} />
    </section>
  );
}
