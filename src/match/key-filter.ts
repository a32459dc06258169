/**
 * A one-hash Bloom filter over a set of strings (an index's keys, its deletion neighbourhood), by a
 * polynomial hash that can be taken of a word's parts and of the word less one letter from the word's
 * prefix hashes. A query word's splits ("sangman" → "sang" + "man") and one-letter deletions are tried
 * at every position: the filter rules out nearly every position whose strings are not in the set,
 * without slicing the word or looking the strings up.
 */
const BASE = 0x01000193;
const BITS = 22;

function mix(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - BITS);
}

function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h;
}

export class KeyFilter {
  private readonly bits = new Int32Array(1 << (BITS - 5));
  // Per query word: its prefix hashes and the powers of BASE (reused, grown as needed).
  private prefix = new Int32Array(64);
  private power = new Int32Array(64);

  constructor(keys: Iterable<string>) {
    for (const k of keys) {
      const b = mix(hashOf(k));
      this.bits[b >>> 5]! |= 1 << (b & 31);
    }
  }

  /** Fills the prefix hashes and powers of BASE for `form`. */
  private prepare(form: string): void {
    const n = form.length;
    if (this.prefix.length <= n) {
      this.prefix = new Int32Array(2 * n + 2);
      this.power = new Int32Array(2 * n + 2);
    }
    const prefix = this.prefix;
    const power = this.power;
    prefix[0] = 0;
    power[0] = 1;
    for (let i = 0; i < n; i++) {
      prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + form.charCodeAt(i)) | 0;
      power[i + 1] = Math.imul(power[i]!, BASE);
    }
  }

  private has(h: number): boolean {
    const b = mix(h);
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  /**
   * Positions `at` (min ≤ at ≤ length − min) where both `form.slice(0, at)` and `form.slice(at)` may
   * be keys; every position where both are is among them.
   */
  splitPositions(form: string, min: number): number[] {
    const n = form.length;
    this.prepare(form);
    const { prefix, power } = this;
    const out: number[] = [];
    for (let at = min; at <= n - min; at++) {
      if (!this.has(prefix[at]!)) continue;
      // hash(form[at..n)) = hash(form) − hash(form[0..at)) · BASE^(n − at), all mod 2^32.
      if (this.has((prefix[n]! - Math.imul(prefix[at]!, power[n - at]!)) | 0)) out.push(at);
    }
    return out;
  }

  /** Whether `form` itself may be in the set. */
  mayHave(form: string): boolean {
    return this.has(hashOf(form));
  }

  /**
   * Positions `i` where `form` less its letter i may be in the set (a doubled letter's deletions are
   * one string: only its first position is given); every position whose deletion is in the set is among them.
   */
  deletionPositions(form: string): number[] {
    const n = form.length;
    this.prepare(form);
    const { prefix, power } = this;
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0 && form.charCodeAt(i) === form.charCodeAt(i - 1)) continue;
      // hash(form[0..i) + form[i+1..n)) = prefix(i) · BASE^(n−1−i) + hash(form[i+1..n)).
      const tail = (prefix[n]! - Math.imul(prefix[i + 1]!, power[n - 1 - i]!)) | 0;
      if (this.has((Math.imul(prefix[i]!, power[n - 1 - i]!) + tail) | 0)) out.push(i);
    }
    return out;
  }
}
