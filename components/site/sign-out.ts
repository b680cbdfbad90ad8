// next-auth's sign-out needs its CSRF token; done by hand to keep next-auth's client bundle off
// the static library pages.
export async function signOutOfSandtable(): Promise<void> {
  const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
  await fetch('/api/auth/signout', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, json: 'true' }),
  });
  window.location.href = '/';
}

/** Signs in with email and password; returns an error message or null. */
export async function signInWithPassword(email: string, password: string): Promise<string | null> {
  const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await fetch('/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  const error = body.url ? new URL(body.url, window.location.origin).searchParams.get('error') : 'Sign-in failed';
  if (error) return error === 'CredentialsSignin' ? 'The email or password is wrong.' : error;
  return null;
}
