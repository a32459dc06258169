import type { AnalysedName, NameToken } from '../text/types.js';
import { ALGORITHM } from './algorithm.js';
import { isSyllabic, scoringToken, type ScoringToken } from './align.js';

/**
 * Token rarity in [rarity.min, rarity.max] from document frequency: a name part that occurs in
 * one listed name identifies far more than one in thousands. Log-scaled against the index size so
 * the same df means less in a bigger index.
 */
export function rarity(df: number, totalNames: number): number {
  const { min, max } = ALGORITHM.rarity;
  if (totalNames <= 1) return (min + max) / 2;
  const idf = Math.log(totalNames / Math.max(1, df)) / Math.log(totalNames);
  return min + (max - min) * Math.min(1, Math.max(0, idf));
}

export function roleWeight(token: { role: NameToken['role'] }): number {
  return ALGORITHM.roleWeights[token.role];
}

/** Without an index there is no frequency to go by: every word is equally rare. */
export const NEUTRAL_RARITY = (ALGORITHM.rarity.min + ALGORITHM.rarity.max) / 2;

/**
 * Turns the analyser's readings into weighted scoring tokens, dropping duplicate readings.
 * `canonical` maps a key to the index's own copy of the string, so key comparisons are pointer checks.
 */
export function toScoringReadings(
  analysed: AnalysedName,
  rarityOf: (t: NameToken) => number,
  canonical: (key: string) => string = (k) => k,
  cache?: ScoringTokenCache,
): ScoringToken[][] {
  const out: ScoringToken[][] = [];
  const seen = new Set<string>();
  for (const reading of analysed.readings) {
    if (!reading.length) continue;
    const sig = reading.map((t) => `${t.role}:${t.bound ? '-' : ''}${t.form}`).join(' ');
    if (seen.has(sig)) continue;
    seen.add(sig);
    out.push(
      reading.map((t) => {
        const known = cache?.get(t);
        if (known) return known;
        const made = scoringToken(canonical(t.form), t.keys.map(canonical), t.role, roleWeight(t) * rarityOf(t), t.script, t.bound === true);
        cache?.set(t, made);
        return made;
      }),
    );
  }
  return out;
}

/**
 * The scoring tokens made for one index's queries, by the analyser's keys array: latinKeys hands out
 * one frozen array per word and role, so a word met again (most words of a batch are) is neither
 * weighed nor interned again. Only valid for one index (weights are its rarities); entries go when
 * the analyser drops the array.
 */
export class ScoringTokenCache {
  private readonly byKeys = new WeakMap<readonly string[], ScoringToken[]>();

  get(t: NameToken): ScoringToken | undefined {
    const same = this.byKeys.get(t.keys);
    if (!same) return undefined;
    const syllabic = isSyllabic(t.script);
    const bound = t.bound === true;
    for (const s of same) if (s.form === t.form && s.role === t.role && s.syllabic === syllabic && s.bound === bound) return s;
    return undefined;
  }

  set(t: NameToken, token: ScoringToken): void {
    // Only arrays the analyser shares are worth keeping: a fresh array is never looked up again.
    if (!Object.isFrozen(t.keys)) return;
    const same = this.byKeys.get(t.keys);
    if (same) same.push(token);
    else this.byKeys.set(t.keys, [token]);
  }
}
