import type { IndexSnapshot } from '../service/screening.js';
import type { Store } from '../store/types.js';
import { buildScanIndex, type ScanIndex } from './scan-index.js';

/**
 * One scan index per screening snapshot, built on first use and dropped with the snapshot: a list
 * refresh swaps the snapshot, and the next scan builds against the new lists.
 */
const cache = new WeakMap<IndexSnapshot, Promise<ScanIndex>>();

export function scanIndexFor(store: Store, snapshot: IndexSnapshot): Promise<ScanIndex> {
  let built = cache.get(snapshot);
  if (!built) {
    built = (async () => {
      const entities = [];
      // The snapshot's own entity objects where it has them: one copy in memory, not two.
      for await (const e of store.currentEntities(snapshot.versions.map((v) => v.dataset))) entities.push(snapshot.index.entity(e.id) ?? e);
      return buildScanIndex(entities);
    })();
    cache.set(snapshot, built);
    built.catch(() => cache.delete(snapshot));
  }
  return built;
}
