import { describe, expect, it } from 'vitest';
import { libraryFromDocuments } from '../content/library-from-documents';
import { fixtureAtlas, fixtureLibraryDocuments } from '../library/test-fixtures';
import { buildNavigatorLayer } from './navigator-layer';

describe('buildNavigatorLayer', () => {
  const layer = JSON.parse(JSON.stringify(buildNavigatorLayer(libraryFromDocuments(fixtureLibraryDocuments()), fixtureAtlas)));

  it('is a layer format 4.x document for the ATLAS domain', () => {
    expect(layer.versions.layer).toMatch(/^4\.\d+$/);
    expect(layer.domain).toBe('atlas-atlas');
    expect(typeof layer.name).toBe('string');
    expect(layer.gradient.colors).toHaveLength(2);
  });

  it('scores each cited technique by the number of threats citing it, and only those', () => {
    expect(layer.techniques).toEqual([
      expect.objectContaining({ techniqueID: 'AML.T0020', score: 1, comment: 'ML02:2023 Data Poisoning Attack' }),
      expect.objectContaining({ techniqueID: 'AML.T0010', score: 1, comment: 'ML10:2023 Model Poisoning' }),
    ]);
    expect(layer.gradient.maxValue).toBe(1);
  });

  it('only names technique IDs that exist in ATLAS', () => {
    for (const t of layer.techniques) expect(fixtureAtlas.technique(t.techniqueID)).toBeDefined();
  });
});
