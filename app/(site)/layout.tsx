import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site/site-shell';

// The public library: static pages; the header learns who is signed in from a client island.
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
