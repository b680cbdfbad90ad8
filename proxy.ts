// Private pages (signed-in app, sign-in, invites) get a strict, nonce-based Content-Security-
// Policy: no 'unsafe-inline' for scripts. Next.js reads the nonce from the request's policy and
// puts it on its own scripts; the theme script is allowed by its hash. Public library pages are
// static and keep the policy in next.config.mjs. This only sets headers: it is never the guard.
import { NextResponse, type NextRequest } from 'next/server';

export function proxy(request: NextRequest) {
  if (process.env.NODE_ENV !== 'production') return NextResponse.next();
  const nonce = btoa(crypto.randomUUID());
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' ${process.env.THEME_SCRIPT_HASH ?? ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
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
