'use client';

import { useState, type FormEvent } from 'react';
import { Field, FormError, FormNotice, buttonClass } from '@/components/ui/field';
import { submitJson } from '@/components/ui/submit-json';

export function AccountSettings({ name, hasPassword }: { name: string; hasPassword: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  function report(result: { ok: boolean; error: string | null; fields: Record<string, string> }, success: string) {
    setError(result.ok ? null : result.error);
    setFields(result.fields);
    setNotice(result.ok ? success : null);
  }

  async function saveName(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    report(await submitJson('/api/account', 'PATCH', { name: String(form.get('account-name') ?? '') }), 'Your name was saved.');
  }

  async function savePassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await submitJson('/api/account/password', 'POST', {
      currentPassword: String(form.get('current-password') ?? ''),
      newPassword: String(form.get('new-password') ?? ''),
    });
    report(result, 'Your password was changed. Other sessions were signed out; sign in again here.');
    if (result.ok) window.setTimeout(() => (window.location.href = '/sign-in'), 1500);
  }

  async function signOutEverywhere() {
    const result = await submitJson('/api/account/sign-out-everywhere', 'POST');
    if (result.ok) window.location.href = '/sign-in';
    else setError(result.error);
  }

  async function deleteAccount(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await submitJson('/api/account', 'DELETE', { confirm: String(form.get('delete-confirm') ?? '') });
    if (result.ok) window.location.href = '/';
    else report(result, '');
  }

  return (
    <div>
      <FormError message={error} />
      <FormNotice message={notice} />
      <section className="mt-6" aria-labelledby="name-heading">
        <h2 id="name-heading" className="text-xl font-semibold">
          Name
        </h2>
        <form onSubmit={saveName} noValidate aria-label="Change your name">
          <Field id="account-name" label="Name" defaultValue={name} maxLength={60} error={fields.name} />
          <button type="submit" className={buttonClass}>
            Save name
          </button>
        </form>
      </section>
      {hasPassword ? (
        <section className="mt-10" aria-labelledby="password-heading">
          <h2 id="password-heading" className="text-xl font-semibold">
            Password
          </h2>
          <form onSubmit={savePassword} noValidate aria-label="Change your password">
            <Field id="current-password" label="Current password" type="password" autoComplete="current-password" error={fields.currentPassword} />
            <Field id="new-password" label="New password" type="password" autoComplete="new-password" error={fields.newPassword} />
            <button type="submit" className={buttonClass}>
              Change password
            </button>
          </form>
        </section>
      ) : null}
      <section className="mt-10" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-fg-muted">Signs this account out on every device and browser, this one included.</p>
        <button type="button" className={buttonClass} onClick={() => void signOutEverywhere()}>
          Sign out everywhere
        </button>
      </section>
      <section className="mt-10" aria-labelledby="delete-heading">
        <h2 id="delete-heading" className="text-xl font-semibold">
          Delete the account
        </h2>
        <form onSubmit={deleteAccount} noValidate aria-label="Delete your account">
          <Field id="delete-confirm" label='Type "delete my account" to confirm' error={fields.confirm} />
          <button type="submit" className="mt-4 rounded border border-red-700 px-4 py-2 text-red-700 dark:text-red-400">
            Delete my account
          </button>
        </form>
      </section>
    </div>
  );
}
