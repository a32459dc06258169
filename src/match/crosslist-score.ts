import type { Entity, Name } from '../model/entity.js';
import { analyseName } from '../text/analyse.js';
import { blockingWords } from './crosslist-blocking.js';
import { matchIdentifiers } from './identifiers.js';
import { matchNames, scoreMatch, type ScoringName } from './score.js';
import { NEUTRAL_RARITY, toScoringReadings } from './tokens.js';
import type { ScreenQuery } from './types.js';

/**
 * compare() for many pairs: the same features, weights and neutral rarity as src/match/compare.ts,
 * with each distinct name analysed once instead of once per comparison (analysis dominates the cost
 * of a pairwise compare, and the same names recur across thousands of candidate pairs).
 */
export class PairScorer {
  private readonly memo = new Map<string, ScoringName>();

  private scoring(text: string, kind: Name['kind'], schema: Entity['schema']): ScoringName {
    const key = `${schema}\u0000${kind}\u0000${text}`;
    let s = this.memo.get(key);
    if (!s) {
      const analysed = analyseName(text, { schema });
      s = { text, kind, readings: toScoringReadings(analysed, () => NEUTRAL_RARITY) };
      this.memo.set(key, s);
    }
    return s;
  }

  /**
   * compare(query, entity): the query's one name against the entity's best-matching name. Only
   * names sharing a word with the query are analysed (when the query has Latin words at all): a
   * name with no word in common cannot reach a cross-list threshold, and analysis is the cost.
   */
  compare(query: ScreenQuery, entity: Entity): { score: number; matchedName: string } {
    const q = this.scoring(query.name, 'primary', query.schema ?? entity.schema);
    const words = new Set(blockingWords(query.name));
    let best: { text: string; kind: Name['kind']; m: ReturnType<typeof matchNames> } | null = null;
    for (const name of entity.names) {
      if (!name.full.trim()) continue;
      if (words.size > 0 && !blockingWords(name.full).some((w) => words.has(w))) continue;
      const m = matchNames(q, this.scoring(name.full, name.kind, entity.schema));
      if (!best || (m && (!best.m || m.nameScore > best.m.nameScore))) best = { text: name.full, kind: name.kind, m };
    }
    const hits = matchIdentifiers(query.identifiers ?? [], entity.identifiers ?? []);
    const { score } = scoreMatch(query, entity, best?.kind ?? 'primary', best?.m ?? null, hits);
    return { score, matchedName: best?.text ?? entity.caption };
  }
}
