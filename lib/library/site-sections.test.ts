import { describe, expect, it } from 'vitest';
import { siteSections } from './site-sections';

describe('siteSections', () => {
  it('shows only sections that have content', () => {
    const labels = siteSections({ threats: 10, mitigations: 5, frameworkPages: 0, caseStudies: 0, glossary: 3, atlasTechniquesCited: 0 }).map((s) => s.label);
    expect(labels).toEqual(['Library', 'Matrix', 'Mitigations', 'Glossary']);
  });
});
