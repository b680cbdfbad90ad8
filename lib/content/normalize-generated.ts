// Contentlayer's generated documents mix frontmatter with its own bookkeeping (_id, _raw, type,
// body, computed fields, and `type`/`_raw` on nested objects). This strips them so the frontmatter
// can be parsed strictly, and keeps the parts the app needs beside it.
import 'server-only';
import type { DocumentType } from '../library/schema';
import type { RawDocument } from '../library/validate-library';

const BOOKKEEPING = new Set(['_id', '_raw', 'type', 'body', 'url', 'plainText', 'readingMinutes', 'sourceFile']);

export interface GeneratedExtras {
  url: string;
  plainText: string;
  readingMinutes: number;
  sourceFile: string;
  /** The MDX body compiled to a function body by mdx-bundler. */
  mdx: string;
}

export interface NormalizedDocument extends RawDocument {
  extras: GeneratedExtras;
}

function stripNested(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNested);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'type' && key !== '_raw').map(([k, v]) => [k, stripNested(v)]));
  }
  return value;
}

function field(record: Record<string, unknown>, key: string): unknown {
  return record[key];
}

export function normalizeGenerated(type: DocumentType, generated: Record<string, unknown>): NormalizedDocument {
  const body = field(generated, 'body');
  const bodyRecord = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const fields = Object.fromEntries(
    Object.entries(generated)
      .filter(([key]) => !BOOKKEEPING.has(key))
      .map(([key, value]) => [key, stripNested(value)]),
  );
  return {
    type,
    sourceFile: String(field(generated, 'sourceFile') ?? ''),
    fields,
    bodyRaw: String(bodyRecord.raw ?? ''),
    extras: {
      url: String(field(generated, 'url') ?? ''),
      plainText: String(field(generated, 'plainText') ?? ''),
      readingMinutes: Number(field(generated, 'readingMinutes') ?? 1),
      sourceFile: String(field(generated, 'sourceFile') ?? ''),
      mdx: String(bodyRecord.code ?? ''),
    },
  };
}
