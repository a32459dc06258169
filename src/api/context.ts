import type { Config } from '../config.js';
import type { ListOrigin } from '../service/bootstrap.js';
import type { IndexSnapshot, ScreeningService } from '../service/screening.js';
import type { JobStore } from '../store/jobs.js';
import type { Store } from '../store/types.js';
import type { BatchRunner } from './batch/runner.js';
import { ApiError } from './errors.js';
import type { Metrics } from './metrics.js';
import type { Refresher } from './refresh.js';
import { SearchIndex } from './search-index.js';

export interface Lifecycle {
  phase: 'loading' | 'ready' | 'failed';
  origin?: ListOrigin;
  error?: string;
}

/** Everything the routes share; built once by startServer (or a test) and passed to buildApp. */
export interface ApiContext {
  config: Config;
  store: Store;
  service: ScreeningService;
  jobs: JobStore;
  runner: BatchRunner;
  refresher: Refresher;
  metrics: Metrics;
  search: SearchIndexes;
  lifecycle: Lifecycle;
}

export const DEMO_NOTICE =
  'Only the built-in DEMO list is loaded: these are not official sanctions lists. Load the real lists with `vigil update` (download) or `vigil import PATH`, or start the server with VIGIL_LISTS_DIR pointing at a local copy.';

export function demoFields(ctx: ApiContext): { demo: boolean; notice?: string } {
  return ctx.service.status().demoOnly ? { demo: true, notice: DEMO_NOTICE } : { demo: false };
}

/** The screening snapshot, or 503 while the lists are still loading. */
export function snapshotOr503(ctx: ApiContext): IndexSnapshot {
  if (!ctx.service.status().ready) {
    const message = ctx.lifecycle.phase === 'failed' ? `the lists could not be loaded: ${ctx.lifecycle.error ?? 'see the server log'}` : 'the lists are still loading; retry shortly';
    throw new ApiError(503, message, { code: 'not_ready', headers: { 'retry-after': '5' } });
  }
  return ctx.service.current();
}

/** The lexical search index follows the screening snapshot; it shares the snapshot's entity objects. */
export class SearchIndexes {
  private built: { snapshot: IndexSnapshot; index: SearchIndex } | undefined;

  constructor(
    private readonly store: Store,
    private readonly service: ScreeningService,
  ) {}

  async rebuild(): Promise<void> {
    const snapshot = this.service.current();
    const entities = [];
    for await (const e of this.store.currentEntities(snapshot.versions.map((v) => v.dataset))) {
      entities.push(snapshot.index.entity(e.id) ?? e);
    }
    this.built = { snapshot, index: new SearchIndex(entities) };
  }

  current(): SearchIndex | undefined {
    return this.built?.index;
  }
}
