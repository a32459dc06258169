import { dirname, join } from 'node:path';
import type { Config } from '../config.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

/** What choosing a store needs: a Postgres URL wins over the SQLite path. */
export type StoreConfig = Pick<Config, 'dbPath' | 'databaseUrl'>;

/** Opens the configured store: Postgres when VIGIL_DATABASE_URL is set, otherwise the embedded SQLite file. */
export function openStore(config: StoreConfig): Store {
  return config.databaseUrl ? new PostgresStore(config.databaseUrl) : new SqliteStore(config.dbPath);
}

/**
 * The SQLite file batch jobs live in. With a SQLite store that is the store's own file (its migrations
 * create the job tables). With Postgres, jobs still need SQLite — the job store is synchronous — and
 * get a file of their own next to dbPath, so that pointing VIGIL_DATABASE_URL away again never leaves
 * job tables in a file the SQLite store would later try to migrate.
 */
export function jobsDbPath(config: StoreConfig): string {
  return config.databaseUrl ? join(dirname(config.dbPath), 'jobs.db') : config.dbPath;
}

/** Where the store is, for logs: the Postgres URL without its password. */
export function describeStore(config: StoreConfig): string {
  if (!config.databaseUrl) return config.dbPath;
  try {
    const url = new URL(config.databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres (unparseable URL)';
  }
}
