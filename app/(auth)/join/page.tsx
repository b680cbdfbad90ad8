import type { Metadata } from 'next';
import { connection } from 'next/server';
import { JoinForm } from '@/components/exercise/join-form-client';

export const metadata: Metadata = { title: 'Join an exercise', robots: { index: false } };

export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const code = (await searchParams).code;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Join an exercise</h1>
      <p className="mt-2 text-fg-muted">No account needed: enter the code your facilitator gave you and the name to show the room.</p>
      <JoinForm initialCode={typeof code === 'string' ? code.slice(0, 40) : ''} />
    </div>
  );
}
