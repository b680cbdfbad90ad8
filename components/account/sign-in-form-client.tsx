'use client';

import { useState, type FormEvent } from 'react';
import { Field, FormError, buttonClass } from '@/components/ui/field';
import { signInWithPassword } from '@/components/site/sign-out';

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const problem = await signInWithPassword(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
    setPending(false);
    if (problem) setError(problem);
    else window.location.href = callbackUrl;
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Sign in with email and password">
      <FormError message={error} />
      <Field id="email" label="Email" type="email" autoComplete="email" required />
      <Field id="password" label="Password" type="password" autoComplete="current-password" required />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
