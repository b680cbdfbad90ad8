'use client';

import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/field';
import type { ParticipantVote } from '@/lib/exercise/participant-view';
import { sendCommand } from './send-command';

/** The open decision as a participant sees it: option labels only, their own vote, the tally once shown. */
export function VotePanel({ exerciseId, vote, canVote }: { exerciseId: string; vote: ParticipantVote; canVote: boolean }) {
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const optionId = String(data.get('vote-option') ?? '');
    if (!optionId) return setError('Choose an option first.');
    const comment = String(data.get('vote-comment') ?? '').trim();
    const result = await sendCommand(exerciseId, { type: 'vote.cast', injectId: vote.injectId, optionId, ...(comment ? { comment } : {}) });
    setError(result.ok ? null : result.message);
  }
  return (
    <section aria-labelledby="vote-heading" className="rounded border border-accent p-4">
      <h2 id="vote-heading" className="text-lg font-semibold">
        Decision: {vote.prompt}
      </h2>
      {vote.open && canVote ? (
        <form onSubmit={onSubmit} aria-label="Your vote">
          <fieldset className="mt-2">
            <legend className="text-sm text-fg-muted">Your vote informs the team&apos;s decision; the facilitator records it.</legend>
            {vote.options.map((option) => (
              <label key={option.id} className="mt-2 flex items-start gap-2">
                <input type="radio" name="vote-option" value={option.id} defaultChecked={vote.myVote?.optionId === option.id} className="mt-1" />
                <span>{option.label}</span>
              </label>
            ))}
          </fieldset>
          <label htmlFor="vote-comment" className="mt-3 block text-sm font-medium">
            Why (optional)
          </label>
          <textarea id="vote-comment" name="vote-comment" maxLength={500} rows={2} defaultValue={vote.myVote?.comment ?? ''} className="mt-1 w-full rounded border border-border bg-bg px-2 py-1" />
          <button type="submit" className="mt-2 rounded bg-accent px-3 py-1 text-accent-fg">
            {vote.myVote ? 'Change vote' : 'Cast vote'}
          </button>
          <FormError message={error} />
        </form>
      ) : (
        <p className="mt-2 text-sm text-fg-muted">{vote.open ? 'Voting is open; observers watch without voting.' : 'Voting is closed.'}</p>
      )}
      {vote.myVote ? (
        <p className="mt-2 text-sm" data-my-vote={vote.myVote.optionId}>
          You voted: <strong>{vote.options.find((o) => o.id === vote.myVote?.optionId)?.label}</strong>
        </p>
      ) : null}
      {vote.tally ? (
        <div className="mt-3">
          <h3 className="font-semibold">Tally</h3>
          <ul>
            {vote.tally.map((row) => (
              <li key={row.optionId}>
                {row.label}: {row.count}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
