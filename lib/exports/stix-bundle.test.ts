import { describe, expect, it } from 'vitest';
import { libraryFromDocuments } from '../content/library-from-documents';
import { fixtureAtlas, fixtureLibraryDocuments } from '../library/test-fixtures';
import { buildStixBundle, type StixObject } from './stix-bundle';

const library = libraryFromDocuments(fixtureLibraryDocuments());
const timestamp = '2026-11-23T00:00:00.000Z';
// Parse it back from JSON, as a consumer would.
const bundle = JSON.parse(JSON.stringify(buildStixBundle(library, fixtureAtlas, 'https://sandtable.example', timestamp)));
const objects: StixObject[] = bundle.objects;
const byType = (type: string) => objects.filter((o) => o.type === type);
const STIX_ID = /^[a-z][a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('buildStixBundle', () => {
  it('is a bundle of STIX 2.1 objects with valid ids and timestamps', () => {
    expect(bundle.type).toBe('bundle');
    expect(bundle.id).toMatch(/^bundle--/);
    for (const o of objects) {
      expect(o.spec_version).toBe('2.1');
      expect(o.id).toMatch(STIX_ID);
      expect(o.id.startsWith(`${o.type}--`)).toBe(true);
      expect(new Date(o.created).toISOString()).toBe(o.created);
      expect(new Date(o.modified).toISOString()).toBe(o.modified);
    }
    expect(new Set(objects.map((o) => o.id)).size).toBe(objects.length);
  });

  it('has one attack-pattern per threat and one course-of-action per mitigation', () => {
    expect(byType('attack-pattern').map((o) => o.name)).toEqual(['ML02:2023 Data Poisoning Attack', 'ML10:2023 Model Poisoning']);
    expect(byType('course-of-action').map((o) => o.name)).toEqual(['Sign models']);
  });

  it('links every relationship to objects in the bundle', () => {
    const ids = new Set(objects.map((o) => o.id));
    const relationships = byType('relationship');
    expect(relationships.length).toBeGreaterThan(0);
    for (const r of relationships) {
      expect(ids.has(String(r.source_ref))).toBe(true);
      expect(ids.has(String(r.target_ref))).toBe(true);
    }
  });

  it('has a mitigates relationship from course-of-action to attack-pattern for every listed mitigation', () => {
    const mitigates = byType('relationship').filter((r) => r.relationship_type === 'mitigates');
    expect(mitigates).toHaveLength(2);
    for (const r of mitigates) {
      expect(String(r.source_ref)).toMatch(/^course-of-action--/);
      expect(String(r.target_ref)).toMatch(/^attack-pattern--/);
    }
  });

  it('records a related pair once, whichever side names the other', () => {
    expect(byType('relationship').filter((r) => r.relationship_type === 'related-to')).toHaveLength(1);
  });

  it('carries ATLAS and source references', () => {
    const ml02 = byType('attack-pattern').find((o) => String(o.name).startsWith('ML02'));
    expect(ml02?.external_references).toEqual(
      expect.arrayContaining([
        { source_name: 'sandtable', external_id: 'ML02:2023', url: 'https://sandtable.example/threats/ml02-data-poisoning' },
        { source_name: 'mitre-atlas', external_id: 'AML.T0020', url: 'https://atlas.mitre.org/techniques/AML.T0020', description: 'Poison Training Data' },
      ]),
    );
  });

  it('names ATLAS mitigations too, and records the ATLAS release the names were checked against', () => {
    const signing = byType('course-of-action')[0];
    expect(signing?.external_references).toContainEqual({
      source_name: 'mitre-atlas',
      external_id: 'AML.M0014',
      url: 'https://atlas.mitre.org/mitigations/AML.M0014',
      description: 'Verify AI Artifacts',
    });
    expect(signing?.x_sandtable_atlas_release).toBe('test');
    for (const o of [...byType('attack-pattern'), ...byType('course-of-action')]) {
      const atlasRefs = (o.external_references as Array<{ source_name: string; description?: string }>).filter((r) => r.source_name === 'mitre-atlas');
      for (const ref of atlasRefs) expect(ref.description).toMatch(/\S/);
    }
  });

  it('gives the same object ids on every export', () => {
    const again = buildStixBundle(library, fixtureAtlas, 'https://sandtable.example', '2027-01-01T00:00:00.000Z');
    expect(again.objects.map((o) => o.id)).toEqual(objects.map((o) => o.id));
  });
});
