import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import { MIGRATIONS, PostgresStore } from '../../../src/store/postgres.js';
import { from, meta, person, storeContract } from './contract.js';

/** CI sets this (postgres://postgres@127.0.0.1:5432/test); without it the Postgres store is not tested. */
const URL = process.env.VIGIL_TEST_DATABASE_URL;
const TABLES = ['versions', 'current_versions', 'entity_bodies', 'version_entities', 'version_relations', 'api_keys'];

if (!URL) console.warn('[vigil tests] VIGIL_TEST_DATABASE_URL is not set: PostgresStore tests are skipped.');

/** A schema name of its own for every store, so parallel runs (and tests) never see each other's rows. */
const schemaName = () => `vigil_test_${randomBytes(6).toString('hex')}`;

async function withClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const dropSchema = (schema: string) => withClient((c) => c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));

async function rowCounts(schema: string): Promise<Record<string, number>> {
  return withClient(async (c) => {
    const counts: Record<string, number> = {};
    for (const t of TABLES) counts[t] = (await c.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "${schema}".${t}`)).rows[0]?.n ?? -1;
    return counts;
  });
}

describe.skipIf(!URL)('PostgresStore (skipped without VIGIL_TEST_DATABASE_URL)', () => {
  storeContract('PostgresStore', () => {
    const schema = schemaName();
    return {
      async open() {
        const store = new PostgresStore(URL as string, { schema });
        await store.whenReady();
        return store;
      },
      reopen: async () => new PostgresStore(URL as string, { schema }),
      rowCounts: () => rowCounts(schema),
      dispose: () => dropSchema(schema).then(() => undefined),
    };
  });

  describe('Postgres specifics', () => {
    const schemas: string[] = [];
    const fresh = () => {
      const s = schemaName();
      schemas.push(s);
      return s;
    };
    afterAll(async () => {
      for (const s of schemas) await dropSchema(s);
    });

    it('records migrations in schema_migrations and applies each once, even to concurrent first openers', async () => {
      const schema = fresh();
      // Several processes starting against an empty schema at once: the advisory lock lets one migrate.
      const stores = Array.from({ length: 4 }, () => new PostgresStore(URL as string, { schema }));
      await Promise.all(stores.map((s) => s.datasets()));
      await Promise.all(stores.map((s) => s.close()));
      const again = new PostgresStore(URL as string, { schema });
      await again.datasets();
      await again.close();
      const rows = await withClient((c) => c.query<{ version: number; name: string }>(`SELECT version, name FROM "${schema}".schema_migrations ORDER BY version`));
      expect(rows.rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    });

    it('leaves nothing when the connection dies before COMMIT (as when the importing process is killed)', async () => {
      const schema = fresh();
      const store = new PostgresStore(URL as string, { schema });
      const v1 = await store.importVersion(meta('a'), from([person('1', 'KIM Sang Man')]));
      const before = await rowCounts(schema);
      let resume: () => void = () => {};
      const paused = new Promise<void>((r) => (resume = r));
      let reachedPause: () => void = () => {};
      const atPause = new Promise<void>((r) => (reachedPause = r));
      async function* stalls(): AsyncGenerator<Entity> {
        for (let i = 0; i < 5000; i++) yield person(String(i + 10), `Name ${i}`);
        reachedPause();
        await paused;
        yield person('99999', 'never stored');
      }
      const importing = store.importVersion(meta('b'), stalls());
      await atPause;
      // The import's connection is the one holding a transaction open in this schema's database session.
      const killed = await withClient(async (c) => {
        const { rows } = await c.query<{ killed: boolean }>(
          `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
             AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'relation' AND relation = '"${schema}".version_entities'::regclass)`,
        );
        return rows;
      });
      expect(killed).toEqual([{ killed: true }]);
      resume();
      await expect(importing).rejects.toThrow();
      expect(await rowCounts(schema)).toEqual(before);
      // The pool replaced the dead connection: the store keeps working and v1 is still current.
      expect((await store.currentVersions()).map((v) => v.id)).toEqual([v1.id]);
      expect((await store.importVersion(meta('c'), from([person('2', 'RI Myong Hun')]))).seq).toBe(2);
      await store.close();
    });

    it('serialises concurrent imports of one dataset into consecutive versions', async () => {
      const schema = fresh();
      const a = new PostgresStore(URL as string, { schema });
      const b = new PostgresStore(URL as string, { schema });
      await Promise.all([a.datasets(), b.datasets()]);
      const results = await Promise.all([
        a.importVersion(meta('a'), from(Array.from({ length: 3000 }, (_, i) => person(String(i), `A ${i}`)))),
        b.importVersion(meta('b'), from(Array.from({ length: 3000 }, (_, i) => person(String(i), `B ${i}`)))),
      ]);
      expect(results.map((v) => v.seq).sort()).toEqual([1, 2]);
      const current = await a.currentVersions();
      expect(current).toHaveLength(1);
      expect(current[0]?.seq).toBe(2);
      await Promise.all([a.close(), b.close()]);
    });
  });
});

beforeAll(() => {
  if (URL && !/^postgres(ql)?:\/\//.test(URL)) throw new Error('VIGIL_TEST_DATABASE_URL must be a postgres:// URL');
});
