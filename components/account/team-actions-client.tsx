'use client';

import { useState } from 'react';
import { FormError } from '@/components/ui/field';
import { submitJson } from '@/components/ui/submit-json';

export function RevokeInviteButton({ teamSlug, inviteId }: { teamSlug: string; inviteId: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="rounded border border-border px-2 py-1 text-sm"
        onClick={async () => {
          const result = await submitJson(`/api/teams/${teamSlug}/invites/${inviteId}`, 'DELETE');
          if (result.ok) window.location.reload();
          else setError(result.error);
        }}
      >
        Withdraw
      </button>
      <FormError message={error} />
    </>
  );
}

export function LeaveTeamButton({ teamSlug, teamName }: { teamSlug: string; teamName: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        className="mt-2 rounded border border-red-700 px-3 py-1 text-sm text-red-700 dark:text-red-400"
        onClick={async () => {
          if (!window.confirm(`Leave ${teamName}?`)) return;
          const result = await submitJson(`/api/teams/${teamSlug}/leave`, 'POST');
          if (result.ok) window.location.href = '/teams';
          else setError(result.error);
        }}
      >
        Leave {teamName}
      </button>
      <FormError message={error} />
    </div>
  );
}
