'use client';

import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/field';
import { viewForFacilitator } from '@/lib/exercise/facilitator-view';
import { presenceList, type Connection } from '@/lib/exercise/presence';
import { applyEvent, reduceExercise } from '@/lib/exercise/reduce-exercise';
import { activeMs, timerRemainingMs } from '@/lib/exercise/scenario-clock';
import { findInject } from '@/lib/exercise/scenario-graph';
import type { Scenario } from '@/lib/exercise/scenario-schema';
import { storedEventSchema, type StoredEvent } from '@/lib/exercise/stored-event';
import { InjectCard } from './inject-card';
import { NoteForm } from './note-form-client';
import { sendCommand } from './send-command';
import { StreamStatusBadge, useExerciseStream } from './use-exercise-stream';

function minutes(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

interface Props {
  exerciseId: string;
  title: string;
  joinCode: string | null;
  scenario: Scenario;
  initialEvents: StoredEvent[];
}

/** The facilitator's console: the same reducer as the server, over the full log, with every control. */
export function FacilitatorConsole({ exerciseId, title, joinCode, scenario, initialEvents }: Props) {
  const [state, setState] = useState(() => reduceExercise(scenario, initialEvents));
  const [connections, setConnections] = useState<Connection[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => new Date().toISOString());
  const status = useExerciseStream(exerciseId, state.lastSeq, {
    onEvent: (data) => {
      const parsed = storedEventSchema.safeParse(data);
      if (parsed.success) setState((current) => applyEvent(current, scenario, parsed.data));
    },
    onPresence: (data) => setConnections(Array.isArray(data) ? (data as Connection[]) : []),
  });
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), 1000);
    return () => clearInterval(timer);
  }, []);
  const view = useMemo(() => viewForFacilitator(scenario, state), [scenario, state]);
  const roleNames = Object.fromEntries(scenario.roles.map((r) => [r.id, r.name]));
  const current = view.current;
  const decision = current?.decision;
  const decided = current ? state.decisions.find((d) => d.injectId === current.id) : undefined;

  async function act(command: Record<string, unknown>) {
    const result = await sendCommand(exerciseId, command);
    setError(result.ok ? null : result.message);
    return result.ok;
  }

  async function recordDecision(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!current) return;
    const data = new FormData(event.currentTarget);
    await act({ type: 'decision.record', injectId: current.id, optionId: String(data.get('decision-option') ?? ''), rationale: String(data.get('decision-rationale') ?? '') });
  }

  async function addActionItem(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const objectiveId = String(data.get('action-objective') ?? '');
    const ok = await act({
      type: 'action_item.add',
      text: String(data.get('action-text') ?? ''),
      owner: String(data.get('action-owner') ?? ''),
      dueDate: String(data.get('action-due') ?? ''),
      ...(objectiveId ? { objectiveId } : {}),
      ...(state.currentInjectId ? { injectId: state.currentInjectId } : {}),
    });
    if (ok) form.reset();
  }

  const nextTitle = view.next.kind === 'reveal' ? findInject(scenario, view.next.injectId)?.title : undefined;
  // Everyone in the log, marked connected when any instance has a stream open for them.
  const people = presenceList(state, connections);

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <p className="text-sm text-fg-muted">Facilitator console</p>
          <h1 className="text-2xl font-bold">{title}</h1>
        </div>
        <StreamStatusBadge status={status} />
      </div>
      <dl className="mt-2 flex flex-wrap gap-x-6 text-sm">
        <div>
          <dt className="inline text-fg-muted">Status: </dt>
          <dd className="inline" data-exercise-status={state.status}>
            {state.status}
          </dd>
        </div>
        {joinCode ? (
          <div>
            <dt className="inline text-fg-muted">Join code: </dt>
            <dd className="inline font-mono text-lg" data-join-code>
              {joinCode}
            </dd>
          </div>
        ) : null}
        {state.clock ? (
          <div>
            <dt className="inline text-fg-muted">Session time: </dt>
            <dd className="inline font-mono">{minutes(activeMs(state.clock, now))}</dd>
          </div>
        ) : null}
        {state.timer ? (
          <div>
            <dt className="inline text-fg-muted">Inject timer: </dt>
            <dd className="inline font-mono">{minutes(timerRemainingMs(state.timer, now))} left</dd>
          </div>
        ) : null}
      </dl>
      <FormError message={error} />
      {state.status === 'ended' ? (
        <p className="mt-4">
          <a className="font-medium underline" href={`/exercises/${exerciseId}/report`}>
            Open the after-action report
          </a>
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-2" role="toolbar" aria-label="Exercise controls">
        {state.status === 'lobby' ? (
          <button type="button" className="rounded bg-accent px-3 py-1 text-accent-fg" onClick={() => void act({ type: 'exercise.start', mode: 'team' })}>
            Start exercise
          </button>
        ) : null}
        {state.status === 'running' && view.next.kind === 'reveal' ? (
          <button type="button" className="rounded bg-accent px-3 py-1 text-accent-fg" onClick={() => void act({ type: 'inject.reveal', injectId: view.next.kind === 'reveal' ? view.next.injectId : '' })}>
            Reveal next inject: {nextTitle}
          </button>
        ) : null}
        {state.status === 'running' && current ? (
          state.timer && timerRemainingMs(state.timer, now) > 0 && !state.timer.clock.stoppedAt ? (
            <button type="button" className="rounded border border-border px-3 py-1" onClick={() => void act({ type: 'timer.stop', injectId: current.id })}>
              Stop timer
            </button>
          ) : (
            <button type="button" className="rounded border border-border px-3 py-1" onClick={() => void act({ type: 'timer.start', injectId: current.id, durationSeconds: 600 })}>
              Start 10-minute timer
            </button>
          )
        ) : null}
        {state.status === 'running' ? (
          <button type="button" className="rounded border border-border px-3 py-1" onClick={() => void act({ type: 'exercise.pause' })}>
            Pause
          </button>
        ) : null}
        {state.status === 'paused' ? (
          <button type="button" className="rounded border border-border px-3 py-1" onClick={() => void act({ type: 'exercise.resume' })}>
            Resume
          </button>
        ) : null}
        {state.status === 'running' || state.status === 'paused' ? (
          <button
            type="button"
            className="rounded border border-red-700 px-3 py-1 text-red-700 dark:text-red-400"
            onClick={() => {
              if (view.next.kind === 'end' || window.confirm('End the exercise now? It cannot be resumed.')) void act({ type: 'exercise.end' });
            }}
          >
            End exercise
          </button>
        ) : null}
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <div className="grid content-start gap-6 lg:col-span-2">
          {current ? (
            <>
              <InjectCard inject={current} roleNames={roleNames} current />
              <aside aria-labelledby="facilitator-notes-heading" className="rounded border border-amber-600 p-4">
                <h2 id="facilitator-notes-heading" className="font-semibold">
                  Facilitator notes (not shown to participants)
                </h2>
                <p className="mt-1 whitespace-pre-line">{current.facilitatorNotes}</p>
              </aside>
            </>
          ) : (
            <p className="rounded border border-border p-4">Start the exercise to reveal the first inject: {findInject(scenario, scenario.start)?.title}.</p>
          )}
          {decision && current ? (
            <section aria-labelledby="decision-heading" className="rounded border border-accent p-4">
              <h2 id="decision-heading" className="text-lg font-semibold">
                Decision point: {decision.prompt}
              </h2>
              <ul className="mt-2 grid gap-2">
                {decision.options.map((option) => (
                  <li key={option.id} className="rounded border border-border p-2">
                    <p className="font-medium">{option.label}</p>
                    <p className="text-sm">
                      <span className="text-fg-muted">Consequence: </span>
                      {option.consequence}
                    </p>
                    <p className="text-sm text-fg-muted">Leads to: {findInject(scenario, option.next)?.title}</p>
                    {view.vote ? <p className="text-sm">Votes: {view.vote.tally[option.id] ?? 0}</p> : null}
                  </li>
                ))}
              </ul>
              <h3 className="mt-3 font-semibold">What a strong team does</h3>
              <ul className="list-disc pl-6 text-sm">
                {decision.expectedActions.map((a) => (
                  <li key={a.id}>{a.text}</li>
                ))}
              </ul>
              {decided ? (
                <p className="mt-3" data-decision-recorded>
                  Decision recorded: <strong>{decision.options.find((o) => o.id === decided.optionId)?.label}</strong>
                </p>
              ) : state.status === 'running' ? (
                <>
                  <div className="mt-3 flex flex-wrap gap-2">
                    {!view.vote ? (
                      <button type="button" className="rounded border border-border px-3 py-1" onClick={() => void act({ type: 'vote.open', injectId: current.id })}>
                        Open vote
                      </button>
                    ) : null}
                    {view.vote?.open ? (
                      <button type="button" className="rounded border border-border px-3 py-1" onClick={() => void act({ type: 'vote.close', injectId: current.id })}>
                        Close vote
                      </button>
                    ) : null}
                    {view.vote && !view.vote.tallyRevealed ? (
                      <button type="button" className="rounded border border-border px-3 py-1" onClick={() => void act({ type: 'vote.reveal_tally', injectId: current.id })}>
                        Show tally to everyone
                      </button>
                    ) : null}
                  </div>
                  {view.vote ? (
                    <div className="mt-3" aria-live="polite">
                      <h3 className="font-semibold">Votes ({view.vote.votes.length})</h3>
                      <ul className="text-sm" data-votes>
                        {view.vote.votes.map((v) => (
                          <li key={v.participantId}>
                            {v.name}: {decision.options.find((o) => o.id === v.optionId)?.label}
                            {v.comment ? <span className="text-fg-muted"> — “{v.comment}”</span> : null}
                          </li>
                        ))}
                      </ul>
                      {view.vote.waitingFor.length > 0 ? <p className="text-sm text-fg-muted">Waiting for: {view.vote.waitingFor.map((w) => w.name).join(', ')}</p> : null}
                    </div>
                  ) : null}
                  <form onSubmit={recordDecision} aria-label="Record the team's decision" className="mt-3">
                    <fieldset>
                      <legend className="font-semibold">Record the team&apos;s decision</legend>
                      {decision.options.map((option) => (
                        <label key={option.id} className="mt-1 flex gap-2">
                          <input type="radio" name="decision-option" value={option.id} required /> {option.label}
                        </label>
                      ))}
                    </fieldset>
                    <label htmlFor="decision-rationale" className="mt-2 block text-sm font-medium">
                      Rationale
                    </label>
                    <textarea id="decision-rationale" name="decision-rationale" required maxLength={2000} rows={2} className="mt-1 w-full rounded border border-border bg-bg px-2 py-1" />
                    <button type="submit" className="mt-2 rounded bg-accent px-3 py-1 text-accent-fg">
                      Record decision
                    </button>
                  </form>
                </>
              ) : null}
            </section>
          ) : null}
          {state.status === 'running' || state.status === 'paused' ? (
            <>
              <NoteForm exerciseId={exerciseId} tags={['observation', 'strength', 'gap']} objectives={scenario.objectives} injectId={state.currentInjectId} />
              <form onSubmit={addActionItem} aria-label="Add an action item" className="rounded border border-border p-3">
                <h2 className="font-semibold">Action item</h2>
                <label htmlFor="action-text" className="mt-1 block text-sm">
                  What
                </label>
                <input id="action-text" name="action-text" required maxLength={1000} className="w-full rounded border border-border bg-bg px-2 py-1" />
                <div className="mt-2 flex flex-wrap gap-3">
                  <label className="text-sm">
                    Owner <input name="action-owner" required maxLength={120} className="rounded border border-border bg-bg px-2 py-1" />
                  </label>
                  <label className="text-sm">
                    Due <input type="date" name="action-due" required className="rounded border border-border bg-bg px-2 py-1" />
                  </label>
                  <label className="text-sm">
                    Objective{' '}
                    <select name="action-objective" className="max-w-xs rounded border border-border bg-bg px-2 py-1">
                      <option value="">(none)</option>
                      {scenario.objectives.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.text.slice(0, 60)}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
                <button type="submit" className="mt-2 rounded bg-accent px-3 py-1 text-accent-fg">
                  Add action item
                </button>
              </form>
            </>
          ) : null}
        </div>
        <div className="grid content-start gap-6">
          <section aria-labelledby="people-heading">
            <h2 id="people-heading" className="text-lg font-semibold">
              People
            </h2>
            <ul className="mt-1 grid gap-1 text-sm" data-presence>
              {people.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center gap-2">
                  <span aria-hidden="true">{p.connected ? '●' : '○'}</span>
                  <span>
                    {p.name} ({p.role}
                    {p.scenarioRole ? `, ${roleNames[p.scenarioRole] ?? p.scenarioRole}` : ''}){p.connected ? '' : ' — offline'}
                  </span>
                  {p.role !== 'facilitator' && state.participants.some((x) => x.id === p.id) && state.status !== 'ended' ? (
                    <>
                      <button type="button" className="rounded border border-border px-1" onClick={() => void act({ type: 'participant.set_role', participantId: p.id, role: p.role === 'observer' ? 'participant' : 'observer' })}>
                        Make {p.role === 'observer' ? 'participant' : 'observer'}
                        <span className="sr-only"> ({p.name})</span>
                      </button>
                      <button type="button" className="rounded border border-border px-1" onClick={() => void act({ type: 'participant.remove', participantId: p.id })}>
                        Remove<span className="sr-only"> {p.name}</span>
                      </button>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="path-heading">
            <h2 id="path-heading" className="text-lg font-semibold">
              Path so far
            </h2>
            <ol className="mt-1 list-decimal pl-6 text-sm">
              {view.path.map((step) => (
                <li key={step.injectId}>
                  {step.title}
                  {step.chosen ? <span className="text-fg-muted"> → {step.chosen.label}</span> : null}
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="notes-heading">
            <h2 id="notes-heading" className="text-lg font-semibold">
              Notes ({state.notes.length})
            </h2>
            <ul className="mt-1 grid gap-1 text-sm" data-notes>
              {state.notes.map((n) => (
                <li key={n.seq} className="whitespace-pre-wrap">
                  <strong>[{n.tag}]</strong> {n.text} <span className="text-fg-muted">— {n.author.name}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="items-heading">
            <h2 id="items-heading" className="text-lg font-semibold">
              Action items ({state.actionItems.length})
            </h2>
            <ul className="mt-1 grid gap-1 text-sm">
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
