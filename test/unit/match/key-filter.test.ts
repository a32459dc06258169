import { describe, expect, it } from 'vitest';
import { KeyFilter } from '../../../src/match/key-filter.js';

/** Deterministic words over a small alphabet, so that splits and deletions often land on real keys. */
function words(n: number, seed: number): string[] {
  let a = seed;
  const rnd = (): number => {
    a = (Math.imul(a, 1103515245) + 12345) | 0;
    return ((a >>> 8) & 0xffff) / 0x10000;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    const len = 2 + Math.floor(rnd() * 8);
    for (let j = 0; j < len; j++) w += 'abcdeklmnos'[Math.floor(rnd() * 11)];
    out.push(w);
  }
  return out;
}

describe('KeyFilter', () => {
  const keys = words(20_000, 7);
  const set = new Set(keys);
  const filter = new KeyFilter(keys);
  const queries = [...words(3_000, 99), 'sangman', 'kimsangman', 'aa', 'ebbe'];

  it('never rules out a split whose halves are both keys', () => {
    for (const q of queries) {
      const truth: number[] = [];
      for (let at = 2; at <= q.length - 2; at++) if (set.has(q.slice(0, at)) && set.has(q.slice(at))) truth.push(at);
      const positions = filter.splitPositions(q, 2);
      for (const at of truth) expect(positions, q).toContain(at);
    }
  });

  it('never rules out a one-letter deletion that is in the set, nor the word itself', () => {
    for (const q of queries) {
      for (let i = 0; i < q.length; i++) {
        if (i > 0 && q[i] === q[i - 1]) continue;
        if (set.has(q.slice(0, i) + q.slice(i + 1))) expect(filter.deletionPositions(q), q).toContain(i);
      }
      if (set.has(q)) expect(filter.mayHave(q)).toBe(true);
    }
  });

  it('rules out most positions whose strings are not in the set', () => {
    const sparse = new KeyFilter(['sang', 'man', 'kim']);
    expect(sparse.splitPositions('kimsangman', 2)).toEqual([]);
    expect(sparse.splitPositions('sangman', 2)).toEqual([4]);
    expect(sparse.deletionPositions('kimx')).toEqual([3]);
    let passed = 0;
    let tried = 0;
    for (const q of words(2_000, 5)) {
      for (let i = 0; i < q.length; i++) if (!set.has(q.slice(0, i) + q.slice(i + 1))) tried++;
      passed += filter.deletionPositions(q).filter((i) => !set.has(q.slice(0, i) + q.slice(i + 1))).length;
    }
    expect(passed / tried).toBeLessThan(0.05);
  });
});
