import type { Entity } from '../../src/model/entity.js';
import type { Baseline, BaselineHit } from './types.js';

// Reused across calls: the scan compares one query with every listed name, and allocating per pair
// would make the baseline look slower than a careful implementation of it is.
let matchedA = new Uint8Array(256);
let matchedB = new Uint8Array(256);

/** Jaro–Winkler similarity with the usual prefix scale 0.1 over at most 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  if (la > matchedA.length) matchedA = new Uint8Array(la * 2);
  if (lb > matchedB.length) matchedB = new Uint8Array(lb * 2);
  matchedA.fill(0, 0, la);
  matchedB.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!matchedB[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const jaro = (matches / la + matches / lb + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** The normalisation a simple search tool applies: accents, case and punctuation gone. */
export function normaliseFull(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * OFAC Sanctions List Search style: every listed name is scored by Jaro–Winkler on the whole
 * normalised string, and anything at or above the slider (default about 85%) is returned. A full scan.
 */
export function jaroWinklerBaseline(entities: readonly Entity[], threshold = 0.85): Baseline {
  const names: string[] = [];
  const owners: number[] = [];
  entities.forEach((e, i) => {
    for (const n of e.names) {
      const norm = normaliseFull(n.full);
      if (norm) {
        names.push(norm);
        owners.push(i);
      }
    }
  });
  return {
    name: `brute-force Jaro–Winkler ≥ ${threshold}`,
    search(query: string): BaselineHit[] {
      const q = normaliseFull(query);
      const best = new Map<number, number>();
      for (let i = 0; i < names.length; i++) {
        const s = jaroWinkler(q, names[i] as string);
        if (s >= threshold) {
          const owner = owners[i] as number;
          if (s > (best.get(owner) ?? 0)) best.set(owner, s);
        }
      }
      return [...best].map(([i, score]) => ({ entityId: (entities[i] as Entity).id, score })).sort((a, b) => b.score - a.score);
    },
  };
}
