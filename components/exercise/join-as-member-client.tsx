'use client';

import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/field';
import { sendCommand } from './send-command';

/** A team member joins an exercise as themselves, optionally choosing the scenario role they play. */
export function JoinAsMember({ exerciseId, title, roles }: { exerciseId: string; title: string; roles: { id: string; name: string }[] }) {
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const role = String(new FormData(event.currentTarget).get('scenario-role') ?? '');
    const result = await sendCommand(exerciseId, { type: 'participant.join', ...(role ? { scenarioRole: role } : {}) });
    if (result.ok || result.status === 409) window.location.reload();
    else setError(result.message);
  }
  return (
    <form onSubmit={onSubmit} className="mx-auto max-w-md" aria-label="Join the exercise">
      <h1 className="text-2xl font-bold">Join {title}</h1>
      <label htmlFor="scenario-role" className="mt-4 block font-medium">
        The role you play
      </label>
      <select id="scenario-role" name="scenario-role" className="mt-1 w-full rounded border border-border bg-bg px-3 py-2">
        <option value="">(no particular role)</option>
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      <button type="submit" className="mt-4 rounded bg-accent px-4 py-2 text-accent-fg">
        Join
      </button>
      <FormError message={error} />
    </form>
  );
}
