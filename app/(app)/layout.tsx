import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site/site-shell';

// The signed-in part of the app: every page renders per request and checks the session itself
// (lib/server/page-guards.ts); this layout only draws the chrome.
export default function AppLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
