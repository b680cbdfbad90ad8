import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ReplayClient } from '@/components/exercise/replay-client';
import { exerciseAccess } from '@/lib/server/exercises/exercise-access';
import { exerciseViewFor } from '@/lib/server/exercises/exercise-view';
import { HttpError } from '@/lib/server/http';

export const metadata: Metadata = { title: 'Replay', robots: { index: false } };

// The whole log, notes and consequences included, is the facilitator's: participants get the
// after-action report instead.
export default async function ReplayPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let access;
  try {
    access = await exerciseAccess(id);
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/exercises/${id}/replay`)}`);
    notFound();
  }
  const payload = await exerciseViewFor(access.db, access.exercise, access.actor);
  if (payload.kind !== 'facilitator') notFound();
  return <ReplayClient title={payload.meta.title} scenario={payload.scenario} events={payload.events} />;
}
