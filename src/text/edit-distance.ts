/**
 * Bounded optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions),
 * giving up as soon as the distance must exceed `max`. The scorer only asks "is this one or two
 * typos away?", and the bound keeps that question O(len × max) instead of O(len²) per token pair,
 * which matters because it runs for many token pairs per query.
 * Returns the distance, or max + 1 when it is larger than `max`.
 */
let scratch: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function boundedEditDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  // Three rolling rows (transpositions look two rows back), reused across calls: this runs
  // synchronously, so one scratch set per thread is safe.
  if (scratch[0]!.length <= lb) scratch = [new Int32Array(lb + 1), new Int32Array(lb + 1), new Int32Array(lb + 1)];
  let [prev2, prev, cur] = scratch as [Int32Array, Int32Array, Int32Array];
  prev2.fill(0);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  const big = max + 1;
  for (let i = 1; i <= la; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(lb, i + max);
    cur.fill(big);
    cur[0] = i;
    let rowMin = from > 1 ? big : i;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return big;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[lb]!, big);
}
