// Which request cookies carry the next-auth session token: `next-auth.session-token`, with the
// `__Secure-` prefix on https, split into `.0`, `.1`, … when the token is large.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/** A key that is the same exactly when the session token is, or null without one. */
export function sessionTokenKey(cookies: readonly { name: string; value: string }[]): string | null {
  const parts = cookies
    .filter((cookie) => SESSION_COOKIE.test(cookie.name) && cookie.value !== '')
    .map((cookie) => `${cookie.name}=${cookie.value}`)
    .sort();
  return parts.length > 0 ? parts.join(';') : null;
}
