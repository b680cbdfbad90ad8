// Reads contentlayer's generated JSON from disk (for scripts and tests that run outside Next).
import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentType } from '../library/schema';
import { normalizeGenerated, type NormalizedDocument } from './normalize-generated';

const TYPES: DocumentType[] = ['Threat', 'Mitigation', 'FrameworkPage', 'Collection', 'CaseStudy', 'GlossaryTerm'];

// The body is the end of the source file, after the frontmatter: where it starts turns a line of
// the body into a line of the file that an author can open.
function bodyLine(sourceFile: string, bodyRaw: string): number | undefined {
  if (!existsSync(sourceFile)) return undefined;
  const text = readFileSync(sourceFile, 'utf8');
  if (!text.endsWith(bodyRaw)) return undefined;
  return text.slice(0, text.length - bodyRaw.length).split('\n').length;
}

export function readGeneratedDocuments(generatedDir = '.contentlayer/generated'): NormalizedDocument[] {
  return TYPES.flatMap((type) => {
    const file = join(generatedDir, type, '_index.json');
    if (!existsSync(file)) return [];
    const docs: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(docs)) throw new Error(`${file} is not a JSON array`);
    return docs.map((doc: Record<string, unknown>) => {
      const normalized = normalizeGenerated(type, doc);
      return { ...normalized, bodyLine: bodyLine(normalized.sourceFile, normalized.bodyRaw) };
    });
  });
}
