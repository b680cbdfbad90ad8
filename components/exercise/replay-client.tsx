'use client';

import { useMemo, useState } from 'react';
import { reduceExercise } from '@/lib/exercise/reduce-exercise';
import { findInject } from '@/lib/exercise/scenario-graph';
import type { Scenario } from '@/lib/exercise/scenario-schema';
import type { StoredEvent } from '@/lib/exercise/stored-event';
import { InjectCard } from './inject-card';

/** Steps through a finished exercise's log: the state after each event, folded by the same reducer. */
export function ReplayClient({ title, scenario, events }: { title: string; scenario: Scenario; events: StoredEvent[] }) {
  const [step, setStep] = useState(events.length);
  const state = useMemo(() => reduceExercise(scenario, events.slice(0, step)), [scenario, events, step]);
  const event = step > 0 ? events[step - 1] : undefined;
  const current = findInject(scenario, state.currentInjectId);
  const roleNames = Object.fromEntries(scenario.roles.map((r) => [r.id, r.name]));
  return (
    <div>
      <p className="text-sm text-fg-muted">Replay</p>
      <h1 className="text-2xl font-bold">{title}</h1>
      <div className="mt-4 flex flex-wrap items-center gap-3" role="group" aria-label="Replay controls">
        <button type="button" className="rounded border border-border px-3 py-1" disabled={step === 0} onClick={() => setStep((s) => Math.max(0, s - 1))}>
          Previous event
        </button>
        <label className="flex items-center gap-2 text-sm">
          Event
          <input type="range" min={0} max={events.length} value={step} onChange={(e) => setStep(Number(e.target.value))} aria-valuetext={`event ${step} of ${events.length}`} />
        </label>
        <button type="button" className="rounded border border-border px-3 py-1" disabled={step === events.length} onClick={() => setStep((s) => Math.min(events.length, s + 1))}>
          Next event
        </button>
        <span className="text-sm" aria-live="polite" data-replay-step={step}>
          {step} of {events.length}
          {event ? ` · ${event.type} by ${event.actor.name} at ${event.createdAt.slice(11, 19)}` : ''}
        </span>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">{current ? <InjectCard inject={current} roleNames={roleNames} current /> : <p>Before the first inject.</p>}</div>
        <div className="grid content-start gap-4 text-sm">
          <section>
            <h2 className="font-semibold">Decisions</h2>
            <ul className="list-disc pl-6">
              {state.decisions.map((d) => (
                <li key={d.seq}>
                  {findInject(scenario, d.injectId)?.decision?.options.find((o) => o.id === d.optionId)?.label} — {d.rationale}
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2 className="font-semibold">Notes</h2>
            <ul className="list-disc pl-6">
              {state.notes.map((n) => (
                <li key={n.seq} className="whitespace-pre-wrap">
                  [{n.tag}] {n.text} — {n.author.name}
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2 className="font-semibold">Action items</h2>
            <ul className="list-disc pl-6">
              {state.actionItems.map((a) => (
                <li key={a.seq}>
                  {a.text} — {a.owner}, due {a.dueDate}
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
