/**
 * A one-hash Bloom filter over an index's key strings, by a polynomial hash that can be taken of any
 * substring of a word from the word's prefix hashes. The splits of a query word ("sangman" → "sang" +
 * "man") are tried at every position: the filter rules out nearly every position where either half
 * is no key, without slicing the word or looking the halves up.
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
    const out: number[] = [];
    for (let at = min; at <= n - min; at++) {
      if (!this.has(prefix[at]!)) continue;
      // hash(form[at..n)) = hash(form) − hash(form[0..at)) · BASE^(n − at), all mod 2^32.
      if (this.has((prefix[n]! - Math.imul(prefix[at]!, power[n - at]!)) | 0)) out.push(at);
    }
    return out;
  }
}
