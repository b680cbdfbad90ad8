'use client';

import { useState, type FormEvent } from 'react';
import { Field, FormError, buttonClass } from '@/components/ui/field';
import { submitJson } from '@/components/ui/submit-json';

function slugify(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
}

export function CreateTeamForm() {
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await submitJson<{ slug: string }>('/api/teams', 'POST', { name, slug: slugTouched ? slug : slugify(name) });
    if (!result.ok || !result.data) {
      setError(result.error);
      setFields(result.fields);
    } else window.location.href = `/t/${result.data.slug}`;
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create a team">
      <FormError message={error} />
      <Field id="team-name" label="Team name" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required error={fields.name} />
      <Field
        id="team-slug"
        label="Team URL"
        hint="Lower-case letters, digits and dashes: /t/your-team"
        value={slugTouched ? slug : slugify(name)}
        onChange={(e) => {
          setSlugTouched(true);
          setSlug(e.target.value);
        }}
        maxLength={40}
        required
        error={fields.slug}
      />
      <button type="submit" className={buttonClass}>
        Create team
      </button>
    </form>
  );
}
