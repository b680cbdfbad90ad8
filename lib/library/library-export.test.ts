import { describe, expect, it } from 'vitest';
import { libraryFromDocuments } from '../content/library-from-documents';
import { libraryExport } from './library-export';
import { libraryExportJsonSchema, libraryExportSchema } from './library-export-schema';
import { fixtureLibraryDocuments } from './test-fixtures';

describe('libraryExport', () => {
  const exported = JSON.parse(JSON.stringify(libraryExport(libraryFromDocuments(fixtureLibraryDocuments()), '2026-11-23T10:00:00.000Z')));

  it('parses back against its published schema', () => {
    expect(libraryExportSchema.safeParse(exported).error?.issues ?? []).toEqual([]);
  });

  it('lists for each mitigation the threats it addresses, and leaks no compiled MDX or file paths', () => {
    expect(exported.mitigations[0].threats).toEqual(['ml02-data-poisoning', 'ml10-model-poisoning']);
    expect(JSON.stringify(exported)).not.toMatch(/"mdx"|"sourceFile"/);
  });

  it('carries the aliases of threats and mitigations, [] when there are none', () => {
    const docs = fixtureLibraryDocuments().map((doc) =>
      doc.type === 'Threat' && doc.fields.id === 'ml02-data-poisoning' ? { ...doc, fields: { ...doc.fields, aliases: ['Training data poisoning'] } } : doc,
    );
    const withAliases = libraryExport(libraryFromDocuments(docs), '2026-11-23T10:00:00.000Z');
    expect(withAliases.threats.find((t) => t.id === 'ml02-data-poisoning')?.aliases).toEqual(['Training data poisoning']);
    expect(withAliases.mitigations[0]?.aliases).toEqual([]);
  });

  it('is rejected by the schema when a field is missing or renamed', () => {
    const broken = structuredClone(exported);
    broken.threats[0].name = broken.threats[0].title;
    delete broken.threats[0].title;
    expect(libraryExportSchema.safeParse(broken).success).toBe(false);
  });

  it('publishes a JSON Schema with the version in its id', () => {
    const schema = libraryExportJsonSchema();
    expect(schema.$id).toMatch(/library-1\.1\.0\.json$/);
    expect(schema).toMatchObject({ type: 'object', required: expect.arrayContaining(['schemaVersion', 'threats', 'mitigations']) });
  });
});
