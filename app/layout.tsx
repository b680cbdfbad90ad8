import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import themeScript from '@/components/site/theme-script.json';
import { siteUrl } from '@/lib/content/site-config';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Sandtable — ML threat library and tabletop exercises', template: '%s · Sandtable' },
  description:
    'A searchable, cross-linked library of machine-learning security threats: OWASP ML Top 10, STRIDE and LINDDUN for ML, PASTA, and mitigations.',
  openGraph: { siteName: 'Sandtable', type: 'website' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1115' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Applies a stored theme before first paint; allowed by its hash in the CSP (next.config.mjs). */}
        <script dangerouslySetInnerHTML={{ __html: themeScript.source }} />
      </head>
      <body className="flex min-h-screen flex-col bg-bg text-fg antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-bg focus:p-2">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
