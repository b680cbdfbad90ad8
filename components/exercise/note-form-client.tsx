'use client';

import { useState, type FormEvent } from 'react';
import { FormError, FormNotice } from '@/components/ui/field';
import { sendCommand } from './send-command';

interface Props {
  exerciseId: string;
  tags: Array<'observation' | 'strength' | 'gap'>;
  objectives: { id: string; text: string }[];
  injectId: string | null;
}

/** Add a note, tagged and optionally tied to an objective. Observers may only add observations. */
export function NoteForm({ exerciseId, tags, objectives, injectId }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const objectiveId = String(data.get('note-objective') ?? '');
    setPending(true);
    const result = await sendCommand(exerciseId, {
      type: 'note.add',
      text: String(data.get('note-text') ?? ''),
      tag: String(data.get('note-tag') ?? tags[0]),
      ...(objectiveId ? { objectiveId } : {}),
      ...(injectId ? { injectId } : {}),
    });
    setPending(false);
    setError(result.ok ? null : result.message);
    setNotice(result.ok ? 'Note added.' : null);
    if (result.ok) form.reset();
  }
  return (
    <form onSubmit={onSubmit} aria-label="Add a note" className="rounded border border-border p-3">
      <label htmlFor="note-text" className="block font-medium">
        Note
      </label>
      <textarea id="note-text" name="note-text" required maxLength={4000} rows={3} className="mt-1 w-full rounded border border-border bg-bg px-2 py-1" />
      <div className="mt-2 flex flex-wrap gap-3">
        <label className="text-sm">
          Tag{' '}
          <select name="note-tag" className="rounded border border-border bg-bg px-2 py-1">
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Objective{' '}
          <select name="note-objective" className="max-w-xs rounded border border-border bg-bg px-2 py-1">
            <option value="">(none)</option>
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.text.slice(0, 60)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="submit" disabled={pending} className="mt-2 rounded bg-accent px-3 py-1 text-accent-fg">
        Add note
      </button>
      <FormError message={error} />
      <FormNotice message={notice} />
    </form>
  );
}
