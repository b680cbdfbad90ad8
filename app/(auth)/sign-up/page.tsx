import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { SignUpForm } from '@/components/account/sign-up-form-client';
import { safeReturnPath } from '@/lib/auth/return-path';
import { signupSummary } from '@/lib/server/signup-summary';

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl, '/teams');
  const summary = await signupSummary();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Create an account</h1>
      <p className="mt-2 text-fg-muted">{summary}</p>
      <SignUpForm callbackUrl={callbackUrl} />
      <p className="mt-6 text-sm">
        Already have an account? <Link href="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}
