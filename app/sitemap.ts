// GET /sitemap.xml – every public library page and scenario briefing (static)
import type { MetadataRoute } from 'next';
import { getLibrary } from '@/lib/content/library-source';
import { getScenarios } from '@/lib/content/scenario-source';
import { siteUrl } from '@/lib/content/site-config';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const library = getLibrary();
  const base = siteUrl();
  const sections = ['/', '/library', '/scenarios', '/matrix', '/frameworks', '/mitigations', '/atlas', '/case-studies', '/glossary'];
  const entries = [
    ...library.threats,
    ...library.mitigations,
    ...library.frameworkPages,
    ...library.collections,
    ...library.caseStudies,
    ...getScenarios(),
  ].map((doc) => doc.url);
  return [...sections, ...entries].map((path) => ({ url: `${base}${path}` }));
}
