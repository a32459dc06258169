import { expect } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../../src/match/algorithm.js';
import { compare } from '../../../src/match/compare.js';
import type { Schema } from '../../../src/model/entity.js';
import { analyseName } from '../../../src/text/analyse.js';
import type { AnalyseOptions, NameToken } from '../../../src/text/types.js';

export function sharesKey(a: NameToken, b: NameToken): boolean {
  return a.keys.some((k) => b.keys.includes(k));
}

/** Tokens of the first reading. */
export function tokens(name: string, options?: AnalyseOptions): NameToken[] {
  return analyseName(name, options).readings[0] ?? [];
}

/** True when some reading of each name aligns position by position with every token pair sharing a key. */
export function namesMeet(a: string, b: string): boolean {
  const ra = analyseName(a).readings;
  const rb = analyseName(b).readings;
  return ra.some((x) => rb.some((y) => x.length === y.length && x.every((t, i) => sharesKey(t, y[i] as NameToken))));
}

/** One-token names: do their (first) tokens share a key? */
export function wordsMeet(a: string, b: string): boolean {
  const ta = tokens(a)[0];
  const tb = tokens(b)[0];
  return ta !== undefined && tb !== undefined && sharesKey(ta, tb);
}

/** The pairwise score of two names (the `vigil compare` path), both read as `schema` when given. */
export function nameScore(a: string, b: string, schema?: Schema): number {
  return compare(schema ? { name: a, schema } : { name: a }, schema ? { name: b, schema } : { name: b }).score;
}

/** Asserts that every pair of one-token names shares a key (wordsMeet), naming the pair that does not. */
export function expectWordsMeet(pairs: readonly (readonly [string, string])[]): void {
  for (const [a, b] of pairs) expect(wordsMeet(a, b), `${a} / ${b}`).toBe(true);
}

/** Asserts that each pair of names scores at or above the default threshold, naming the pair that does not. */
export function expectAlert(pairs: readonly (readonly [string, string])[], schema?: Schema): void {
  for (const [a, b] of pairs) expect(nameScore(a, b, schema), `${a} / ${b}`).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
}

/** Asserts that each pair of names scores below the default threshold, naming the pair that does not. */
export function expectClear(pairs: readonly (readonly [string, string])[], schema?: Schema): void {
  for (const [a, b] of pairs) expect(nameScore(a, b, schema), `${a} / ${b}`).toBeLessThan(DEFAULT_THRESHOLD);
}

/** Asserts what a word-lookup function gives for each word: its first answer, or undefined for none. */
export function expectFirst(lookup: (word: string) => readonly string[] | undefined, cases: readonly (readonly [string, string | undefined])[]): void {
  for (const [word, first] of cases) expect(lookup(word)?.[0], word).toBe(first);
}

/**
 * The checks every language's dictionary of organisation words gets: names whose generic words the lists
 * translated alert; a person's name is never translated; another firm sharing only the generic words
 * stays clear.
 */
export function expectOrganisationWords(cases: {
  translated: readonly (readonly [string, string])[];
  persons?: readonly (readonly [string, string])[];
  otherFirms: readonly (readonly [string, string])[];
  schema?: Schema;
}): void {
  const schema = cases.schema ?? 'Organization';
  expectAlert(cases.translated, schema);
  expectAlert(cases.persons ?? [], 'Person');
  expectClear(cases.otherFirms, schema);
}
