import MiniSearch from 'minisearch';
import type { Entity } from '../../src/model/entity.js';
import { normaliseFull } from './jaro-winkler.js';
import type { Baseline, BaselineHit } from './types.js';

/**
 * MiniSearch as a developer would set it up for names: every listed name a document, accents
 * folded, fuzzy terms (edit distance 20% of the term), all query terms required.
 */
export function miniSearchBaseline(entities: readonly Entity[], fuzzy = 0.2): Baseline {
  const index = new MiniSearch<{ id: number; name: string; owner: number }>({
    fields: ['name'],
    storeFields: ['owner'],
    processTerm: (term) => normaliseFull(term) || null,
  });
  let id = 0;
  const docs: { id: number; name: string; owner: number }[] = [];
  entities.forEach((e, owner) => {
    for (const n of e.names) docs.push({ id: id++, name: n.full, owner });
  });
  index.addAll(docs);
  return {
    name: `minisearch (fuzzy ${fuzzy}, AND)`,
    search(query: string): BaselineHit[] {
      const seen = new Map<number, number>();
      for (const r of index.search(query, { fuzzy, combineWith: 'AND' })) {
        const owner = r.owner as number;
        if (!seen.has(owner)) seen.set(owner, r.score);
      }
      return [...seen].map(([i, score]) => ({ entityId: (entities[i] as Entity).id, score }));
    },
  };
}
