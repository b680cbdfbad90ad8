'use client';

import { useState, type FormEvent } from 'react';
import { Field, FormError, buttonClass } from '@/components/ui/field';
import { signInWithPassword } from '@/components/site/sign-out';
import { submitJson } from '@/components/ui/submit-json';

interface Props {
  inviteToken?: string;
  fixedEmail?: string | null;
  callbackUrl: string;
}

export function SignUpForm({ inviteToken, fixedEmail, callbackUrl }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    setPending(true);
    const result = await submitJson<{ teamSlug: string | null }>('/api/account/sign-up', 'POST', {
      name: String(form.get('name') ?? ''),
      email,
      password,
      ...(inviteToken ? { inviteToken } : {}),
    });
    if (!result.ok) {
      setPending(false);
      setError(result.error);
      setFields(result.fields);
      return;
    }
    const problem = await signInWithPassword(email, password);
    if (problem) {
      setPending(false);
      setError(`Your account was created, but signing in failed: ${problem}`);
      return;
    }
    window.location.href = result.data?.teamSlug ? `/t/${result.data.teamSlug}` : callbackUrl;
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create an account">
      <FormError message={error} />
      <Field id="name" label="Name" autoComplete="name" required maxLength={60} error={fields.name} />
      <Field id="email" label="Email" type="email" autoComplete="email" required defaultValue={fixedEmail ?? undefined} readOnly={Boolean(fixedEmail)} error={fields.email} />
      <Field id="password" label="Password" type="password" autoComplete="new-password" required hint="At least 10 characters; a phrase is easiest to remember." error={fields.password} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}
