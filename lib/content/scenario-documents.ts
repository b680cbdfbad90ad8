// Contentlayer's generated Scenario documents, split into the frontmatter (parsed strictly by the
// scenario schema) and the parts the app needs beside it: the public background, compiled and raw.
import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioDocument } from '../exercise/validate-scenario-documents';

const BOOKKEEPING = new Set(['_id', '_raw', 'type', 'body', 'url', 'sourceFile']);

export interface GeneratedScenario extends ScenarioDocument {
  url: string;
  /** The background compiled by mdx-bundler. It also embeds the whole frontmatter, injects
   *  included, so it must only ever be evaluated on the server, never sent to a browser. */
  mdx: string;
}

// Nested contentlayer types (the references) carry `type` and `_raw` of their own.
function stripNested(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNested);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'type' && key !== '_raw').map(([k, v]) => [k, stripNested(v)]));
  }
  return value;
}

export function scenarioFromGenerated(generated: Record<string, unknown>): GeneratedScenario {
  const body = generated.body;
  const bodyRecord: Record<string, unknown> = body && typeof body === 'object' ? { ...body } : {};
  return {
    sourceFile: String(generated.sourceFile ?? ''),
    url: String(generated.url ?? ''),
    fields: Object.fromEntries(
      Object.entries(generated)
        .filter(([key]) => !BOOKKEEPING.has(key))
        .map(([key, value]) => [key, stripNested(value)]),
    ),
    bodyRaw: String(bodyRecord.raw ?? ''),
    mdx: String(bodyRecord.code ?? ''),
  };
}

/** The generated scenarios read from disk, for scripts and tests that run outside Next. */
export function readGeneratedScenarios(generatedDir = '.contentlayer/generated'): GeneratedScenario[] {
  const file = join(generatedDir, 'Scenario', '_index.json');
  if (!existsSync(file)) return [];
  const docs: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(docs)) throw new Error(`${file} is not a JSON array`);
  return docs.map((doc: Record<string, unknown>) => scenarioFromGenerated(doc));
}
