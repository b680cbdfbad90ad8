// The navigation is derived from the content: a section appears only when it has entries, so
// the site never links to an empty page.
export interface SectionCounts {
  threats: number;
  mitigations: number;
  frameworkPages: number;
  caseStudies: number;
  glossary: number;
  atlasTechniquesCited: number;
  scenarios: number;
}

export interface SiteSection {
  href: string;
  label: string;
}

export function siteSections(counts: SectionCounts): SiteSection[] {
  const sections: Array<SiteSection & { show: boolean }> = [
    { href: '/library', label: 'Library', show: counts.threats > 0 },
    { href: '/scenarios', label: 'Scenarios', show: counts.scenarios > 0 },
    { href: '/matrix', label: 'Matrix', show: counts.threats > 0 },
    { href: '/frameworks', label: 'Frameworks', show: counts.frameworkPages > 0 },
    { href: '/mitigations', label: 'Mitigations', show: counts.mitigations > 0 },
    { href: '/atlas', label: 'ATLAS', show: counts.atlasTechniquesCited > 0 },
    { href: '/case-studies', label: 'Case studies', show: counts.caseStudies > 0 },
    { href: '/glossary', label: 'Glossary', show: counts.glossary > 0 },
  ];
  return sections.filter((s) => s.show).map(({ href, label }) => ({ href, label }));
}
