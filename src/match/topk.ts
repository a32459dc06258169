/**
 * The `k` ids with the highest `score[id]` among `ids[0..n)`, via a size-k min-heap:
 * O(n log k) and no sort of the full candidate set.
 */
export function topK(ids: Int32Array, n: number, score: Float32Array, k: number): number[] {
  if (n <= k) return copy(ids, n);
  if (scratch.length < k) scratch = new Int32Array(k);
  const heap = scratch;
  let size = 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (size < k) {
      let j = size++;
      heap[j] = id;
      while (j > 0) {
        const p = (j - 1) >> 1;
        if (score[heap[j]!]! >= score[heap[p]!]!) break;
        const t = heap[j]!;
        heap[j] = heap[p]!;
        heap[p] = t;
        j = p;
      }
    } else if (score[id]! > score[heap[0]!]!) {
      heap[0] = id;
      let j = 0;
      for (;;) {
        const l = 2 * j + 1;
        const r = l + 1;
        let m = j;
        if (l < size && score[heap[l]!]! < score[heap[m]!]!) m = l;
        if (r < size && score[heap[r]!]! < score[heap[m]!]!) m = r;
        if (m === j) break;
        const t = heap[j]!;
        heap[j] = heap[m]!;
        heap[m] = t;
        j = m;
      }
    }
  }
  return copy(heap, k);
}

/** The heap, reused across calls: a typed array allocated per query costs more than the heap work. */
let scratch = new Int32Array(64);

function copy(from: Int32Array, n: number): number[] {
  const out: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = from[i]!;
  return out;
}
