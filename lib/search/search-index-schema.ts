// The serialised search index: built once at build time (scripts/build-search-index.ts), served
// to the palette as /search-index.json and loaded by the server. Parsed with this schema wherever
// it is read, so a stale or truncated artifact fails loudly instead of searching wrongly.
// zod/mini: the palette parses the index in the browser; with the full zod its chunk was 36 kB
// gzipped instead of 22.
import * as z from 'zod/mini';
import { SEARCH_KINDS } from './search-document';

export const SEARCH_INDEX_VERSION = 2;

export const SEARCH_FIELDS = ['code', 'title', 'aliases', 'keywords', 'summary', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const indexedDocumentSchema = z.strictObject({
  kind: z.enum(SEARCH_KINDS),
  id: z.string(),
  url: z.string(),
  code: z.string(),
  title: z.string(),
  aliases: z.array(z.string()),
  summary: z.string(),
  collections: z.array(z.string()),
  stride: z.array(z.string()),
  lifecycle: z.array(z.string()),
  severity: z.nullable(z.string()),
  /** Codes and IDs an exact query lands on. */
  ids: z.array(z.string()),
  /** Words in the body, for length normalisation of body matches. */
  bodyLength: z.int().check(z.minimum(0)),
});
export type IndexedDocument = z.infer<typeof indexedDocumentSchema>;

export const serializedSearchIndexSchema = z.strictObject({
  version: z.literal(SEARCH_INDEX_VERSION),
  documents: z.array(indexedDocumentSchema),
  /** Every indexed word as written, sorted; stems and postings order derive from it. */
  words: z.array(z.string()),
  /** Per field, the postings of every stem in sorted-stem order (see postings.ts). */
  postings: z.strictObject({
    code: z.string(),
    title: z.string(),
    aliases: z.string(),
    keywords: z.string(),
    summary: z.string(),
    body: z.string(),
  } satisfies Record<SearchField, z.ZodMiniString>),
});
export type SerializedSearchIndex = z.infer<typeof serializedSearchIndexSchema>;

export function parseSearchIndex(data: unknown): SerializedSearchIndex {
  const parsed = serializedSearchIndexSchema.safeParse(data);
  if (!parsed.success) throw new Error(`search index: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
