// Postings lists: for each stem, the documents that contain it in one field and how often.
// Packed as doc * 16 + term frequency (capped at 15) so a list is one array of numbers, and
// serialised as text (base-36 gaps, `.tf` when above 1) because that is what gzips best.

export type Postings = Map<string, number[]>;

const TF_LIMIT = 15;

export const pack = (doc: number, tf: number) => doc * 16 + Math.min(tf, TF_LIMIT);
export const docOf = (packed: number) => Math.floor(packed / 16);
export const tfOf = (packed: number) => packed % 16;

export function encodePostings(stems: readonly string[], postings: Postings): string {
  return stems
    .map((stem) => {
      let previous = 0;
      return (postings.get(stem) ?? [])
        .map((packed) => {
          const doc = docOf(packed);
          const tf = tfOf(packed);
          const gap = (doc - previous).toString(36);
          previous = doc;
          return tf > 1 ? `${gap}.${tf.toString(36)}` : gap;
        })
        .join(',');
    })
    .join(';');
}

// A hand-written scanner rather than split/parseInt: the browser decodes ~70,000 entries when
// the palette first opens, and this is several times faster.
export function decodePostings(stems: readonly string[], encoded: string): Postings {
  const postings: Postings = new Map();
  let list: number[] = [];
  let stemIndex = 0;
  let doc = 0;
  let number = 0;
  let gap = 0;
  let inTf = false;
  let pending = false;
  const endEntry = () => {
    if (!pending) return;
    if (inTf) list.push(pack((doc += gap), number));
    else list.push(pack((doc += number), 1));
    number = 0;
    inTf = false;
    pending = false;
  };
  const endList = () => {
    endEntry();
    if (list.length > 0) postings.set(stems[stemIndex] ?? '', list);
    list = [];
    doc = 0;
    stemIndex++;
  };
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    if (c === 59 /* ; */) endList();
    else if (c === 44 /* , */) endEntry();
    else if (c === 46 /* . */) {
      gap = number;
      number = 0;
      inTf = true;
    } else {
      number = number * 36 + (c <= 57 ? c - 48 : c - 87);
      pending = true;
    }
  }
  endList();
  if (stemIndex !== stems.length) throw new Error(`search index: ${stemIndex} postings lists for ${stems.length} stems`);
  return postings;
}
