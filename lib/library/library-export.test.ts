import { describe, expect, it } from 'vitest';
import { libraryFromDocuments } from '../content/library-from-documents';
import { indexAtlas } from './atlas';
import { libraryExport } from './library-export';
import { libraryExportJsonSchema, libraryExportSchema } from './library-export-schema';
import { fixtureAtlas, fixtureLibraryDocuments } from './test-fixtures';

const library = libraryFromDocuments(fixtureLibraryDocuments());

describe('libraryExport', () => {
  const exported = JSON.parse(JSON.stringify(libraryExport(library, fixtureAtlas, '2026-11-23T10:00:00.000Z')));

  it('parses back against its published schema', () => {
    expect(libraryExportSchema.safeParse(exported).error?.issues ?? []).toEqual([]);
  });

  it('lists for each mitigation the threats it addresses, and leaks no compiled MDX or file paths', () => {
    expect(exported.mitigations[0].threats).toEqual(['ml02-data-poisoning', 'ml10-model-poisoning']);
    expect(JSON.stringify(exported)).not.toMatch(/"mdx"|"sourceFile"/);
  });

  it('gives every ATLAS reference its official name, tactics, URL and the release it was checked against', () => {
    const ml02 = exported.threats.find((t: { id: string }) => t.id === 'ml02-data-poisoning');
    expect(ml02.atlas).toEqual(['AML.T0020']); // the 1.0 field is unchanged: the change is additive
    expect(ml02.atlasReferences).toEqual([
      {
        id: 'AML.T0020',
        name: 'Poison Training Data',
        url: 'https://atlas.mitre.org/techniques/AML.T0020',
        tactics: [{ id: 'AML.TA0003', name: 'Resource Development', url: 'https://atlas.mitre.org/tactics/AML.TA0003' }],
        parent: null,
        release: 'test',
      },
    ]);
    expect(exported.mitigations[0].atlasReferences).toEqual([
      { id: 'AML.M0014', name: 'Verify AI Artifacts', url: 'https://atlas.mitre.org/mitigations/AML.M0014', release: 'test' },
    ]);
    expect(exported.atlas).toEqual({ source: 'MITRE ATLAS test', release: 'test', license: 'test' });
  });

  it('takes ATLAS names from the table it is given, so a renamed technique is exported under its new name', () => {
    const renamed = indexAtlas({
      ...fixtureTable(),
      source: 'MITRE ATLAS 9.0.0',
      techniques: fixtureAtlas.techniques.map((t) => (t.id === 'AML.T0020' ? { ...t, name: 'Poison Training Data (renamed)' } : t)),
    });
    const again = libraryExport(library, renamed, '2026-11-23T10:00:00.000Z');
    expect(again.threats.find((t) => t.id === 'ml02-data-poisoning')?.atlasReferences[0]).toMatchObject({
      name: 'Poison Training Data (renamed)',
      release: '9.0.0',
    });
  });

  it('refuses to export an ATLAS ID the table does not have rather than publish it without a name', () => {
    const withoutT0010 = indexAtlas({ ...fixtureTable(), techniques: fixtureAtlas.techniques.filter((t) => t.id !== 'AML.T0010') });
    expect(() => libraryExport(library, withoutT0010, '2026-11-23T10:00:00.000Z')).toThrow('AML.T0010 is not an ATLAS technique in MITRE ATLAS test');
  });

  it('carries the aliases of threats and mitigations, [] when there are none', () => {
    const docs = fixtureLibraryDocuments().map((doc) =>
      doc.type === 'Threat' && doc.fields.id === 'ml02-data-poisoning' ? { ...doc, fields: { ...doc.fields, aliases: ['Training data poisoning'] } } : doc,
    );
    const withAliases = libraryExport(libraryFromDocuments(docs), fixtureAtlas, '2026-11-23T10:00:00.000Z');
    expect(withAliases.threats.find((t) => t.id === 'ml02-data-poisoning')?.aliases).toEqual(['Training data poisoning']);
    expect(withAliases.mitigations[0]?.aliases).toEqual([]);
  });

  it('is rejected by the schema when a field is missing or renamed', () => {
    const broken = structuredClone(exported);
    broken.threats[0].name = broken.threats[0].title;
    delete broken.threats[0].title;
    expect(libraryExportSchema.safeParse(broken).success).toBe(false);
  });

  it('is rejected by the schema when an ATLAS reference has no name', () => {
    const broken = structuredClone(exported);
    delete broken.threats[0].atlasReferences[0].name;
    expect(libraryExportSchema.safeParse(broken).success).toBe(false);
  });

  it('publishes a JSON Schema with the version in its id, describing the ATLAS references', () => {
    const schema = libraryExportJsonSchema();
    expect(schema.$id).toMatch(/library-1\.1\.0\.json$/);
    expect(schema).toMatchObject({ type: 'object', required: expect.arrayContaining(['schemaVersion', 'atlas', 'threats', 'mitigations']) });
    expect(JSON.stringify(schema)).toContain('atlasReferences');
  });
});

function fixtureTable() {
  return {
    source: fixtureAtlas.source,
    license: fixtureAtlas.license,
    tactics: fixtureAtlas.tactics,
    techniques: fixtureAtlas.techniques,
    mitigations: [{ id: 'AML.M0014', name: 'Verify AI Artifacts', url: 'https://atlas.mitre.org/mitigations/AML.M0014' }],
    caseStudies: [],
  };
}
