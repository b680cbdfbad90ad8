import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site/site-shell';

// Sign-in, sign-up and invite pages.
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
