import type { Entity } from '../model/entity.js';
import { buildIndex, type VigilMatchIndex } from '../match/index.js';
import { compare } from '../match/compare.js';
import { resolveCrossList, type CrossListGroup, type CrossListResolution } from '../match/crosslist.js';
import { groupMatches } from '../match/crosslist-results.js';
import type { CompareResult, ScreenOptions, ScreenQuery, ScreenResult } from '../match/types.js';
import type { Store, VersionInfo } from '../store/types.js';
import { DEMO_DATASET } from './demo.js';

export interface IndexSnapshot {
  index: VigilMatchIndex;
  versions: VersionInfo[];
  builtAt: string;
  buildMs: number;
  /** Entries of different lists that are the same target, resolved once per snapshot. */
  crossList?: CrossListResolution;
}

export interface ServiceStatus {
  ready: boolean;
  /** True when only the hand-written demo list is loaded: every answer must say so. */
  demoOnly: boolean;
  entities: number;
  versions: VersionInfo[];
  builtAt: string | null;
}

export async function loadEntities(store: Store, datasets?: string[]): Promise<Entity[]> {
  const entities: Entity[] = [];
  for await (const e of store.currentEntities(datasets)) entities.push(e);
  return entities;
}

/**
 * Screening over the current list versions. The index is rebuilt off to the side and swapped in
 * with one assignment, so a query in flight finishes on the snapshot it started with.
 */
export class ScreeningService {
  private snapshot: IndexSnapshot | undefined;
  private reloading: Promise<IndexSnapshot> | undefined;

  constructor(private readonly store: Store) {}

  async reload(): Promise<IndexSnapshot> {
    // Concurrent reload requests share one build instead of racing each other.
    this.reloading ??= (async () => {
      try {
        const all = await this.store.currentVersions();
        // The demo list is never mixed with real lists: once any real list is loaded, the demo drops out.
        const real = all.filter((v) => v.dataset !== DEMO_DATASET);
        const versions = real.length > 0 ? real : all;
        const started = performance.now();
        const entities = await loadEntities(this.store, versions.map((v) => v.dataset));
        const index = buildIndex(entities);
        const crossList = resolveCrossList(entities);
        const snapshot = { index, versions, builtAt: new Date().toISOString(), buildMs: performance.now() - started, crossList };
        this.snapshot = snapshot;
        return snapshot;
      } finally {
        this.reloading = undefined;
      }
    })();
    return this.reloading;
  }

  current(): IndexSnapshot {
    if (!this.snapshot) throw new Error('lists are not loaded yet');
    return this.snapshot;
  }

  status(): ServiceStatus {
    const s = this.snapshot;
    return {
      ready: s !== undefined,
      demoOnly: s !== undefined && s.versions.length > 0 && s.versions.every((v) => v.dataset === DEMO_DATASET),
      entities: s?.index.size ?? 0,
      versions: s?.versions ?? [],
      builtAt: s?.builtAt ?? null,
    };
  }

  /** Matches of one target on several lists come back as one hit with `alsoListedBy`. */
  screen(query: ScreenQuery, options?: ScreenOptions): ScreenResult {
    const { index, crossList } = this.current();
    return groupMatches(index.screen(query, options), crossList);
  }

  screenMany(queries: ScreenQuery[], options?: ScreenOptions): ScreenResult[] {
    const { index, crossList } = this.current();
    return queries.map((q) => groupMatches(index.screen(q, options), crossList));
  }

  /** The cross-list group of an entity (the same target on other lists), if it has one. */
  crossListOf(entityId: string): CrossListGroup | undefined {
    return this.snapshot?.crossList?.groupOf(entityId);
  }

  compare(a: ScreenQuery, b: ScreenQuery): CompareResult {
    return compare(a, b);
  }
}
