'use client';

import { useState, type FormEvent } from 'react';
import { Field, FormError, buttonClass } from '@/components/ui/field';
import { submitJson } from '@/components/ui/submit-json';

export function InviteForm({ teamSlug, roles }: { teamSlug: string; roles: Array<{ id: string; label: string }> }) {
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [link, setLink] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('invite-email') ?? '').trim();
    const result = await submitJson<{ url: string }>(`/api/teams/${teamSlug}/invites`, 'POST', {
      role: String(form.get('invite-role') ?? ''),
      expiresInDays: Number(form.get('invite-days') ?? 7),
      ...(email ? { email } : {}),
    });
    if (!result.ok || !result.data) {
      setError(result.error);
      setFields(result.fields);
      setLink(null);
    } else {
      setError(null);
      setFields({});
      setLink(result.data.url);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Invite someone">
      <FormError message={error} />
      <div className="mt-4">
        <label htmlFor="invite-role" className="block text-sm font-medium">
          Role
        </label>
        <select id="invite-role" name="invite-role" defaultValue="member" className="mt-1 w-full rounded border border-border bg-bg px-3 py-2">
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <Field id="invite-email" label="Only for this email (optional)" type="email" error={fields.email} />
      <Field id="invite-days" label="Valid for (days)" type="number" min={1} max={30} defaultValue={7} error={fields.expiresInDays} />
      <button type="submit" className={buttonClass}>
        Create invite link
      </button>
      {link ? (
        <div role="status" className="mt-4 rounded border border-border p-3 text-sm">
          <p>Send this link to the person you invite. It works once and is shown only now.</p>
          <label htmlFor="invite-link" className="sr-only">
            Invite link
          </label>
          <input id="invite-link" readOnly value={link} className="mt-2 w-full rounded border border-border bg-bg-muted px-2 py-1 font-mono text-xs" onFocus={(e) => e.target.select()} />
        </div>
      ) : null}
    </form>
  );
}
