'use client';

import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/field';
import type { SoloView } from '@/lib/exercise/solo-practice';
import type { NextStep } from '@/lib/exercise/scenario-graph';
import { InjectCard } from './inject-card';
import { NoteForm } from './note-form-client';
import { sendCommand } from './send-command';

interface SoloPayload {
  view: SoloView;
  next: NextStep;
}

/** One engineer plays a scenario alone: decide at each point, then read the facilitator's debrief. */
export function SoloPracticeClient({ exerciseId, title, initial }: { exerciseId: string; title: string; initial: SoloPayload }) {
  const [payload, setPayload] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const { view, next } = payload;

  async function act(command: Record<string, unknown>) {
    const result = await sendCommand(exerciseId, command);
    if (!result.ok) return setError(result.message);
    setError(null);
    const response = await fetch(`/api/exercises/${exerciseId}/view`, { credentials: 'same-origin' });
    if (response.ok) {
      const body = (await response.json()) as SoloPayload & { kind: string };
      setPayload({ view: body.view, next: body.next });
    }
  }

  async function decide(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!view.pendingDecision) return;
    const data = new FormData(event.currentTarget);
    await act({ type: 'decision.record', injectId: view.pendingDecision.injectId, optionId: String(data.get('solo-option') ?? ''), rationale: String(data.get('solo-rationale') ?? '') });
  }

  const roleNames = Object.fromEntries(view.scenario.roles.map((r) => [r.id, r.name]));
  const current = view.injects.find((i) => i.id === view.currentInjectId);
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm text-fg-muted">Solo practice</p>
      <h1 className="text-2xl font-bold">{title}</h1>
      <FormError message={error} />
      {view.status === 'lobby' ? (
        <div className="mt-4">
          <h2 className="font-semibold">Objectives</h2>
          <ul className="list-disc pl-6">
            {view.scenario.objectives.map((o) => (
              <li key={o.id}>{o.text}</li>
            ))}
          </ul>
          <button type="button" className="mt-4 rounded bg-accent px-3 py-1 text-accent-fg" onClick={() => void act({ type: 'exercise.start', mode: 'solo' })}>
            Begin
          </button>
        </div>
      ) : null}
      <div className="mt-6 grid gap-6">
        {current ? <InjectCard inject={current} roleNames={roleNames} current /> : null}
        {view.pendingDecision ? (
          <form onSubmit={decide} aria-label="Your decision" className="rounded border border-accent p-4">
            <fieldset>
              <legend className="text-lg font-semibold">Decision: {view.pendingDecision.prompt}</legend>
              {view.pendingDecision.options.map((option) => (
                <label key={option.id} className="mt-2 flex gap-2">
                  <input type="radio" name="solo-option" value={option.id} required /> {option.label}
                </label>
              ))}
            </fieldset>
            <label htmlFor="solo-rationale" className="mt-2 block text-sm font-medium">
              Your reasoning
            </label>
            <textarea id="solo-rationale" name="solo-rationale" required maxLength={2000} rows={3} className="mt-1 w-full rounded border border-border bg-bg px-2 py-1" />
            <button type="submit" className="mt-2 rounded bg-accent px-3 py-1 text-accent-fg">
              Decide
            </button>
          </form>
        ) : null}
        {view.status === 'running' && next.kind === 'reveal' ? (
          <button type="button" className="justify-self-start rounded bg-accent px-3 py-1 text-accent-fg" onClick={() => void act({ type: 'inject.reveal', injectId: next.injectId })}>
            Continue to the next inject
          </button>
        ) : null}
        {view.status === 'running' && next.kind === 'end' ? (
          <button type="button" className="justify-self-start rounded bg-accent px-3 py-1 text-accent-fg" onClick={() => void act({ type: 'exercise.end' })}>
            Finish the exercise
          </button>
        ) : null}
        {view.status === 'ended' ? <p className="rounded border border-border p-3">You reached the end of this scenario. Read the debriefs below.</p> : null}
        {view.status === 'running' ? <NoteForm exerciseId={exerciseId} tags={['observation', 'strength', 'gap']} objectives={view.scenario.objectives} injectId={view.currentInjectId} /> : null}
        {view.debriefs.length > 0 ? (
          <section aria-labelledby="debrief-heading">
            <h2 id="debrief-heading" className="text-lg font-semibold">
              Debrief
            </h2>
            {view.debriefs.map((d) => (
              <article key={d.injectId} className="mt-3 rounded border border-border p-3" data-debrief={d.injectId}>
                <h3 className="font-semibold">{d.prompt}</h3>
                <p className="mt-1">
                  You chose <strong>{d.chosen.label}</strong>: {d.chosen.consequence}
                </p>
                <h4 className="mt-2 text-sm font-semibold">The other options</h4>
                <ul className="list-disc pl-6 text-sm">
                  {d.others.map((o) => (
                    <li key={o.optionId}>
                      <strong>{o.label}</strong>: {o.consequence}
                    </li>
                  ))}
                </ul>
                <h4 className="mt-2 text-sm font-semibold">What a strong team does whatever it chooses</h4>
                <ul className="list-disc pl-6 text-sm">
                  {d.expectedActions.map((a) => (
                    <li key={a.id}>{a.text}</li>
                  ))}
                </ul>
                <p className="mt-2 text-sm text-fg-muted whitespace-pre-line">{d.facilitatorNotes}</p>
              </article>
            ))}
          </section>
        ) : null}
      </div>
    </div>
  );
}
