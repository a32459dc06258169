import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { storeContract } from './contract.js';
import { SqliteStore } from '../../../src/store/sqlite.js';

const TABLES = ['versions', 'current_versions', 'entity_bodies', 'version_entities', 'version_relations', 'api_keys'];

storeContract('SqliteStore', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'vigil-store-')), 'vigil.db');
  return {
    open: async () => new SqliteStore(path),
    reopen: async () => new SqliteStore(path),
    async rowCounts() {
      const db = new Database(path, { readonly: true });
      try {
        return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]));
      } finally {
        db.close();
      }
    },
    dispose: async () => rmSync(dirname(path), { recursive: true, force: true }),
  };
});
