// The search engine shared by the server (/api/search, /search) and the browser palette: one
// flexsearch index per field, combined by our own ranking so the order is what users expect —
// an exact code or ID first, then title over keywords over summary over body — with prefix
// matches from forward tokenizing, one-typo matches from phonetic encoding, and an edit-distance
// pass over the title vocabulary when nothing else matched.
import { Charset, Encoder, Index } from 'flexsearch';
import { editDistance } from './edit-distance';
import { matchesFacets, type SearchFacets } from './facets';
import { idKeys, normalizeId, queryTerms } from './query-terms';
import { STOP_WORDS } from './stop-words';
import type { SearchDocument, SearchDocumentMeta } from './search-document';

const FIELDS = ['ids', 'title', 'titleSoundsLike', 'keywords', 'summary', 'body'] as const;
type Field = (typeof FIELDS)[number];

// Words as written outrank words that only sound alike: the phonetic title index exists to catch
// typos (`posioning`), and must not lift PASTA above Poisoning for `poiso`.
const FIELD_WEIGHT: Record<Field, number> = { ids: 60, title: 40, titleSoundsLike: 12, keywords: 16, summary: 10, body: 4 };
const EXACT_CODE_BONUS = 10_000;
const EXACT_ID_BONUS = 5_000;
/** Weight of a document that matched only some of the terms of a multi-word query. */
const PARTIAL_MATCH_FACTOR = 0.35;
const PER_FIELD_LIMIT = 500;

export type IndexedDocument = SearchDocumentMeta & { ids: string[] };

export interface SearchHit extends SearchDocumentMeta {
  score: number;
}

export interface SearchResponse {
  query: string;
  /** The terms the results matched, for highlighting (typo-corrected when a correction was used). */
  terms: string[];
  /** Set when nothing matched as typed and the engine searched a corrected spelling instead. */
  correctedFrom: string[] | null;
  total: number;
  hits: SearchHit[];
}

export interface SerializedSearchIndex {
  version: 1;
  documents: IndexedDocument[];
  vocabulary: string[];
  indexes: Record<Field, Record<string, string>>;
}

function createFieldIndex(field: Field): Index {
  if (field === 'ids') {
    // Codes and ATLAS IDs are tokens of their own: the default encoder would split AML.T0020
    // into aml/t/02/0 and make AML.T0010 and AML.T0110 the same.
    const encoder = new Encoder({ normalize: (s: string) => s.toLowerCase(), split: /[\s,]+/, numeric: false, dedupe: false });
    return new Index({ tokenize: 'forward', encoder });
  }
  if (field === 'titleSoundsLike') return new Index({ tokenize: 'forward', encoder: Charset.LatinExtra });
  if (field === 'title') return new Index({ tokenize: 'forward', encoder: Charset.LatinBalance });
  if (field === 'keywords') return new Index({ tokenize: 'forward', resolution: 1, encoder: Charset.LatinBalance });
  // Summaries and bodies are where the index grows: they match whole words only (prefixes come
  // from titles and keywords), drop stop words and keep no word positions (resolution 1).
  // Bodies are also encoded phonetically, which shrinks their vocabulary and lets a misspelt word
  // find the entries that discuss it, at the lowest weight. bench/search.ts prints the sizes.
  const phonetic = field === 'body' ? Charset.LatinExtra : Charset.LatinBalance;
  return new Index({ tokenize: 'strict', resolution: 1, encoder: new Encoder({ ...phonetic, filter: STOP_WORDS }) });
}

function fieldText(doc: SearchDocument, field: Field): string {
  if (field === 'ids') return doc.ids.join(' ');
  if (field === 'titleSoundsLike') return doc.title;
  return doc[field];
}

function vocabularyOf(docs: SearchDocument[]): string[] {
  const words = new Set<string>();
  for (const doc of docs) {
    for (const word of queryTerms(`${doc.title} ${doc.summary} ${doc.keywords}`.slice(0, 3000))) if (word.length >= 4) words.add(word);
  }
  return [...words].sort();
}

export class SearchEngine {
  private constructor(
    private readonly documents: IndexedDocument[],
    private readonly vocabulary: string[],
    private readonly indexes: Record<Field, Index>,
    private readonly exactCodes: Map<string, number[]>,
    private readonly exactIds: Map<string, number[]>,
  ) {}

  static fromDocuments(docs: SearchDocument[]): SearchEngine {
    const indexes = Object.fromEntries(FIELDS.map((field) => [field, createFieldIndex(field)])) as Record<Field, Index>;
    docs.forEach((doc, i) => {
      for (const field of FIELDS) indexes[field].add(i, fieldText(doc, field));
    });
    const documents = docs.map(({ body: _body, keywords: _keywords, ...meta }) => meta);
    return SearchEngine.assemble(documents, vocabularyOf(docs), indexes);
  }

  static fromSerialized(data: SerializedSearchIndex): SearchEngine {
    const indexes = Object.fromEntries(FIELDS.map((field) => [field, createFieldIndex(field)])) as Record<Field, Index>;
    for (const field of FIELDS) {
      for (const [key, value] of Object.entries(data.indexes[field] ?? {})) indexes[field].import(key, value);
    }
    return SearchEngine.assemble(data.documents, data.vocabulary, indexes);
  }

  private static assemble(documents: IndexedDocument[], vocabulary: string[], indexes: Record<Field, Index>) {
    const exactCodes = new Map<string, number[]>();
    const exactIds = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, key: string, i: number) => map.set(key, [...(map.get(key) ?? []), i]);
    documents.forEach((doc, i) => {
      if (doc.code) for (const key of idKeys(doc.code)) add(exactCodes, key, i);
      for (const id of doc.ids) if (id !== doc.code) add(exactIds, normalizeId(id), i);
    });
    return new SearchEngine(documents, vocabulary, indexes, exactCodes, exactIds);
  }

  serialize(): SerializedSearchIndex {
    const indexes = {} as Record<Field, Record<string, string>>;
    for (const field of FIELDS) {
      const parts: Record<string, string> = {};
      this.indexes[field].export((key: string, data: string) => {
        parts[key] = data;
      });
      indexes[field] = parts;
    }
    return { version: 1, documents: this.documents, vocabulary: this.vocabulary, indexes };
  }

  search(query: string, facets: SearchFacets = {}, limit = 20): SearchResponse {
    const terms = queryTerms(query);
    if (terms.length === 0) return { query, terms: [], correctedFrom: null, total: 0, hits: [] };
    let scores = this.score(terms);
    let usedTerms = terms;
    let correctedFrom: string[] | null = null;
    if (scores.size === 0) {
      const corrected = this.correct(terms);
      if (corrected.some((term, i) => term !== terms[i])) {
        scores = this.score(corrected);
        usedTerms = corrected;
        correctedFrom = terms;
      }
    }
    const ranked = [...scores.entries()]
      .flatMap(([i, score]) => {
        const doc = this.documents[i];
        if (!doc || !matchesFacets(doc, facets)) return [];
        const { ids: _ids, ...meta } = doc;
        return [{ ...meta, score }];
      })
      .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
    return { query, terms: usedTerms, correctedFrom, total: ranked.length, hits: ranked.slice(0, Math.max(0, limit)) };
  }

  private score(terms: string[]): Map<number, number> {
    const scores = new Map<number, number>();
    const asWritten = new Set<number>();
    const matchedBody = new Set<number>();
    const bump = (field: Field, i: number, by: number) => {
      scores.set(i, (scores.get(i) ?? 0) + by);
      if (field === 'body') matchedBody.add(i);
      if (field !== 'titleSoundsLike' && field !== 'body') asWritten.add(i);
    };
    const whole = terms.join(' ');
    if (terms.length === 1) {
      for (const i of this.exactCodes.get(whole) ?? []) bump('ids', i, EXACT_CODE_BONUS);
      for (const i of this.exactIds.get(whole) ?? []) bump('ids', i, EXACT_ID_BONUS);
    }
    for (const field of FIELDS) {
      const all = this.ids(this.indexes[field].search(whole, { limit: PER_FIELD_LIMIT }));
      all.forEach((i, rank) => bump(field, i, FIELD_WEIGHT[field] * (1 + 0.25 * (1 - rank / all.length))));
      // Among titles that match, the one the query covers more of is the more specific answer:
      // `poisoning` is what "Model Poisoning" is about, and a detail of a longer title.
      if (field === 'title') for (const i of all) bump(field, i, FIELD_WEIGHT.title * 0.5 * Math.min(1, terms.length / this.titleWords(i)));
      if (terms.length > 1) {
        const matchedAll = new Set(all);
        const some = this.ids(this.indexes[field].search(whole, { limit: PER_FIELD_LIMIT, suggest: true }));
        for (const i of some) if (!matchedAll.has(i)) bump(field, i, FIELD_WEIGHT[field] * PARTIAL_MATCH_FACTOR);
      }
    }
    // A title that only sounds like the query is a fallback for typos: when anything matched as
    // written, it adds weight to those entries but brings in none of its own. (Body matches are
    // phonetic too, but a body that discusses a word is a real, if weak, match.)
    if (asWritten.size > 0) {
      for (const i of scores.keys()) if (!asWritten.has(i) && !matchedBody.has(i)) scores.delete(i);
    }
    return scores;
  }

  private titleWords(i: number): number {
    return Math.max(1, this.documents[i]?.title.split(/\s+/).filter(Boolean).length ?? 1);
  }

  private ids(result: unknown): number[] {
    return Array.isArray(result) ? result.filter((id): id is number => typeof id === 'number') : [];
  }

  /** Replaces each term that matches nothing by the closest vocabulary word, if one is close. */
  private correct(terms: string[]): string[] {
    return terms.map((term) => {
      if (term.length < 4 || this.vocabulary.includes(term)) return term;
      const max = term.length >= 8 ? 2 : 1;
      let best = term;
      let bestDistance = max + 1;
      for (const word of this.vocabulary) {
        const distance = editDistance(term, word, max);
        if (distance < bestDistance) {
          best = word;
          bestDistance = distance;
        }
      }
      return best;
    });
  }
}
