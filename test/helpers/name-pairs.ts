import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/match/algorithm.js';
import { compare } from '../../src/match/compare.js';

export type NamePair = readonly [string, string];

/** One test per pair: `same` pairs (one person, two scripts) reach the default threshold, `different` pairs stay below it. */
export function describeNamePairs(title: string, same: readonly NamePair[], different: readonly NamePair[]): void {
  const score = (a: string, b: string) => compare({ name: a, schema: 'Person' }, { name: b, schema: 'Person' }).score;
  describe(title, () => {
    for (const [a, b] of same) it(`${a} ~ ${b}`, () => expect(score(a, b)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD));
    for (const [a, b] of different) it(`${a} is not ${b}`, () => expect(score(a, b)).toBeLessThan(DEFAULT_THRESHOLD));
  });
}
