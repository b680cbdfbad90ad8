'use client';

// next-auth starts an OAuth sign-in with a POST carrying its CSRF token.
export function SsoButton({ providerId, label, callbackUrl }: { providerId: string; label: string; callbackUrl: string }) {
  async function start() {
    const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await fetch(`/api/auth/signin/${providerId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken, callbackUrl, json: 'true' }),
    });
    const { url } = (await response.json()) as { url: string };
    window.location.href = url;
  }
  return (
    <button type="button" onClick={() => void start()} className="mt-2 w-full rounded border border-border px-4 py-2 font-medium">
      Sign in with {label}
    </button>
  );
}
