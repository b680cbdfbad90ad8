// Builds the serialised search index from search documents: per field, which stems occur in
// which documents and how often. Runs at build time; the engine only ever loads its output.
import { pack, encodePostings, type Postings } from './postings';
import { SEARCH_FIELDS, SEARCH_INDEX_VERSION, type SearchField, type SerializedSearchIndex } from './search-index-schema';
import type { SearchDocument } from './search-document';
import { stem } from './stem';
import { STOP_WORDS } from './stop-words';
import { textTokens } from './text-tokens';

function fieldText(doc: SearchDocument, field: SearchField): string {
  if (field === 'aliases') return doc.aliases.join(' ; ');
  return doc[field];
}

/** The words of a field that are indexed: codes keep every token ("STRIDE E"), prose drops stop words and single letters. */
export function indexedWords(text: string, field: SearchField): string[] {
  const tokens = textTokens(text);
  return field === 'code' ? tokens : tokens.filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

/** The distinct stems, sorted: the order postings lists are stored in. */
export function stemsOf(wordStems: Iterable<string>): string[] {
  return [...new Set(wordStems)].sort();
}

export function indexDocuments(docs: SearchDocument[]): SerializedSearchIndex {
  const words = new Set<string>();
  const postings: Record<SearchField, Postings> = { code: new Map(), title: new Map(), aliases: new Map(), keywords: new Map(), summary: new Map(), body: new Map() };
  const bodyLengths: number[] = [];
  const stemCache = new Map<string, string>();
  const stemOf = (word: string) => {
    let s = stemCache.get(word);
    if (s === undefined) stemCache.set(word, (s = stem(word)));
    return s;
  };
  docs.forEach((doc, i) => {
    for (const field of SEARCH_FIELDS) {
      const tokens = indexedWords(fieldText(doc, field), field);
      if (field === 'body') bodyLengths.push(tokens.length);
      const counts = new Map<string, number>();
      for (const token of tokens) {
        words.add(token);
        const s = stemOf(token);
        counts.set(s, (counts.get(s) ?? 0) + 1);
      }
      for (const [s, tf] of counts) {
        const list = postings[field].get(s);
        if (list) list.push(pack(i, tf));
        else postings[field].set(s, [pack(i, tf)]);
      }
    }
  });
  const sortedWords = [...words].sort();
  const stems = stemsOf(sortedWords.map(stemOf));
  return {
    version: SEARCH_INDEX_VERSION,
    documents: docs.map(({ body: _body, keywords: _keywords, ...meta }, i) => ({ ...meta, bodyLength: bodyLengths[i] ?? 0 })),
    words: sortedWords,
    postings: {
      code: encodePostings(stems, postings.code),
      title: encodePostings(stems, postings.title),
      aliases: encodePostings(stems, postings.aliases),
      keywords: encodePostings(stems, postings.keywords),
      summary: encodePostings(stems, postings.summary),
      body: encodePostings(stems, postings.body),
    },
  };
}
