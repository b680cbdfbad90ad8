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

  it('only names technique IDs that exist in ATLAS, even when a threat cites one that does not', () => {
    // The content check rejects unknown IDs, but the layer must not depend on it: ATLAS Navigator
    // fails to load a layer naming a technique the ATLAS domain lacks.
    const docs = fixtureLibraryDocuments();
    const ml10 = docs.find((d) => d.fields.id === 'ml10-model-poisoning');
    if (!ml10) throw new Error('fixture ml10-model-poisoning not found');
    ml10.fields.atlas = ['AML.T0010', 'AML.T9999'];
    const cited = buildNavigatorLayer(libraryFromDocuments(docs), fixtureAtlas).techniques.map((t) => t.techniqueID);
    expect(cited).toEqual(['AML.T0020', 'AML.T0010']);
  });
});
