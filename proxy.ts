// Private pages (signed-in app, sign-in, invites) get a strict, nonce-based Content-Security-
// Policy: no 'unsafe-inline' for scripts. Next.js reads the nonce from the request's policy and
// puts it on its own scripts; the theme script is allowed by its hash. Public library pages are
// static and keep the policy in next.config.mjs. This only sets headers: it is never the guard.
import { NextResponse, type NextRequest } from 'next/server';

export function proxy(request: NextRequest) {
  if (process.env.NODE_ENV !== 'production') return NextResponse.next();
  const nonce = btoa(crypto.randomUUID());
  // The public policy with its script-src replaced: scripts need this response's nonce, or the
  // theme script's hash; 'strict-dynamic' lets Next's nonce'd loader bring in its chunks.
  const policy = (process.env.PUBLIC_CONTENT_SECURITY_POLICY ?? "default-src 'self'")
    .split('; ')
    .map((directive) => (directive.startsWith('script-src ') ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' ${process.env.THEME_SCRIPT_HASH ?? ''}` : directive))
    .join('; ');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: ['/t/:path*', '/teams', '/account', '/admin', '/sign-in', '/sign-up', '/invite/:path*', '/exercises/:path*', '/join'],
};
