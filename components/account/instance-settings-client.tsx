'use client';

import { useState, type FormEvent } from 'react';
import { FormError, FormNotice, buttonClass } from '@/components/ui/field';
import { submitJson } from '@/components/ui/submit-json';

const POLICIES = [
  { id: 'open', label: 'Anyone can create an account' },
  { id: 'domains', label: 'Only addresses at the domains listed below (and invited people)' },
  { id: 'invite', label: 'Only people with an invite link' },
];

export function InstanceSettingsForm({ policy, domains }: { policy: string; domains: string[] }) {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const allowedDomains = String(form.get('domains') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean);
    const result = await submitJson('/api/admin/settings', 'PUT', { signupPolicy: String(form.get('policy') ?? ''), allowedDomains });
    setError(result.ok ? null : result.error);
    setNotice(result.ok ? 'Sign-up settings saved.' : null);
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Sign-up settings">
      <FormError message={error} />
      <FormNotice message={notice} />
      <fieldset className="mt-4">
        <legend className="font-medium">Who may sign up</legend>
        {POLICIES.map((p) => (
          <label key={p.id} className="mt-2 flex items-center gap-2">
            <input type="radio" name="policy" value={p.id} defaultChecked={p.id === policy} /> {p.label}
          </label>
        ))}
      </fieldset>
      <div className="mt-4">
        <label htmlFor="domains" className="block text-sm font-medium">
          Allowed email domains
        </label>
        <textarea id="domains" name="domains" defaultValue={domains.join('\n')} rows={3} className="mt-1 w-full rounded border border-border bg-bg px-3 py-2" aria-describedby="domains-hint" />
        <p id="domains-hint" className="text-xs text-fg-muted">
          One per line, such as example.com
        </p>
      </div>
      <button type="submit" className={buttonClass}>
        Save
      </button>
    </form>
  );
}
