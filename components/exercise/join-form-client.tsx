'use client';

import { useState, type FormEvent } from 'react';
import { Field, FormError, buttonClass } from '@/components/ui/field';
import { submitJson } from '@/components/ui/submit-json';

export function JoinForm({ initialCode }: { initialCode: string }) {
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = await submitJson<{ url: string }>('/api/join', 'POST', { code: String(data.get('join-code') ?? ''), name: String(data.get('display-name') ?? '') });
    if (!result.ok || !result.data) {
      setError(result.error);
      setFields(result.fields);
    } else window.location.href = result.data.url;
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Join an exercise">
      <FormError message={error} />
      <Field id="join-code" label="Join code" defaultValue={initialCode} autoComplete="off" autoCapitalize="characters" required error={fields.code} hint="The code your facilitator shares, such as K7QF-M2XD-9P" />
      <Field id="display-name" label="Your name as others will see it" maxLength={60} required error={fields.name} />
      <button type="submit" className={buttonClass}>
        Join
      </button>
    </form>
  );
}
