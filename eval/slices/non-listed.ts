import type { Entity } from '../../src/model/entity.js';
import type { Match, MatchIndex } from '../../src/match/types.js';
import { fakeNames, type FakeName } from '../faker-names.js';
import { listedNameKeys, plainKey } from '../listed.js';
import type { Outcome } from '../metrics.js';

export interface NonListedQueries {
  queries: FakeName[];
  /** Generated names that are, written differently, a listed name: a hit on them is not false. */
  excluded: FakeName[];
}

export function buildNonListedQueries(entities: readonly Entity[], seed: number, personsPerLocale: number, companiesPerLocale: number): NonListedQueries {
  const keys = listedNameKeys(entities);
  const queries: FakeName[] = [];
  const excluded: FakeName[] = [];
  for (const n of fakeNames({ seed, personsPerLocale, companiesPerLocale })) (keys.has(plainKey(n.name)) ? excluded : queries).push(n);
  return { queries, excluded };
}

export interface NonListedOutcome extends Outcome {
  query: FakeName;
  top?: Match;
}

export function runNonListedQueries(index: MatchIndex, queries: readonly FakeName[]): NonListedOutcome[] {
  return queries.map((query) => {
    const top = index.screen({ name: query.name }, { limit: 1 }).matches[0];
    return { group: `${query.locale}/${query.kind}`, score: top?.score ?? 0, query, ...(top ? { top } : {}) };
  });
}
