import type { Entity, Name } from '../model/entity.js';

/**
 * Candidate pairs for name-based cross-list links, without comparing every pair: entries meet
 * only in a block they share (a name word, plus the birth year for people), and blocks so large
 * they carry no identity ("mohammad" born 1970, "company") are skipped: the rarer words of the
 * same names still bring their pairs together.
 */

/** A block with more entries than this is a common word, not evidence. */
const MAX_BLOCK = 40;
const BLOCKING_KINDS: ReadonlySet<Name['kind']> = new Set(['primary', 'aka', 'fka']);

/** Accent-free lower-case words of a Latin-script name; other scripts are left to the scorer. */
export function blockingWords(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  if (/[^\x00-\x7f]/.test(folded.replace(/[^\p{L}]/gu, ''))) return [];
  return folded.split(/[^a-z0-9]+/).filter((w) => w.length >= 2);
}

function nameWords(e: Entity): Set<string> {
  const out = new Set<string>();
  for (const n of e.names) if (BLOCKING_KINDS.has(n.kind)) for (const w of blockingWords(n.full)) out.add(w);
  return out;
}

function birthYears(e: Entity): Set<string> {
  const out = new Set<string>();
  for (const d of e.birthDates ?? []) {
    for (const p of [d.date, d.from, d.to]) if (p && /^\d{4}/.test(p)) out.add(p.slice(0, 4));
    // A range covers every year in it: "1960 to 1962" must meet 1961.
    if (d.from && d.to) for (let y = Number(d.from.slice(0, 4)) + 1; y < Number(d.to.slice(0, 4)); y++) out.add(String(y));
  }
  return out;
}

/**
 * Pairs (i < j, different datasets) that share at least `minShared` blocks. `withYear` puts the
 * birth year into every block (people); entries without one then take no part.
 */
export function blockedPairs(entities: readonly Entity[], members: readonly number[], withYear: boolean, minShared: number): [number, number][] {
  const blocks = new Map<string, number[]>();
  for (const i of members) {
    const e = entities[i]!;
    const words = nameWords(e);
    const years = withYear ? birthYears(e) : new Set(['']);
    for (const y of years) {
      for (const w of words) {
        const key = `${y}|${w}`;
        let arr = blocks.get(key);
        if (!arr) blocks.set(key, (arr = []));
        arr.push(i);
      }
    }
  }
  const shared = new Map<number, Map<number, number>>();
  for (const arr of blocks.values()) {
    if (arr.length < 2 || arr.length > MAX_BLOCK) continue;
    for (let x = 0; x < arr.length; x++) {
      for (let y = x + 1; y < arr.length; y++) {
        const a = Math.min(arr[x]!, arr[y]!);
        const b = Math.max(arr[x]!, arr[y]!);
        if (a === b || entities[a]!.dataset === entities[b]!.dataset) continue;
        let m = shared.get(a);
        if (!m) shared.set(a, (m = new Map()));
        m.set(b, (m.get(b) ?? 0) + 1);
      }
    }
  }
  const out: [number, number][] = [];
  for (const [a, m] of shared) for (const [b, n] of m) if (n >= minShared) out.push([a, b]);
  return out;
}
