// The search engine shared by the server (/api/search, /search) and the browser palette.
//
// A query is split into IDs (ML04, AML.T0020, FIN-07: see id-matcher.ts) and words.
// Each word is expanded to real words of the library: itself, words it starts (poiso →
// poisoning), or, when neither exists, words one or two typos away (posioning → poisoning).
// A word that is none of these matches nothing, so nonsense finds nothing.
//
// An entry's score is how much of the query it covers and where: each word counts by its
// rarity (IDF, doubled for words some title or keyword uses) times the weight of the best field it
// appears in (code, title and aliases over keywords over summary over body), plus a bonus when the
// query covers most of the entry's title or an alias. So a title containing the query's words beats a body that mentions each of them
// once, and entries covering less than half of what the best entry covers are left out.
import { matchesFacets, type SearchFacets } from './facets';
import { IdMatcher } from './id-matcher';
import { indexDocuments, indexedWords, stemsOf } from './index-documents';
import { docOf, PostingsField, tfOf } from './postings';
import { MAX_QUERY_LENGTH } from './query-terms';
import { SEARCH_FIELDS, type SearchField, type SerializedSearchIndex } from './search-index-schema';
import type { SearchDocument, SearchDocumentMeta } from './search-document';
import { stem } from './stem';
import { STOP_WORDS } from './stop-words';
import { textTokens } from './text-tokens';
import { WordList } from './word-list';

const FIELD_WEIGHT: Record<SearchField, number> = { code: 1, title: 1, aliases: 1, keywords: 0.7, summary: 0.5, body: 0.4 };
/** Weight of "the query covers this entry's title (or an alias)" beside the words' own scores. */
const NAME_WEIGHT = 0.5;
/** Entries covering less than this share of what the best entry covers are noise, not results. */
const MIN_COVERAGE_SHARE = 0.5;
const MAX_WORDS = 8;
const TOPIC_FIELDS: SearchField[] = ['code', 'title', 'aliases', 'keywords'];
const TOPIC_BOOST = 2;
// BM25's term-frequency saturation for bodies: a word used often in a short body counts more.
const BODY_K = 1.2;
const BODY_B = 0.75;

export interface SearchHit extends SearchDocumentMeta {
  score: number;
}

export interface SearchResponse {
  query: string;
  /** The terms the results matched, for highlighting (typo-corrected when a correction was used). */
  terms: string[];
  /** Set when a word matched nothing as typed and the engine searched a corrected spelling instead. */
  correctedFrom: string[] | null;
  total: number;
  hits: SearchHit[];
}

export type { SerializedSearchIndex } from './search-index-schema';

/** A library word a query word stands for, and how sure we are (1 = the word itself). */
interface Expansion {
  stem: string;
  quality: number;
}

interface QueryWord {
  typed: string;
  expansions: Expansion[];
  /** The spelling searched instead, when the word only matched through a typo correction. */
  corrected: string | null;
}

export class SearchEngine {
  private readonly words: WordList;
  /** Each stem's position in the sorted stems, which is where its postings lists are. */
  private readonly stemIndex: Map<string, number>;
  /** The stem of each word in the sorted word list. */
  private readonly wordStems: string[];
  private readonly postings: Record<SearchField, PostingsField>;
  /** Stems of each entry's title and of each alias, for the name bonus. */
  private readonly names: Array<Array<Set<string>>>;
  private readonly bodyNorm: Float64Array;
  private readonly idMatcher: IdMatcher;
  private readonly titleOrder: Int32Array;

  private constructor(private readonly data: SerializedSearchIndex) {
    this.words = new WordList(data.words);
    this.wordStems = data.words.map(stem);
    const stems = stemsOf(this.wordStems);
    this.stemIndex = new Map(stems.map((s, i) => [s, i]));
    const field = (encoded: string) => new PostingsField(encoded, stems.length);
    this.postings = {
      code: field(data.postings.code),
      title: field(data.postings.title),
      aliases: field(data.postings.aliases),
      keywords: field(data.postings.keywords),
      summary: field(data.postings.summary),
      body: field(data.postings.body),
    };
    const docs = data.documents;
    this.names = docs.map((doc) => [doc.title, ...doc.aliases].map((name) => new Set(indexedWords(name, 'title').map(stem))).filter((s) => s.size > 0));
    const averageBody = docs.reduce((sum, doc) => sum + doc.bodyLength, 0) / Math.max(1, docs.length) || 1;
    this.bodyNorm = Float64Array.from(docs, (doc) => BODY_K * (1 - BODY_B + (BODY_B * doc.bodyLength) / averageBody));
    this.idMatcher = new IdMatcher(docs);
    this.titleOrder = new Int32Array(docs.length);
    // Plain code-point order: only ties use it, and locale collation costs ~10 ms to start up.
    const titleKey = docs.map((doc) => doc.title.toLowerCase());
    [...docs.keys()].sort((a, b) => ((titleKey[a] ?? '') < (titleKey[b] ?? '') ? -1 : 1)).forEach((doc, rank) => (this.titleOrder[doc] = rank));
  }

  static fromDocuments(docs: SearchDocument[]): SearchEngine {
    return new SearchEngine(indexDocuments(docs));
  }

  /** Loads an index built by `indexDocuments` (at build time); parse untrusted JSON with `parseSearchIndex` first. */
  static fromSerialized(data: SerializedSearchIndex): SearchEngine {
    return new SearchEngine(data);
  }

  serialize(): SerializedSearchIndex {
    return this.data;
  }

  search(query: string, facets: SearchFacets = {}, limit = 20): SearchResponse {
    const text = query.slice(0, MAX_QUERY_LENGTH);
    const { bonus, idTerms, rest } = this.idMatcher.match(text);
    const typed = [...new Set(rest.flatMap(textTokens).filter((word) => !STOP_WORDS.has(word)))].slice(0, MAX_WORDS);
    const words = typed.map((word) => this.expand(word));
    const { scores, coverage } = this.scoreWords(words);
    for (const [i, extra] of bonus) scores[i] = (scores[i] ?? 0) + extra;

    const filtered = Object.values(facets).some((values) => values && values.length > 0);
    const candidates: number[] = [];
    let bestCoverage = 0;
    for (let i = 0; i < scores.length; i++) {
      const doc = this.data.documents[i];
      if (!((scores[i] ?? 0) > 0) || !doc || (filtered && !matchesFacets(doc, facets))) continue;
      candidates.push(i);
      bestCoverage = Math.max(bestCoverage, coverage[i] ?? 0);
    }
    // Ties go to the alphabetically first title; hits are built for the returned page only.
    const ranked = candidates
      .filter((i) => bonus.has(i) || (coverage[i] ?? 0) >= MIN_COVERAGE_SHARE * bestCoverage)
      .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (this.titleOrder[a] ?? 0) - (this.titleOrder[b] ?? 0));

    const corrected = words.some((word) => word.corrected !== null);
    return {
      query,
      terms: [...idTerms, ...words.map((word) => word.corrected ?? word.typed)],
      correctedFrom: corrected ? words.map((word) => word.typed) : null,
      total: ranked.length,
      hits: ranked.slice(0, Math.max(0, limit)).flatMap((i) => this.hit(i, scores[i] ?? 0)),
    };
  }

  /** The library words a query word stands for: itself, words it begins, else words a typo away. */
  private expand(typed: string): QueryWord {
    const byStem = new Map<string, number>();
    const offer = (s: string, quality: number) => byStem.set(s, Math.max(byStem.get(s) ?? 0, quality));
    const own = stem(typed);
    if (this.stemIndex.has(own)) offer(own, 1);
    const stemOf = (word: string) => this.wordStems[this.words.indexOf(word)] ?? stem(word);
    if (typed.length >= 3) for (const word of this.words.withPrefix(typed)) offer(stemOf(word), 0.75 + (0.2 * typed.length) / word.length);
    let corrected: string | null = null;
    // A typo is only assumed for a word that is neither a library word nor the start of one.
    if (byStem.size === 0 && typed.length >= 4 && !/\d/.test(typed)) {
      const near = this.words.near(typed, typed.length >= 8 ? 2 : 1);
      for (const { word, distance } of near) offer(stemOf(word), distance === 1 ? 0.75 : 0.6);
      corrected = near[0]?.word ?? null;
    }
    return { typed, corrected, expansions: [...byStem].map(([s, quality]) => ({ stem: s, quality })) };
  }

  private scoreWords(words: QueryWord[]): { scores: Float64Array; coverage: Float64Array } {
    const n = this.data.documents.length;
    const scores = new Float64Array(n);
    const coverage = new Float64Array(n);
    const best = words.map((word) => this.bestFieldScores(word));
    const idf = best.map((perDoc) => {
      let df = 0;
      for (let i = 0; i < n; i++) if ((perDoc[i] ?? 0) > 0) df++;
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    });
    // A word some title, alias or keyword uses names a topic; one found only in prose ("got",
    // "worse") is rare in technical text without being what the question is about.
    const importance = idf.map((x, j) => x * (this.isTopical(words[j]) ? TOPIC_BOOST : 1));
    const total = importance.reduce((sum, x) => sum + x, 0) || 1;
    const weight = importance.map((x) => x / total);
    best.forEach((perDoc, j) => {
      const w = weight[j] ?? 0;
      for (let i = 0; i < n; i++) {
        const score = perDoc[i] ?? 0;
        if (score <= 0) continue;
        scores[i] = (scores[i] ?? 0) + w * score;
        coverage[i] = (coverage[i] ?? 0) + w;
      }
    });
    this.addNameBonus(words, weight, scores);
    return { scores, coverage };
  }

  private isTopical(word: QueryWord | undefined): boolean {
    return (word?.expansions ?? []).some(({ stem: s }) => TOPIC_FIELDS.some((field) => this.postings[field].has(this.stemIndex.get(s) ?? -1)));
  }

  /** For one query word, each entry's best match: field weight × expansion quality (× body saturation). */
  private bestFieldScores(word: QueryWord): Float64Array {
    const best = new Float64Array(this.data.documents.length);
    for (const { stem: s, quality } of word.expansions) {
      const index = this.stemIndex.get(s) ?? -1;
      for (const field of SEARCH_FIELDS) {
        const list = this.postings[field].list(index);
        if (!list) continue;
        const weight = FIELD_WEIGHT[field] * quality;
        for (const packed of list) {
          const i = docOf(packed);
          const tf = tfOf(packed);
          const score = field === 'body' ? weight * (0.4 + (0.6 * tf) / (tf + (this.bodyNorm[i] ?? BODY_K))) : weight;
          if (score > (best[i] ?? 0)) best[i] = score;
        }
      }
    }
    return best;
  }

  /** Rewards the entry whose title or alias the query covers most: "Model Poisoning" for "poisoning" over a long title that mentions it. */
  private addNameBonus(words: QueryWord[], weight: number[], scores: Float64Array) {
    // Which query words (as bits; there are at most MAX_WORDS) each expanded stem stands for.
    const wordsByStem = new Map<string, number>();
    words.forEach((word, j) => {
      for (const { stem: s } of word.expansions) wordsByStem.set(s, (wordsByStem.get(s) ?? 0) | (1 << j));
    });
    for (let i = 0; i < scores.length; i++) {
      if (!((scores[i] ?? 0) > 0)) continue;
      let bonus = 0;
      for (const name of this.names[i] ?? []) {
        let matchedWords = 0;
        let matchedStems = 0;
        for (const s of name) {
          const bits = wordsByStem.get(s);
          if (bits === undefined) continue;
          matchedStems++;
          matchedWords |= bits;
        }
        if (matchedStems === 0) continue;
        let share = 0;
        for (let j = 0; j < words.length; j++) if (matchedWords & (1 << j)) share += weight[j] ?? 0;
        bonus = Math.max(bonus, (matchedStems / name.size) * share);
      }
      scores[i] = (scores[i] ?? 0) + NAME_WEIGHT * bonus;
    }
  }

  private hit(i: number, score: number): SearchHit[] {
    const doc = this.data.documents[i];
    if (!doc) return [];
    const { kind, id, url, code, title, aliases, summary, collections, stride, lifecycle, severity } = doc;
    return [{ kind, id, url, code, title, aliases, summary, collections, stride, lifecycle, severity, score }];
  }
}
