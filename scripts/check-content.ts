// Fails the build when any library document breaks its schema or a cross-reference.
// Runs after `contentlayer2 build`, over the documents it generated.
import { readFileSync, writeFileSync } from 'node:fs';
import { atlasTableSchema, indexAtlas } from '../lib/library/atlas';
import { validateLibrary } from '../lib/library/validate-library';
import { loadLibraryFromDisk } from '../lib/content/load-from-disk';
import { readGeneratedDocuments } from '../lib/content/read-generated';
import { libraryRedirects } from '../lib/library/redirects';
import { checkScenarios } from '../lib/content/check-scenarios';

const atlas = indexAtlas(atlasTableSchema.parse(JSON.parse(readFileSync('content/atlas/atlas.json', 'utf8'))));
const documents = readGeneratedDocuments();
const scenarios = checkScenarios(documents, atlas);
const problems = [...validateLibrary(documents, atlas), ...scenarios.problems];

if (problems.length > 0) {
  for (const p of problems) console.error(`${p.file}: ${p.field}: ${p.message}`);
  console.error(`\ncontent check failed: ${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s)`);
  process.exit(1);
}
// Redirects from renamed ids, read by next.config.mjs: written here because this step owns the
// validated content and next.config cannot import TypeScript.
const { library } = loadLibraryFromDisk();
writeFileSync('.contentlayer/redirects.json', `${JSON.stringify(libraryRedirects(library.threats, library.mitigations), null, 1)}\n`);

const counts = new Map<string, number>();
for (const doc of documents) counts.set(doc.type, (counts.get(doc.type) ?? 0) + 1);
counts.set('Scenario', scenarios.count);
console.log(`content check passed: ${[...counts].map(([type, n]) => `${n} ${type}`).join(', ')}`);
