// Reads contentlayer's generated JSON from disk (for scripts and tests that run outside Next).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentType } from '../library/schema';
import { normalizeGenerated, type NormalizedDocument } from './normalize-generated';

const TYPES: DocumentType[] = ['Threat', 'Mitigation', 'FrameworkPage', 'Collection', 'CaseStudy', 'GlossaryTerm'];

export function readGeneratedDocuments(generatedDir = '.contentlayer/generated'): NormalizedDocument[] {
  return TYPES.flatMap((type) => {
    const file = join(generatedDir, type, '_index.json');
    if (!existsSync(file)) return [];
    const docs: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(docs)) throw new Error(`${file} is not a JSON array`);
    return docs.map((doc: Record<string, unknown>) => normalizeGenerated(type, doc));
  });
}
