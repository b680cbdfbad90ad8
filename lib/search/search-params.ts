// Search and facet parameters as they arrive in a URL, validated: /api/search, /search and the
// library index all read them through this schema.
import { z } from 'zod';
import { LIFECYCLE_STAGES, SEVERITIES, STRIDE_LETTERS } from '../library/vocabulary';
import { SEARCH_KINDS } from './search-document';

// A facet arrives as a repeated query parameter or a comma-separated one (?stride=S,T or
// ?stride=S&stride=T). Unknown values are an error the caller reports, never silently ignored.
const commaList = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((raw) => (raw === undefined ? [] : (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')).filter(Boolean)))
    .pipe(z.array(item).max(20, 'at most 20 values per facet'));

export const searchParamsSchema = z.object({
  q: z.string().max(1000, 'q must be at most 1000 characters').optional().default(''),
  collection: commaList(z.string().regex(/^[a-z0-9-]{1,60}$/, 'collection must be a collection id')),
  stride: commaList(z.enum(STRIDE_LETTERS)),
  lifecycle: commaList(z.enum(LIFECYCLE_STAGES)),
  severity: commaList(z.enum(SEVERITIES)),
  kind: commaList(z.enum(SEARCH_KINDS)),
  limit: z.coerce.number().int().min(1).max(100).optional().default(20),
});
export type SearchParams = z.infer<typeof searchParamsSchema>;

/** Reads URLSearchParams (or Next's searchParams record) into a plain record for the schema. */
export function searchParamsRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return record;
}
