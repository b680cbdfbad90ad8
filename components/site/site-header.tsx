import Link from 'next/link';
import { getAtlas, getLibrary } from '@/lib/content/library-source';
import { getScenarios } from '@/lib/content/scenario-source';
import { citedAtlasTechniques } from '@/lib/library/atlas-coverage';
import { siteSections } from '@/lib/library/site-sections';
import { SearchTrigger } from '@/components/search/search-trigger-client';
import { ThemeToggle } from '@/components/site/theme-toggle-client';
import { AccountMenu } from '@/components/site/account-menu-client';

export function SiteHeader() {
  const library = getLibrary();
  const sections = siteSections({
    threats: library.threats.length,
    mitigations: library.mitigations.length,
    frameworkPages: library.frameworkPages.length,
    caseStudies: library.caseStudies.length,
    glossary: library.glossary.length,
    atlasTechniquesCited: citedAtlasTechniques(library, getAtlas()).length,
    scenarios: getScenarios().length,
  });
  return (
    <header data-site-header className="border-b border-border bg-bg">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-fg no-underline">
          Sandtable
        </Link>
        <nav aria-label="Main" className="order-3 w-full relative overflow-x-auto sm:order-none sm:w-auto">
          <ul className="flex gap-4 text-sm">
            {sections.map((s) => (
              <li key={s.href}>
                <Link href={s.href} className="whitespace-nowrap text-fg-muted hover:text-fg">
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <SearchTrigger />
          <ThemeToggle />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
