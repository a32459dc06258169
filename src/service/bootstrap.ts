import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { updateDatasets } from '../ingest/update.js';
import type { Store } from '../store/types.js';
import { DEMO_DATASET, DEMO_ENTITIES } from './demo.js';

export type ListOrigin = 'existing' | 'local' | 'downloaded' | 'demo';

/** Conventional places for a local mirror when VIGIL_LISTS_DIR is not set (a checkout next to a shared data folder). */
const CONVENTIONAL_MIRRORS = ['lists', '../shared/data'];

export function localMirror(config: Config): string | undefined {
  if (config.listsDir) return config.listsDir;
  return CONVENTIONAL_MIRRORS.map((p) => resolve(p)).find((p) => existsSync(p));
}

async function* demoEntities() {
  yield* DEMO_ENTITIES;
}

/**
 * Makes sure an empty store gets lists: a local mirror first, then the official downloads, and only
 * when both fail the hand-written demo list (which the API and UI then flag on every answer).
 */
export async function ensureLists(store: Store, config: Config, log: (message: string, data?: Record<string, unknown>) => void): Promise<ListOrigin> {
  const current = await store.currentVersions();
  if (current.some((v) => v.dataset !== DEMO_DATASET)) return 'existing';
  const mirror = localMirror(config);
  if (mirror) {
    log('loading lists from local mirror', { dir: mirror });
    const results = await updateDatasets(store, { fromDir: mirror, downloadDir: config.downloadDir, log: (e) => log(e.message, { dataset: e.dataset }) });
    if (results.some((r) => r.status === 'imported' || r.status === 'unchanged')) return 'local';
  }
  log('downloading official lists');
  const results = await updateDatasets(store, { downloadDir: config.downloadDir, log: (e) => log(e.message, { dataset: e.dataset }) });
  if (results.some((r) => r.status === 'imported' || r.status === 'unchanged')) return 'downloaded';
  if (current.some((v) => v.dataset === DEMO_DATASET)) return 'demo';
  log('no list could be loaded: serving the DEMO list only; load real lists with `vigil update` or `vigil import PATH`');
  await store.importVersion({ dataset: DEMO_DATASET, published: null, fileHash: 'demo', source: 'built-in demo list', format: 'demo' }, demoEntities());
  return 'demo';
}
