// The contract of GET /api/library, as a zod schema: the export is checked against it in tests,
// and its JSON Schema is published at /api/library/schema for consumers.
import { z } from 'zod';
import { caseStudySchema, collectionSchema, frameworkPageSchema, glossaryTermSchema, mitigationSchema, threatSchema } from './schema';

// 1.1.0 (additive): ATLAS references with official names, tactics, URLs and the ATLAS release;
// `aliases` on threats, mitigations and framework pages.
export const LIBRARY_EXPORT_VERSION = '1.1.0';

const rendered = {
  url: z.string().startsWith('/'),
  plainText: z.string(),
  readingMinutes: z.number().int().positive(),
};

const atlasEntryReference = z.strictObject({
  id: z.string(),
  name: z.string().min(1),
  url: z.url(),
  /** The ATLAS release the ID and name were checked against, e.g. "5.6.0". */
  release: z.string().min(1),
});
const atlasTechniqueReference = atlasEntryReference.extend({
  tactics: z.array(z.strictObject({ id: z.string(), name: z.string().min(1), url: z.url() })),
  parent: z.string().nullable(),
});

export const libraryExportSchema = z.strictObject({
  schemaVersion: z.literal(LIBRARY_EXPORT_VERSION),
  generatedAt: z.iso.datetime(),
  atlas: z.strictObject({ source: z.string(), release: z.string(), license: z.string() }),
  counts: z.strictObject({
    threats: z.number().int(),
    mitigations: z.number().int(),
    frameworkPages: z.number().int(),
    collections: z.number().int(),
    caseStudies: z.number().int(),
    glossary: z.number().int(),
  }),
  collections: z.array(collectionSchema.extend(rendered)),
  threats: z.array(threatSchema.extend({ ...rendered, atlasReferences: z.array(atlasTechniqueReference) })),
  mitigations: z.array(mitigationSchema.extend({ ...rendered, threats: z.array(z.string()), atlasReferences: z.array(atlasEntryReference) })),
  frameworkPages: z.array(frameworkPageSchema.extend(rendered)),
  caseStudies: z.array(
    caseStudySchema.extend({ ...rendered, atlasReferences: z.array(atlasTechniqueReference), atlasCaseStudyReference: atlasEntryReference.optional() }),
  ),
  glossary: z.array(glossaryTermSchema.extend(rendered)),
});
export type LibraryExport = z.infer<typeof libraryExportSchema>;

export function libraryExportJsonSchema() {
  return {
    $id: `https://sandtable.dev/schemas/library-${LIBRARY_EXPORT_VERSION}.json`,
    title: `Sandtable library export ${LIBRARY_EXPORT_VERSION}`,
    ...z.toJSONSchema(libraryExportSchema, { io: 'output', unrepresentable: 'any' }),
  };
}
