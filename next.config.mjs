import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

// Library pages are static; the search index is a static asset built from the same content.

// The theme script in app/layout.tsx, allowed by its hash so that pages with a nonce-based policy
// need no 'unsafe-inline' for it.
const themeScript = JSON.parse(readFileSync(new URL('./components/site/theme-script.json', import.meta.url), 'utf8')).source;
const themeScriptHash = `'sha256-${createHash('sha256').update(themeScript).digest('base64')}'`;

// HSTS only when the public origin is https (SITE_URL is read at build time).
const servedOverHttps = (process.env.SITE_URL ?? '').startsWith('https://');

// Static pages carry Next's inline bootstrap scripts, which differ per page and cannot carry a
// per-request nonce, so scripts are limited to this origin plus inline; everything else is shut.
// Development needs eval for React's tooling, so the policy applies to production builds.
const contentSecurityPolicy = [
  "default-src 'self'",
  // A hash in script-src makes browsers ignore 'unsafe-inline', so the hash is published for the
  // private pages' policy (THEME_SCRIPT_HASH) rather than added here.
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
  // PGlite loads its WebAssembly by path, argon2 is a native addon and playwright-core spawns
  // Chromium for the report PDF: all stay plain Node modules.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', 'playwright-core'],
  // The private pages' nonce policy (proxy.ts) is this one with a strict script-src.
  env: { THEME_SCRIPT_HASH: themeScriptHash, PUBLIC_CONTENT_SECURITY_POLICY: contentSecurityPolicy },
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
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          ...(servedOverHttps ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
          ...(process.env.NODE_ENV === 'production' ? [{ key: 'Content-Security-Policy', value: contentSecurityPolicy }] : []),
        ],
      },
    ];
  },
};

export default nextConfig;
