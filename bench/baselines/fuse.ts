import Fuse from 'fuse.js';
import type { Entity } from '../../src/model/entity.js';
import type { Baseline, BaselineHit } from './types.js';

/**
 * Fuse.js over every listed name, matching anywhere in the string (names have no "location"),
 * with a threshold of 0.3: its default 0.6 returns near-anything for a name query.
 */
export function fuseBaseline(entities: readonly Entity[], threshold = 0.3): Baseline {
  const docs: { name: string; owner: number }[] = [];
  entities.forEach((e, owner) => {
    for (const n of e.names) docs.push({ name: n.full, owner });
  });
  const fuse = new Fuse(docs, { keys: ['name'], includeScore: true, threshold, ignoreLocation: true, ignoreDiacritics: true });
  return {
    name: `fuse.js (threshold ${threshold})`,
    search(query: string): BaselineHit[] {
      const seen = new Map<number, number>();
      for (const r of fuse.search(query)) {
        if (!seen.has(r.item.owner)) seen.set(r.item.owner, 1 - (r.score ?? 1));
      }
      return [...seen].map(([i, score]) => ({ entityId: (entities[i] as Entity).id, score }));
    },
  };
}
