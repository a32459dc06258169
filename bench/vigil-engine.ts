import type { MatchIndex } from '../src/match/types.js';
import type { Baseline, BaselineHit } from './baselines/types.js';

/** Vigil behind the baselines' interface: a hit is a match at or above the threshold. */
export function vigilEngine(index: MatchIndex, threshold: number): Baseline {
  return {
    name: `Vigil (threshold ${threshold})`,
    search(query: string): BaselineHit[] {
      return index
        .screen({ name: query }, { threshold })
        .matches.filter((m) => m.score >= threshold)
        .map((m) => ({ entityId: m.entityId, score: m.score }));
    },
  };
}
