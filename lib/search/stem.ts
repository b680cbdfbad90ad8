// A light English stemmer: it removes inflections (plural -s/-es/-ies, -ing, -ed) and a final -e,
// so "poisoned", "poisons" and "poisoning" meet at "poison" and "encode"/"encoded" at "encod".
// Deliberately shallower than Porter's: derivations stay apart ("general" and "generative"
// would both become "gener"), and prefix matching covers "extract" → "extraction".
// The same function runs when the index is built and when it is queried, so stems only need to
// agree with each other, not be words.

const MIN_STEM = 3;
// Character tests rather than regular expressions: the engine stems the whole vocabulary when it
// loads, and these stay fast before the JIT has warmed up.
const isVowel = (c: string | undefined) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
const hasVowel = (word: string) => [...word].some(isVowel);
function isLowerWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function strip(word: string, suffix: string, min = MIN_STEM): string | null {
  if (!word.endsWith(suffix)) return null;
  const base = word.slice(0, -suffix.length);
  return base.length >= min ? base : null;
}

function withoutPlural(word: string): string {
  const ies = strip(word, 'ies');
  if (ies) return `${ies}y`;
  const es = strip(word, 'es');
  if (es && (es.endsWith('s') || es.endsWith('x') || es.endsWith('z') || es.endsWith('ch') || es.endsWith('sh'))) return es;
  // Not after s, u or i: "process", "status", "analysis" are not plurals.
  const s = strip(word, 's');
  const before = s?.at(-1);
  return s && before !== 's' && before !== 'u' && before !== 'i' ? s : word;
}

function withoutVerbEnding(word: string): string {
  const ied = strip(word, 'ied');
  if (ied) return `${ied}y`;
  // Four letters at least before -ing/-ed, or "embed" would lose its "ed".
  for (const suffix of ['ing', 'ed']) {
    const base = strip(word, suffix, MIN_STEM + 1);
    if (base && hasVowel(base)) return base;
  }
  return word;
}

export function stem(word: string): string {
  if (word.length <= MIN_STEM || !isLowerWord(word)) return word;
  let w = withoutVerbEnding(withoutPlural(word));
  // "biases" → "bias" → "bia", the same as "bias": plural rules run again on what is left.
  w = withoutPlural(w);
  const e = strip(w, 'e');
  if (e) w = e;
  // Doubled final consonants meet their single form: "modelling" → "model", "embedded" → "embed".
  const last = w.at(-1);
  if (w.length > MIN_STEM && last && last !== 's' && !isVowel(last) && w.at(-2) === last) w = w.slice(0, -1);
  return w;
}
