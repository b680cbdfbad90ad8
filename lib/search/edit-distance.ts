// Optimal string alignment distance (Levenshtein plus adjacent transposition), bounded: only the
// diagonal band |i - j| ≤ max is computed and it returns max + 1 as soon as the distance must
// exceed max, so scanning the whole vocabulary for a typo stays well under a millisecond.

// Reused row buffers: typo lookups call this thousands of times per query.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  const over = max + 1;
  if (Math.abs(n - m) > max) return over;
  if (a === b) return 0;
  if (rows[0].length <= m + 1) rows = [new Int32Array(m + 2), new Int32Array(m + 2), new Int32Array(m + 2)];
  let [before, prev, row] = rows;
  for (let j = 0; j <= Math.min(m, max + 1); j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    const ca = a.charCodeAt(i - 1);
    row[0] = i <= max ? i : over;
    if (lo > 1) row[lo - 1] = over;
    let rowMin = lo === 1 ? row[0] : over;
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, before[j - 2]! + 1);
      row[j] = value > over ? over : value;
      if (value < rowMin) rowMin = value;
    }
    if (hi < m) row[hi + 1] = over;
    if (rowMin > max) return over;
    [before, prev, row] = [prev, row, before];
  }
  return Math.min(prev[m]!, over);
}
