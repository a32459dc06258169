import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, jaro, jaroWinkler, levenshteinSimilarity } from '../../../src/text/similarity.js';

describe('similarity', () => {
  it('Jaro and Jaro–Winkler give the textbook values', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.9444, 3);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });

  it('Damerau–Levenshtein counts an adjacent transposition as one edit', () => {
    expect(damerauLevenshtein('mohammed', 'mohammad')).toBe(1);
    expect(damerauLevenshtein('ca', 'ac')).toBe(1);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(levenshteinSimilarity('abcd', 'abdc')).toBeCloseTo(0.75);
    // Long strings grow the shared buffers.
    expect(damerauLevenshtein('a'.repeat(200), 'a'.repeat(199) + 'b')).toBe(1);
    expect(jaro('a'.repeat(100), 'a'.repeat(100) + 'b')).toBeGreaterThan(0.99);
  });
});
