import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entity } from '../src/model/entity.js';
import { planImports, runImport } from '../src/ingest/import.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { LISTS_DIR } from './paths.js';

/** The list snapshots the eval and the bench are defined on: fixed files, so figures are comparable over time. */
export const LIST_FILES = [
  'ofac/sdn_advanced/2025-11-19/sdn_advanced.xml.gz',
  'ofac/consolidated_xml/2026-01-08/consolidated.xml',
  'un/2026-02-27/consolidated.xml',
  'uk/ofsi_conlist/2025-04-10/ConList.xlsx',
] as const;

export interface LoadedList {
  file: string;
  dataset?: string;
  entities?: number;
  seconds?: number;
  /** Why a file was not loaded (no parser registered for it yet, file missing, parse error). */
  skipped?: string;
}

export interface LoadedLists {
  entities: Entity[];
  lists: LoadedList[];
}

export interface OpenLists extends LoadedLists {
  /** The temporary store, for callers that screen through the store (batch workers read it). */
  store: SqliteStore;
  dbPath: string;
  dispose(): Promise<void>;
}

/**
 * Imports the list files into a throw-away SQLite store through the real import pipeline and reads
 * the entities back, so the eval sees exactly what a deployment would serve.
 */
export async function openLists(log: (line: string) => void = () => {}, files: readonly string[] = LIST_FILES): Promise<OpenLists> {
  const dir = await mkdtemp(join(tmpdir(), 'vigil-eval-'));
  const dbPath = join(dir, 'lists.db');
  const store = new SqliteStore(dbPath);
  const dispose = async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  };
  const lists: LoadedList[] = [];
  try {
    for (const file of files) {
      const path = join(LISTS_DIR, file);
      if (!existsSync(path)) {
        lists.push({ file, skipped: `not found under ${LISTS_DIR}` });
        continue;
      }
      try {
        const plans = await planImports([path]);
        for (const plan of plans) {
          const outcome = await runImport(store, plan);
          lists.push({ file, dataset: plan.dataset, entities: outcome.version.entityCount, seconds: outcome.seconds });
          log(`  ${file} → ${plan.dataset}: ${outcome.version.entityCount} entities in ${outcome.seconds.toFixed(1)} s`);
        }
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        lists.push({ file, skipped: reason });
        log(`  ${file}: skipped (${reason})`);
      }
    }
    const entities: Entity[] = [];
    for await (const e of store.currentEntities()) entities.push(e);
    return { entities, lists, store, dbPath, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}

export async function loadLists(log: (line: string) => void = () => {}, files: readonly string[] = LIST_FILES): Promise<LoadedLists> {
  const { entities, lists, dispose } = await openLists(log, files);
  await dispose();
  return { entities, lists };
}
