'use client';

import { useState } from 'react';
import { FormError, buttonClass } from '@/components/ui/field';
import { submitJson } from '@/components/ui/submit-json';

export function AcceptInvite({ token, teamName, role }: { token: string; teamName: string; role: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function accept() {
    setPending(true);
    const result = await submitJson<{ teamSlug: string }>(`/api/invites/${encodeURIComponent(token)}/accept`, 'POST');
    setPending(false);
    if (!result.ok || !result.data) setError(result.error);
    else window.location.href = `/t/${result.data.teamSlug}`;
  }
  return (
    <div>
      <FormError message={error} />
      <button type="button" className={buttonClass} disabled={pending} onClick={() => void accept()}>
        Join {teamName} as {role}
      </button>
    </div>
  );
}
