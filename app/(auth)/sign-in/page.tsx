import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { SignInForm } from '@/components/account/sign-in-form-client';
import { SsoButton } from '@/components/account/sso-button-client';
import { OIDC_PROVIDER_ID, oidcDisplayName } from '@/lib/auth/auth-options';
import { safeReturnPath } from '@/lib/auth/return-path';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl, '/teams');
  const error = typeof params.error === 'string' ? params.error.slice(0, 300) : null;
  const sso = oidcDisplayName();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Sign in</h1>
      {sso ? (
        <div className="mt-6">
          <SsoButton providerId={OIDC_PROVIDER_ID} label={sso} callbackUrl={callbackUrl} />
          <p className="mt-4 text-center text-sm text-fg-muted">or with your email</p>
        </div>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} initialError={error === 'CredentialsSignin' ? 'The email or password is wrong.' : error} />
      <p className="mt-6 text-sm">
        No account yet? <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create one</Link>.
      </p>
    </div>
  );
}
