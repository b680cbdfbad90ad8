'use client';

import { useState } from 'react';
import { applyParticipantEvent, type ParticipantEvent } from '@/lib/exercise/participant-stream';
import type { ParticipantView } from '@/lib/exercise/participant-view';
import { InjectCard } from './inject-card';
import { NoteForm } from './note-form-client';
import { StreamStatusBadge, useExerciseStream } from './use-exercise-stream';
import { VotePanel } from './vote-panel-client';

/** What a participant or observer sees, phone-first, folded from their redacted live stream. */
/** `reportHref` is given to team members who may read the report, and to guests and observers once it is shared. */
export function ParticipantViewClient({ exerciseId, title, initial, seq, reportHref }: { exerciseId: string; title: string; initial: ParticipantView; seq: number; reportHref?: string }) {
  const [view, setView] = useState(initial);
  const status = useExerciseStream(exerciseId, seq, {
    // The server sends only events this viewer may see, already redacted.
    onEvent: (data) => setView((current) => applyParticipantEvent(current, data as ParticipantEvent)),
  });
  const roleNames = Object.fromEntries(view.scenario.roles.map((r) => [r.id, r.name]));
  const isObserver = view.viewer.role === 'observer';
  const current = view.injects.find((i) => i.id === view.currentInjectId);
  const earlier = view.injects.filter((i) => i.id !== view.currentInjectId).reverse();
  if (view.viewer.removed || status === 'removed') {
    return (
      <div>
        <h1 className="text-2xl font-bold">{title}</h1>
        <p role="alert" className="mt-4">
          The facilitator removed you from this exercise.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{title}</h1>
        <StreamStatusBadge status={status} />
      </div>
      <p className="text-sm text-fg-muted">
        You are {view.viewer.name}, {isObserver ? 'observing' : 'participating'} · exercise {view.status}
      </p>
      {view.status === 'lobby' ? <p className="mt-6 rounded border border-border p-4">Waiting for the facilitator to start the exercise.</p> : null}
      {view.status === 'paused' ? <p className="mt-4 rounded border border-amber-600 p-3">The facilitator has paused the exercise.</p> : null}
      {view.status === 'ended' ? (
        <p className="mt-4 rounded border border-border p-3">
          The exercise has ended. Thank you for taking part.
          {reportHref ? (
            <>
              {' '}
              <a className="font-medium underline" href={reportHref}>
                Open the after-action report
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      <div className="mt-6 grid gap-6">
        {current ? <InjectCard inject={current} roleNames={roleNames} current /> : null}
        {view.vote ? <VotePanel exerciseId={exerciseId} vote={view.vote} canVote={!isObserver && view.status === 'running'} /> : null}
        {view.status !== 'ended' && view.status !== 'lobby' ? (
          <NoteForm exerciseId={exerciseId} tags={isObserver ? ['observation'] : ['observation', 'strength', 'gap']} objectives={view.scenario.objectives} injectId={view.currentInjectId} />
        ) : null}
        {view.decisions.length > 0 ? (
          <section aria-labelledby="decisions-heading">
            <h2 id="decisions-heading" className="text-lg font-semibold">
              Decisions so far
            </h2>
            <ul className="mt-1 list-disc pl-6">
              {view.decisions.map((d) => (
                <li key={d.injectId}>
                  {d.optionLabel} — <span className="text-fg-muted">{d.rationale}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {view.myNotes.length > 0 ? (
          <section aria-labelledby="my-notes-heading">
            <h2 id="my-notes-heading" className="text-lg font-semibold">
              Your notes
            </h2>
            <ul className="mt-1 list-disc pl-6">
              {view.myNotes.map((n) => (
                <li key={n.seq} className="whitespace-pre-wrap">
                  [{n.tag}] {n.text}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {view.actionItems.length > 0 ? (
          <section aria-labelledby="actions-heading">
            <h2 id="actions-heading" className="text-lg font-semibold">
              Action items
            </h2>
            <ul className="mt-1 list-disc pl-6">
              {view.actionItems.map((a) => (
                <li key={a.seq}>
                  {a.text} — {a.owner}, due {a.dueDate}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {earlier.length > 0 ? (
          <section aria-labelledby="earlier-heading">
            <h2 id="earlier-heading" className="text-lg font-semibold">
              Earlier injects
            </h2>
            <div className="mt-2 grid gap-4">
              {earlier.map((inject) => (
                <InjectCard key={inject.id} inject={inject} roleNames={roleNames} />
              ))}
            </div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
