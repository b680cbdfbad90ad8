import { existsSync, readFileSync } from 'node:fs';

// Library pages are static; the search index is a static asset built from the same content.

// Static pages carry Next's inline bootstrap scripts, which differ per page and cannot carry a
// per-request nonce, so scripts are limited to this origin plus inline; everything else is shut.
// Development needs eval for React's tooling, so the policy applies to production builds.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// Renamed library ids keep redirecting (written by the content step, scripts/check-content.ts).
function libraryRedirects() {
  const file = '.contentlayer/redirects.json';
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  async redirects() {
    return libraryRedirects();
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
          ...(process.env.NODE_ENV === 'production' ? [{ key: 'Content-Security-Policy', value: contentSecurityPolicy }] : []),
        ],
      },
    ];
  },
};

export default nextConfig;
