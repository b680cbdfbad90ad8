// npm run bench:search — search budgets, measured: index build time, index size (raw and
// gzipped), query latency p50/p95 over a fixed query set, on the real library and on a generated
// 2,000-entry corpus, with MiniSearch on the same corpus beside it. (Relevance: bench/relevance.ts.)
// Budgets: p95 ≤ 1 ms; index ≤ 150 kB gzipped for the whole library, ≤ 100 kB for the core.
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { loadLibraryFromDisk } from '../lib/content/load-from-disk';
import { SearchEngine } from '../lib/search/search-engine';
import { toSearchDocuments, type SearchDocument } from '../lib/search/search-document';

const QUERIES = [
  'ML04', 'AML.T0020', 'AML.T0024.002', 'LLM01', 'FIN-03', 'SC-02', 'poisoning', 'poiso', 'posioning', 'extration',
  'membership inference', 'model theft', 'adversarial examples', 'pickle', 'sigstore', 'differential privacy',
  'prompt injection', 'feature store', 'credit scoring', 'supply chain', 'rate limiting', 'backdoor trigger',
  'jailbeak', 'model registry rollback', 'fraud', '<script>alert(1)</script>', "'; drop table --", 'x'.repeat(1000),
];
const ROUNDS = 40;
const BUDGET = { p95Ms: 1, indexGzipKiB: 150, coreIndexGzipKiB: 100 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timeQueries(run: (q: string) => unknown) {
  for (const q of QUERIES) run(q); // warm-up
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const start = process.hrtime.bigint();
      run(q);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

function measureSandtable(docs: SearchDocument[]) {
  const start = performance.now();
  const engine = SearchEngine.fromDocuments(docs);
  const serialized = JSON.stringify(engine.serialize());
  const buildMs = performance.now() - start;
  const restored = SearchEngine.fromSerialized(JSON.parse(serialized));
  return { buildMs, raw: Buffer.byteLength(serialized), gzip: gzipSync(serialized).length, ...timeQueries((q) => restored.search(q)) };
}

function measureMiniSearch(docs: SearchDocument[]) {
  const start = performance.now();
  const mini = new MiniSearch({
    fields: ['code', 'title', 'aliases', 'keywords', 'summary', 'body'],
    storeFields: ['kind', 'url', 'code', 'title', 'summary'],
    idField: 'key',
    searchOptions: { boost: { code: 6, title: 4, aliases: 4, keywords: 2, summary: 1.5 }, prefix: true, fuzzy: 0.2 },
  });
  mini.addAll(docs.map((d, i) => ({ ...d, key: i, code: d.ids.join(' '), aliases: d.aliases.join(' ') })));
  const serialized = JSON.stringify(mini);
  const buildMs = performance.now() - start;
  const restored = MiniSearch.loadJSON(serialized, {
    fields: ['code', 'title', 'aliases', 'keywords', 'summary', 'body'],
    storeFields: ['kind', 'url', 'code', 'title', 'summary'],
    idField: 'key',
    searchOptions: { boost: { code: 6, title: 4, aliases: 4, keywords: 2, summary: 1.5 }, prefix: true, fuzzy: 0.2 },
  });
  return { buildMs, raw: Buffer.byteLength(serialized), gzip: gzipSync(serialized).length, ...timeQueries((q) => restored.search(q.slice(0, 200))) };
}

/** A deterministic synthetic corpus drawn from the real library's vocabulary. */
function generatedCorpus(real: SearchDocument[], size: number): SearchDocument[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
  const words = real.flatMap((d) => `${d.title} ${d.summary} ${d.body}`.split(/\s+/)).filter((w) => /^[A-Za-z-]{3,}$/.test(w));
  const pick = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
  return Array.from({ length: size }, (_, i) => {
    const base = real[i % real.length]!;
    return {
      ...base,
      id: `gen-${i}`,
      code: `GEN-${String(i).padStart(4, '0')}`,
      ids: [`GEN-${String(i).padStart(4, '0')}`, ...base.ids.slice(1)],
      title: pick(4),
      summary: pick(20),
      keywords: pick(6),
      body: pick(500),
    };
  });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value < 1 ? (value * 1000).toFixed(0) + ' µs' : value.toFixed(2) + ' ms'}`;

const { library, atlas } = loadLibraryFromDisk();
const real = toSearchDocuments(library, atlas);
// The OWASP ML Top 10, frameworks and mitigations: the library as first scoped (issue 2's budget
// of 100 kB applied to it; the full library's budget is 150 kB).
const core = real.filter((d) => ['framework', 'mitigation'].includes(d.kind) || (d.kind === 'threat' && d.collections.includes('owasp-ml-top-10')));
const corpora = [
  { name: `core library (${core.length} entries)`, docs: core },
  { name: `real library (${real.length} entries)`, docs: real },
  { name: 'generated (2,000 entries)', docs: generatedCorpus(real, 2000) },
];

console.log(`queries: ${QUERIES.length} × ${ROUNDS} rounds, Node ${process.version}`);
console.log('corpus                        engine       build      index raw   index gzip  p50       p95');
let withinBudget = true;
for (const corpus of corpora) {
  const ours = measureSandtable(corpus.docs);
  const mini = measureMiniSearch(corpus.docs);
  for (const [engine, r] of [['Sandtable', ours], ['MiniSearch', mini]] as const) {
    console.log(
      `${corpus.name.padEnd(30)}${engine.padEnd(13)}${ms(r.buildMs).padEnd(11)}${kib(r.raw).padEnd(12)}${kib(r.gzip).padEnd(12)}${ms(r.p50).padEnd(10)}${ms(r.p95)}`,
    );
  }
  const budgetKiB = corpus.docs === real ? BUDGET.indexGzipKiB : corpus.docs === core ? BUDGET.coreIndexGzipKiB : null;
  if (budgetKiB !== null) {
    const ok = ours.p95 <= BUDGET.p95Ms && ours.gzip / 1024 <= budgetKiB;
    withinBudget &&= ok;
    console.log(`budget (${corpus.name}, Sandtable): p95 ≤ ${BUDGET.p95Ms} ms, index ≤ ${budgetKiB} KiB gzipped → ${ok ? 'within budget' : 'OVER BUDGET'}`);
  }
}
process.exitCode = withinBudget ? 0 : 1;
