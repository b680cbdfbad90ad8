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

/**
 * One field's postings as loaded from the index: the encoded text stays as it is, and a stem's
 * list is decoded the first time a query asks for it. Loading only finds where each list starts,
 * so opening the palette or starting the server costs a scan, not 70,000 parsed entries.
 */
export class PostingsField {
  private readonly starts: Int32Array;
  private readonly decoded = new Map<number, number[]>();

  /** `count` is the number of stems the lists were written for; any other number is an error. */
  constructor(
    private readonly encoded: string,
    count: number,
  ) {
    this.starts = new Int32Array(count + 1);
    let found = count === 0 && encoded === '' ? 0 : 1;
    for (let at = encoded.indexOf(';'); at !== -1; at = encoded.indexOf(';', at + 1)) {
      if (found < count) this.starts[found] = at + 1;
      found++;
    }
    if (found !== count) throw new Error(`search index: ${found} postings lists for ${count} stems`);
    this.starts[count] = encoded.length + 1;
  }

  has(index: number): boolean {
    return index >= 0 && index < this.starts.length - 1 && (this.starts[index + 1] ?? 0) - 1 > (this.starts[index] ?? 0);
  }

  /** The packed postings of the stem at `index` in the sorted stems, or undefined when the field has none. */
  list(index: number): number[] | undefined {
    if (!this.has(index)) return undefined;
    let list = this.decoded.get(index);
    if (!list) this.decoded.set(index, (list = decodeList(this.encoded, this.starts[index] ?? 0, (this.starts[index + 1] ?? 0) - 1)));
    return list;
  }
}

// A hand-written scanner rather than split/parseInt: fast even before the JIT has warmed up.
function decodeList(encoded: string, from: number, to: number): number[] {
  const list: number[] = [];
  let doc = 0;
  let number = 0;
  let gap = 0;
  let inTf = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? encoded.charCodeAt(i) : 44; /* a final , ends the last entry */
    if (c === 44 /* , */) {
      if (inTf) list.push(pack((doc += gap), number));
      else list.push(pack((doc += number), 1));
      number = 0;
      inTf = false;
    } else if (c === 46 /* . */) {
      gap = number;
      number = 0;
      inTf = true;
    } else number = number * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  return list;
}
