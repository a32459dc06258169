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

const cache = new Map<string, string[]>();

/** Resolution asks for the same names' words many times; the cache lives for one resolution. */
export function clearWordCache(): void {
  cache.clear();
}

/** Accent-free lower-case words of a Latin-script name; other scripts are left to the scorer. */
export function blockingWords(text: string): string[] {
  let words = cache.get(text);
  if (!words) cache.set(text, (words = computeWords(text)));
  return words;
}

function computeWords(text: string): string[] {
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

/** Share of the shorter name's words found in the other: below a half, no cross-list threshold is reachable. */
export function wordOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  let n = 0;
  for (const w of new Set(a)) if (set.has(w)) n++;
  return n / Math.max(new Set(a).size, set.size);
}

const MIN_STEM = 5;
/** English derivational endings: two words differing only in these are one word translated two ways. */
const ENDINGS: ReadonlySet<string> = new Set([
  '', 's', 'es', 'al', 'ic', 'ics', 'ical', 'y', 'ies', 'ology', 'ological', 'ion', 'ions', 'ation', 'ations', 'ive', 'ing', 'ed', 'er', 'ers', 'ment', 'ments', 'ist', 'ists', 'ism', 'ity',
]);

/**
 * Two organisation names that are the same words but for one word's ending: translations of one
 * name into English vary so ("TECHNOLOGY RECONNAISSANCE BUREAU" / "TECHNICAL RECONNAISSANCE
 * BUREAU", both 기술정찰국). At least three words, all others equal, the odd pair sharing a stem
 * of five letters or more and differing only by English derivational endings. Returns the pair.
 */
export function sameWordsButEnding(a: string, b: string): [string, string] | undefined {
  const wa = [...blockingWords(a)];
  const wb = [...blockingWords(b)];
  if (wa.length < 3 || wa.length !== wb.length) return undefined;
  const restB = [...wb];
  const restA: string[] = [];
  for (const w of wa) {
    const k = restB.indexOf(w);
    if (k >= 0) restB.splice(k, 1);
    else restA.push(w);
  }
  if (restA.length !== 1 || restB.length !== 1) return undefined;
  const x = restA[0]!;
  const y = restB[0]!;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  // Proper names differing in their tails (CONGOCOM / CONGOMET) are different names, not endings.
  if (p < MIN_STEM || !ENDINGS.has(x.slice(p)) || !ENDINGS.has(y.slice(p))) return undefined;
  return [x, y];
}
