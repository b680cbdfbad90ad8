// Fails the build when any library document breaks its schema or a cross-reference, or its MDX
// could run code. Runs after `contentlayer2 build`, over the documents it generated, from the
// project directory (content/, .contentlayer/). Prints one `file[:line]: field: message` per problem.
// Run it as `npm run content` does, with `tsx --conditions=react-server`: lib/content is server-only.
import { readFileSync, writeFileSync } from 'node:fs';
import { atlasTableSchema, indexAtlas } from '../lib/library/atlas';
import { validateLibrary, type ContentProblem } from '../lib/library/validate-library';
import { loadLibraryFromDisk } from '../lib/content/load-from-disk';
import { readGeneratedDocuments } from '../lib/content/read-generated';
import { parseSiteUrl, SITE_URL_RECORD_FILE, type SiteUrlRecord } from '../lib/content/site-url-record';
import { libraryRedirects } from '../lib/library/redirects';
import { checkScenarios } from '../lib/content/check-scenarios';

const atlas = indexAtlas(atlasTableSchema.parse(JSON.parse(readFileSync('content/atlas/atlas.json', 'utf8'))));
const documents = readGeneratedDocuments();
const scenarios = checkScenarios(documents, atlas);
const problems: ContentProblem[] = [...validateLibrary(documents, atlas), ...scenarios.problems];
const where = (p: ContentProblem) => (p.line === undefined ? p.file : `${p.file}:${p.line}`);

if (problems.length > 0) {
  for (const p of problems) console.error(`${where(p)}: ${p.field}: ${p.message}`);
  console.error(`\ncontent check failed: ${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s)`);
  process.exit(1);
}
// Redirects from renamed ids, read by next.config.mjs: written here because this step owns the
// validated content and next.config cannot import TypeScript.
const { library } = loadLibraryFromDisk();
writeFileSync('.contentlayer/redirects.json', `${JSON.stringify(libraryRedirects(library.threats, library.mitigations), null, 1)}\n`);
// SITE_URL is a build-time setting: record the origin this build is made with (lib/content/site-config.ts).
const site: SiteUrlRecord = { siteUrl: parseSiteUrl(process.env.SITE_URL) };
writeFileSync(SITE_URL_RECORD_FILE, `${JSON.stringify(site, null, 1)}\n`);

const counts = new Map<string, number>();
for (const doc of documents) counts.set(doc.type, (counts.get(doc.type) ?? 0) + 1);
counts.set('Scenario', scenarios.count);
console.log(`content check passed: ${[...counts].map(([type, n]) => `${n} ${type}`).join(', ')}; SITE_URL ${site.siteUrl}`);
