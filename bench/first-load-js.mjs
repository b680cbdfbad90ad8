// npm run bench:bundle — first-load JavaScript per page of the production build: the gzipped
// size of every script the prerendered HTML loads. Run after `npm run build`.
// Budget (issue 2): threat page ≤ 100 kB gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PAGES = {
  '/': 'index.html',
  '/library': 'library.html',
  '/threats/ml01-input-manipulation': 'threats/ml01-input-manipulation.html',
  '/matrix': 'matrix.html',
  '/mitigations/model-signing': 'mitigations/model-signing.html',
};
const BUDGET_KB = 100;

const gzipOf = (src) => gzipSync(readFileSync(join('.next', decodeURIComponent(src).replace(/^\/_next\//, ''))), { level: 9 }).length;
const scriptsOf = (html) => [...new Set([...html.matchAll(/<script(?![^>]*noModule)[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]))];

let over = false;
const perPage = [];
for (const [route, file] of Object.entries(PAGES)) {
  const path = join('.next/server/app', file);
  if (!existsSync(path)) {
    console.log(`${route}: not prerendered (${path} missing) — run npm run build first`);
    over = true;
    continue;
  }
  const html = readFileSync(path, 'utf8');
  const scripts = scriptsOf(html);
  perPage.push(scripts);
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const bytes = readFileSync(join('.next', decodeURIComponent(src).replace(/^\/_next\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const inlineGzip = gzipSync([...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('')).length;
  const kb = gzip / 1000;
  const budget = route.startsWith('/threats/') ? ` (budget ${BUDGET_KB} kB: ${kb <= BUDGET_KB ? 'within' : 'OVER'})` : '';
  if (route.startsWith('/threats/') && kb > BUDGET_KB) over = true;
  console.log(`${route.padEnd(36)} ${String(scripts.length).padStart(2)} scripts  ${(raw / 1000).toFixed(1)} kB raw  ${kb.toFixed(1)} kB gzipped  + ${(inlineGzip / 1000).toFixed(1)} kB inline RSC payload gzipped${budget}`);
}
// What every page loads is the framework (React, the App Router runtime) plus our layout; the
// rest is what a page adds.
const shared = perPage.reduce((acc, list) => acc.filter((src) => list.includes(src)));
console.log(`shared by every page: ${shared.length} scripts, ${(shared.reduce((sum, src) => sum + gzipOf(src), 0) / 1000).toFixed(1)} kB gzipped`);
process.exitCode = over ? 1 : 0;
