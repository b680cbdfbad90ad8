import { describe, expect, it } from 'vitest';
import { siteSections } from './site-sections';

describe('siteSections', () => {
  it('shows only sections that have content', () => {
    const labels = siteSections({ threats: 10, mitigations: 5, frameworkPages: 0, caseStudies: 0, glossary: 3, atlasTechniquesCited: 0, scenarios: 0 }).map((s) => s.label);
    expect(labels).toEqual(['Library', 'Matrix', 'Mitigations', 'Glossary']);
  });

  it('shows Scenarios beside the library once there are scenarios', () => {
    const labels = siteSections({ threats: 10, mitigations: 0, frameworkPages: 0, caseStudies: 0, glossary: 0, atlasTechniquesCited: 0, scenarios: 2 }).map((s) => s.label);
    expect(labels).toEqual(['Library', 'Scenarios', 'Matrix']);
  });
});
