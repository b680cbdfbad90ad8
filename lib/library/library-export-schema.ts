// The contract of GET /api/library, as a zod schema: the export is checked against it in tests,
// and its JSON Schema is published at /api/library/schema for consumers.
import { z } from 'zod';
import { caseStudySchema, collectionSchema, frameworkPageSchema, glossaryTermSchema, mitigationSchema, threatSchema } from './schema';

// 1.1.0: `aliases` on threats, mitigations and framework pages.
export const LIBRARY_EXPORT_VERSION = '1.1.0';

const rendered = {
  url: z.string().startsWith('/'),
  plainText: z.string(),
  readingMinutes: z.number().int().positive(),
};

export const libraryExportSchema = z.strictObject({
  schemaVersion: z.literal(LIBRARY_EXPORT_VERSION),
  generatedAt: z.iso.datetime(),
  counts: z.strictObject({
    threats: z.number().int(),
    mitigations: z.number().int(),
    frameworkPages: z.number().int(),
    collections: z.number().int(),
    caseStudies: z.number().int(),
    glossary: z.number().int(),
  }),
  collections: z.array(collectionSchema.extend(rendered)),
  threats: z.array(threatSchema.extend(rendered)),
  mitigations: z.array(mitigationSchema.extend({ ...rendered, threats: z.array(z.string()) })),
  frameworkPages: z.array(frameworkPageSchema.extend(rendered)),
  caseStudies: z.array(caseStudySchema.extend(rendered)),
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
