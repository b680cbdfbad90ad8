'use client';

import { useState, type FormEvent } from 'react';
import { FormError, buttonClass } from '@/components/ui/field';
import { submitJson } from '@/components/ui/submit-json';

interface Props {
  teamSlug: string;
  scenarios: { id: string; title: string; durationMinutes: number; difficulty: string }[];
  canFacilitate: boolean;
  initialScenario: string | null;
}

export function NewExerciseForm({ teamSlug, scenarios, canFacilitate, initialScenario }: Props) {
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = await submitJson<{ url: string }>(`/api/teams/${teamSlug}/exercises`, 'POST', { scenarioId: String(data.get('scenario') ?? ''), mode: String(data.get('mode') ?? 'team') });
    if (!result.ok || !result.data) setError(result.error);
    else window.location.href = result.data.url;
  }
  return (
    <form onSubmit={onSubmit} aria-label="Start an exercise">
      <FormError message={error} />
      <label htmlFor="scenario" className="mt-4 block text-sm font-medium">
        Scenario
      </label>
      <select id="scenario" name="scenario" defaultValue={initialScenario ?? undefined} className="mt-1 w-full rounded border border-border bg-bg px-3 py-2">
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title} ({s.durationMinutes} min, {s.difficulty})
          </option>
        ))}
      </select>
      <fieldset className="mt-4">
        <legend className="text-sm font-medium">How</legend>
        {canFacilitate ? (
          <label className="mt-1 flex gap-2">
            <input type="radio" name="mode" value="team" defaultChecked /> Run it live with the team (you facilitate, others join with a code)
          </label>
        ) : null}
        <label className="mt-1 flex gap-2">
          <input type="radio" name="mode" value="solo" defaultChecked={!canFacilitate} /> Solo practice (just you, with a debrief after each decision)
        </label>
      </fieldset>
      <button type="submit" className={buttonClass}>
        Open exercise
      </button>
    </form>
  );
}
