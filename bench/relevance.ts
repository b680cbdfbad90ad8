// npm run bench:relevance — does search answer what engineers type? Scores Sandtable's engine and
// MiniSearch (BM25, prefix and fuzzy on) on the same corpus in the same run over the queries in
// bench/relevance-queries.ts: hit@1, hit@3, MRR (first expected entry's rank, top 20), and the
// result count of every nonsense query.
// Budgets (exit 1 when missed): hit@3 ≥ 95 %, MRR above MiniSearch's, 0 results for every nonsense query.
import MiniSearch from 'minisearch';
import { loadLibraryFromDisk } from '../lib/content/load-from-disk';
import { SearchEngine } from '../lib/search/search-engine';
import { toSearchDocuments } from '../lib/search/search-document';
import { NONSENSE_QUERIES, RELEVANCE_QUERIES, type RelevanceQuery } from './relevance-queries';

const TOP = 20;
const BUDGET = { hitAt3: 0.95 };

interface Engine {
  name: string;
  /** Result keys (`kind:id`), best first, at most TOP. */
  ranked(q: string): string[];
  /** How many entries the query matched in all. */
  total(q: string): number;
}

const { library, atlas } = loadLibraryFromDisk();
const docs = toSearchDocuments(library, atlas);
const keys = new Set(docs.map((d) => `${d.kind}:${d.id}`));

const unknown = RELEVANCE_QUERIES.flatMap((r) => r.expect.filter((key) => !keys.has(key)).map((key) => `${r.q} → ${key}`));
if (unknown.length > 0) {
  console.error(`relevance queries name entries that do not exist:\n  ${unknown.join('\n  ')}`);
  process.exit(1);
}

const sandtable: Engine = (() => {
  const engine = SearchEngine.fromSerialized(JSON.parse(JSON.stringify(SearchEngine.fromDocuments(docs).serialize())));
  return {
    name: 'Sandtable',
    ranked: (q) => engine.search(q, {}, TOP).hits.map((h) => `${h.kind}:${h.id}`),
    total: (q) => engine.search(q, {}, TOP).total,
  };
})();

const miniSearch: Engine = (() => {
  const mini = new MiniSearch({
    fields: ['code', 'title', 'aliases', 'keywords', 'summary', 'body'],
    storeFields: ['key'],
    idField: 'key',
    searchOptions: { boost: { code: 6, title: 4, aliases: 4, keywords: 2, summary: 1.5 }, prefix: true, fuzzy: 0.2 },
  });
  mini.addAll(docs.map((d) => ({ ...d, key: `${d.kind}:${d.id}`, code: d.ids.join(' '), aliases: d.aliases.join(' ') })));
  return {
    name: 'MiniSearch',
    ranked: (q) => mini.search(q.slice(0, 200)).slice(0, TOP).map((r) => String(r.id)),
    total: (q) => mini.search(q.slice(0, 200)).length,
  };
})();

function rankOf(engine: Engine, query: RelevanceQuery): number | null {
  const index = engine.ranked(query.q).findIndex((key) => query.expect.includes(key));
  return index === -1 ? null : index + 1;
}

function score(engine: Engine) {
  const ranks = RELEVANCE_QUERIES.map((query) => ({ query, rank: rankOf(engine, query) }));
  const share = (k: number) => ranks.filter((r) => r.rank !== null && r.rank <= k).length / ranks.length;
  const mrr = ranks.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / ranks.length;
  const nonsense = NONSENSE_QUERIES.map((q) => ({ q, total: engine.total(q) }));
  return { hitAt1: share(1), hitAt3: share(3), mrr, ranks, nonsense };
}

function p95(run: (q: string) => unknown): number {
  const queries = [...RELEVANCE_QUERIES.map((r) => r.q), ...NONSENSE_QUERIES];
  for (const q of queries) run(q);
  const samples: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of queries) {
      const start = process.hrtime.bigint();
      run(q);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(0.95 * samples.length)] ?? 0;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const results = [sandtable, miniSearch].map((engine) => ({ engine, ...score(engine), p95: p95((q) => engine.ranked(q)) }));

const kinds = [...new Set(RELEVANCE_QUERIES.map((r) => r.kind))];
console.log(`${RELEVANCE_QUERIES.length} queries (${kinds.map((k) => `${RELEVANCE_QUERIES.filter((r) => r.kind === k).length} ${k}`).join(', ')}), ${NONSENSE_QUERIES.length} nonsense, ${docs.length} entries`);
console.log('engine       hit@1     hit@3     MRR     nonsense results   p95 (these queries)');
for (const r of results) {
  const nonsenseTotal = r.nonsense.reduce((sum, n) => sum + n.total, 0);
  console.log(
    `${r.engine.name.padEnd(13)}${pct(r.hitAt1).padEnd(10)}${pct(r.hitAt3).padEnd(10)}${r.mrr.toFixed(3).padEnd(8)}${String(nonsenseTotal).padEnd(19)}${(r.p95 * 1000).toFixed(0)} µs`,
  );
}

for (const r of results) {
  const misses = r.ranks.filter((x) => x.rank === null || x.rank > 1);
  console.log(`\n${r.engine.name}: queries whose first expected entry is not first (rank, or – when not in the top ${TOP})`);
  for (const { query, rank } of misses) console.log(`  ${String(rank ?? '–').padStart(2)}  [${query.kind}] ${query.q}  → ${r.engine.ranked(query.q)[0] ?? 'nothing'}`);
  const noisy = r.nonsense.filter((n) => n.total > 0);
  if (noisy.length > 0) console.log(`  nonsense with results: ${noisy.map((n) => `${n.q.slice(0, 20)} (${n.total})`).join(', ')}`);
}

const [ours, theirs] = results;
if (!ours || !theirs) throw new Error('unreachable');
const failures = [
  ours.hitAt3 < BUDGET.hitAt3 ? `hit@3 ${pct(ours.hitAt3)} < ${pct(BUDGET.hitAt3)}` : null,
  ours.mrr <= theirs.mrr ? `MRR ${ours.mrr.toFixed(3)} is not above MiniSearch's ${theirs.mrr.toFixed(3)}` : null,
  ours.nonsense.some((n) => n.total > 0) ? 'a nonsense query returned results' : null,
].filter((f): f is string => f !== null);
console.log(`\nbudget: hit@3 ≥ ${pct(BUDGET.hitAt3)}, MRR above MiniSearch's, 0 nonsense results → ${failures.length === 0 ? 'within budget' : `MISSED: ${failures.join('; ')}`}`);
process.exitCode = failures.length === 0 ? 0 : 1;
