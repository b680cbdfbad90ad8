// The index's vocabulary as written, sorted: query words are expanded against it to the real
// words they start or misspell, so a query only ever matches words that exist in the library.
// Nonsense finds nothing because no word starts with it and none is a typo away.
import { editDistance } from './edit-distance';

/** How many words one prefix may expand to; "pre" alone would otherwise pull in hundreds. */
const MAX_PREFIX_WORDS = 40;
const MAX_PREFIX_SCAN = 400;

/** Which of a–z and 0–9 a word contains, as bits: two words whose sets differ in more than 2 × max characters cannot be max edits apart. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    mask |= 1 << (c >= 97 ? c - 97 : (c - 48 + 26) % 32);
  }
  return mask;
}

function bitCount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

export class WordList {
  /** Words by length with their letter masks, built on the first typo lookup (most queries need none). */
  private byLength: Map<number, { words: string[]; masks: number[] }> | null = null;

  constructor(readonly words: readonly string[]) {}

  private buckets(): Map<number, { words: string[]; masks: number[] }> {
    if (this.byLength) return this.byLength;
    const byLength = new Map<number, { words: string[]; masks: number[] }>();
    for (const word of this.words) {
      let bucket = byLength.get(word.length);
      if (!bucket) byLength.set(word.length, (bucket = { words: [], masks: [] }));
      bucket.words.push(word);
      bucket.masks.push(letterMask(word));
    }
    this.byLength = byLength;
    return byLength;
  }

  /** Position of `word` in the sorted list, or -1. */
  indexOf(word: string): number {
    const i = this.lowerBound(word);
    return this.words[i] === word ? i : -1;
  }

  /** Longer words that start with `prefix`, shortest first (the likeliest completions). */
  withPrefix(prefix: string): string[] {
    const found: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.words.length && found.length < MAX_PREFIX_SCAN; i++) {
      const word = this.words[i] ?? '';
      if (!word.startsWith(prefix)) break;
      if (word !== prefix) found.push(word);
    }
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_PREFIX_WORDS);
  }

  /**
   * The words nearest to `term`, at most `max` edits away (insert, delete, substitute, swap
   * neighbours): all words one edit away if there are any, else those two away, and so on.
   */
  near(term: string, max: number): Array<{ word: string; distance: number }> {
    const mask = letterMask(term);
    for (let distance = 1; distance <= max; distance++) {
      const found: Array<{ word: string; distance: number }> = [];
      for (let length = term.length - distance; length <= term.length + distance; length++) {
        const bucket = this.buckets().get(length);
        if (!bucket) continue;
        const { words, masks } = bucket;
        for (let i = 0; i < words.length; i++) {
          const word = words[i] ?? '';
          if (bitCount(mask ^ (masks[i] ?? 0)) <= 2 * distance && editDistance(term, word, distance) <= distance) found.push({ word, distance });
        }
      }
      if (found.length > 0) return found.sort((a, b) => (a.word < b.word ? -1 : 1));
    }
    return [];
  }

  private lowerBound(value: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.words[mid] ?? '') < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
