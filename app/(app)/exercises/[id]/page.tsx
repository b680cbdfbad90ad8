import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { FacilitatorConsole } from '@/components/exercise/facilitator-console-client';
import { ParticipantViewClient } from '@/components/exercise/participant-view-client';
import { SoloPracticeClient } from '@/components/exercise/solo-practice-client';
import { JoinAsMember } from '@/components/exercise/join-as-member-client';
import { exerciseAccess } from '@/lib/server/exercises/exercise-access';
import { exerciseViewFor } from '@/lib/server/exercises/exercise-view';
import { HttpError } from '@/lib/server/http';
import { isReportShared } from '@/lib/server/reports/report-store';

export const metadata: Metadata = { title: 'Exercise', robots: { index: false } };

export default async function ExercisePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let access;
  try {
    access = await exerciseAccess(id);
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/exercises/${id}`)}`);
    notFound();
  }
  const payload = await exerciseViewFor(access.db, access.exercise, access.actor);
  if (payload.kind === 'facilitator') {
    return <FacilitatorConsole exerciseId={payload.meta.id} title={payload.meta.title} joinCode={payload.meta.joinCode} scenario={payload.scenario} initialEvents={payload.events} />;
  }
  if (payload.kind === 'solo') return <SoloPracticeClient exerciseId={payload.meta.id} title={payload.meta.title} initial={{ view: payload.view, next: payload.next }} />;
  // A team member opening the exercise for the first time joins it as themselves.
  const joined = payload.view.participants.some((p) => p.id === access.actor.id);
  if (!joined && access.actor.kind === 'user' && payload.view.status !== 'ended') {
    return <JoinAsMember exerciseId={payload.meta.id} title={payload.meta.title} roles={payload.view.scenario.roles} />;
  }
  // Members read the report; guests and observers only once the facilitator shares it (else the report page answers them 404).
  const readsReport = access.actor.kind === 'user' && access.actor.role === 'participant';
  // Only an ended exercise's report can have been published and shared.
  const sharedWithViewer = !readsReport && payload.view.status === 'ended' && (await isReportShared(access.db, access.exercise.id));
  const reportHref = readsReport || sharedWithViewer ? `/exercises/${payload.meta.id}/report` : undefined;
  return <ParticipantViewClient exerciseId={payload.meta.id} title={payload.meta.title} initial={payload.view} seq={payload.seq} reportHref={reportHref} />;
}
