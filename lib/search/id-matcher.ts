// Finds the codes and IDs in a query: the whole query as a code ("STRIDE E", "PASTA 4"), and
// each term that names an entry's code (ML04, ml04:2023, FIN-07, fin07) or an ID it cites
// (AML.T0020), or the parent of one (AML.T0024 → AML.T0024.002). Such terms are answered here and
// not searched as words, so "AML.T0020" does not also match every entry that says "AML".
import { idKeys, normalizeId, queryTerms } from './query-terms';

const EXACT_CODE_BONUS = 10;
const EXACT_ID_BONUS = 5;
const PARENT_ID_BONUS = 2;

export interface IdMatch {
  /** Score to add per entry: far above any word score, so an exact code comes first. */
  bonus: Map<number, number>;
  /** The terms that named IDs. */
  idTerms: string[];
  /** The other terms, to search as words. */
  rest: string[];
}

export class IdMatcher {
  private readonly codes = new Map<string, number[]>();
  private readonly ids = new Map<string, number[]>();
  private readonly sortedIds: string[];

  constructor(docs: ReadonlyArray<{ code: string; ids: readonly string[] }>) {
    const add = (map: Map<string, number[]>, key: string, i: number) => map.set(key, [...(map.get(key) ?? []), i]);
    docs.forEach((doc, i) => {
      if (doc.code) for (const key of idKeys(doc.code)) add(this.codes, key, i);
      for (const id of doc.ids) if (id !== doc.code) add(this.ids, normalizeId(id), i);
    });
    this.sortedIds = [...this.ids.keys()].sort();
  }

  match(text: string): IdMatch {
    const bonus = new Map<number, number>();
    const give = (docs: number[] | undefined, by: number) => {
      for (const i of docs ?? []) bonus.set(i, Math.max(bonus.get(i) ?? 0, by));
    };
    give(this.codes.get(normalizeId(text.replace(/\s+/g, ' '))), EXACT_CODE_BONUS);
    const idTerms: string[] = [];
    const rest: string[] = [];
    for (const term of queryTerms(text)) {
      // Only a term with a digit is taken as an ID: "stride" and "pasta" are also words.
      const named = /\d/.test(term) ? { codes: this.codes.get(term), ids: this.ids.get(term), children: this.childrenOf(term) } : null;
      if (!named || (!named.codes && !named.ids && named.children.length === 0)) {
        rest.push(term);
        continue;
      }
      idTerms.push(term);
      give(named.codes, EXACT_CODE_BONUS);
      give(named.ids, EXACT_ID_BONUS);
      give(named.children, PARENT_ID_BONUS);
    }
    return { bonus, idTerms, rest };
  }

  /** Entries citing a sub-ID of `parent`. */
  private childrenOf(parent: string): number[] {
    const prefix = `${parent}.`;
    let lo = 0;
    let hi = this.sortedIds.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sortedIds[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < this.sortedIds.length && this.sortedIds[i]?.startsWith(prefix); i++) found.push(...(this.ids.get(this.sortedIds[i] ?? '') ?? []));
    return found;
  }
}
