'use client';

import { useEffect, useState } from 'react';
import { signOutOfSandtable } from './sign-out';

interface Me {
  signedIn: boolean;
  name?: string;
  isAdmin?: boolean;
  teams?: Array<{ slug: string; name: string; role: string }>;
}

// Static library pages cannot read the session, so the header asks the server after load. The
// server-rendered default is the "Sign in" link, which is also what a reader without JS gets.
export function AccountMenu() {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/me', { signal: controller.signal, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : { signedIn: false }))
      .then((body: Me) => setMe(body))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  if (!me?.signedIn) {
    return (
      <a href="/sign-in" className="rounded border border-border px-2 py-1 text-sm no-underline">
        Sign in
      </a>
    );
  }
  return (
    <details className="relative" data-account-menu>
      <summary className="cursor-pointer list-none rounded border border-border px-2 py-1 text-sm">
        <span className="sr-only">Account menu for </span>
        {me.name}
      </summary>
      <div className="absolute right-0 z-40 mt-1 w-64 rounded border border-border bg-bg p-2 text-sm shadow-lg">
        {me.teams && me.teams.length > 0 ? (
          <>
            <p className="px-2 pt-1 text-xs uppercase text-fg-muted">Teams</p>
            <ul>
              {me.teams.map((team) => (
                <li key={team.slug}>
                  <a className="block rounded px-2 py-1 no-underline hover:bg-bg-muted" href={`/t/${team.slug}`}>
                    {team.name} <span className="text-fg-muted">({team.role})</span>
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <ul className="mt-1 border-t border-border pt-1">
          <li>
            <a className="block rounded px-2 py-1 no-underline hover:bg-bg-muted" href="/teams">
              All teams
            </a>
          </li>
          <li>
            <a className="block rounded px-2 py-1 no-underline hover:bg-bg-muted" href="/account">
              Account settings
            </a>
          </li>
          {me.isAdmin ? (
            <li>
              <a className="block rounded px-2 py-1 no-underline hover:bg-bg-muted" href="/admin">
                Instance settings
              </a>
            </li>
          ) : null}
          <li>
            <button type="button" className="block w-full rounded px-2 py-1 text-left hover:bg-bg-muted" onClick={() => void signOutOfSandtable()}>
              Sign out
            </button>
          </li>
        </ul>
      </div>
    </details>
  );
}
