'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError, FormNotice } from '@/components/ui/field';
import { submitJson } from '@/components/ui/submit-json';

interface Props {
  exerciseId: string;
  published: boolean;
  sharedAt: string | null;
}

/** The facilitator shares the published report with the team's observers and the exercise's guests, or stops sharing it. */
export function ReportShare({ exerciseId, published, sharedAt }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function send(method: 'PUT' | 'DELETE') {
    setPending(true);
    const result = await submitJson(`/api/exercises/${exerciseId}/report/share`, method);
    setPending(false);
    setError(result.error);
    setNotice(result.ok ? (method === 'PUT' ? 'Shared with observers and guests.' : 'No longer shared with observers and guests.') : null);
    if (result.ok) router.refresh();
  }

  return (
    <section aria-labelledby="share-heading" className="mt-6 rounded border border-border p-4 print:hidden">
      <h2 id="share-heading" className="text-lg font-semibold">
        Sharing
      </h2>
      {!published ? (
        <p className="mt-2">Team members can read this report. Once it is published you can share it with the team’s observers and the exercise’s guests.</p>
      ) : sharedAt ? (
        <>
          <p className="mt-2" data-testid="shared-line">
            Shared with the team’s observers and the exercise’s guests since <time dateTime={sharedAt}>{sharedAt}</time>.
          </p>
          <button type="button" disabled={pending} onClick={() => send('DELETE')} className="mt-3 rounded border border-border px-3 py-1 font-medium">
            Stop sharing
          </button>
        </>
      ) : (
        <>
          <p className="mt-2">Team members can read this report; the team’s observers and the exercise’s guests cannot until you share it.</p>
          <button type="button" disabled={pending} onClick={() => send('PUT')} className="mt-3 rounded bg-accent px-3 py-1 font-medium text-accent-fg">
            Share with observers and guests
          </button>
        </>
      )}
      <FormError message={error} />
      <FormNotice message={notice} />
    </section>
  );
}
