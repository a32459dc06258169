import type { Entity } from '../model/entity.js';

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

function captionWords(e: Entity): string[] {
  return [...new Set(e.caption.toLowerCase().split(WORD_SPLIT).filter(Boolean))];
}

/**
 * The entities, distinct by id (the first of each kept), in the order their names are numbered in
 * the index: grouped by their captions' most common word, then the next, and so on.
 *
 * Why: screening a query credits every listed name on the posting lists of its words, and the long
 * lists (common given names, their phonetic keys) are what it spends its time on, each entry a
 * random read into per-name scratch memory. Names that share common words numbered side by side make
 * those reads hit the same cache lines: measured ~6% less time per query than list order (and ~10%
 * less than a random order) on the real lists. Results do not depend on the order.
 */
export function buildOrder(entities: Iterable<Entity>): Entity[] {
  const seen = new Set<string>();
  const distinct: Entity[] = [];
  for (const e of entities) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    distinct.push(e);
  }
  const words = distinct.map(captionWords);
  const df = new Map<string, number>();
  for (const ws of words) for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
  const keys = words.map((ws) => ws.sort((a, b) => df.get(b)! - df.get(a)! || (a < b ? -1 : a > b ? 1 : 0)).join(' '));
  // Ranks from one native sort of the distinct keys: a string comparator over every entity costs more.
  const rankOf = new Map<string, number>();
  for (const k of [...new Set(keys)].sort()) rankOf.set(k, rankOf.size);
  const rank = keys.map((k) => rankOf.get(k)!);
  const order = distinct.map((_, i) => i);
  order.sort((a, b) => rank[a]! - rank[b]! || a - b);
  return order.map((i) => distinct[i]!);
}
