import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, tempDb, vigil } from '../helpers/cli.js';
import { HAS_SHARED_DATA, sharedFile } from '../helpers/data.js';

/** CI sets this (postgres://postgres@127.0.0.1:5432/test); the CLI's Postgres path is only exercised with it. */
const URL = process.env.VIGIL_TEST_DATABASE_URL;
const UN = sharedFile('un', '2026-02-27', 'consolidated.xml');

if (!URL) console.warn('[vigil tests] VIGIL_TEST_DATABASE_URL is not set: the CLI-on-Postgres e2e test is skipped.');

interface ListedVersion {
  dataset: string;
  seq: number;
  entityCount: number;
  counts: Record<string, number>;
  published: string;
  current: boolean;
  fileHash: string;
}

describe.skipIf(!URL || !HAS_SHARED_DATA)('vigil CLI with VIGIL_DATABASE_URL (Postgres)', () => {
  // A schema of its own, selected through the URL's search_path, so parallel runs do not collide.
  const schema = `vigil_test_${randomBytes(6).toString('hex')}`;
  // The describe body runs even when skipped: the URL may be unset here.
  const databaseUrl = `${URL ?? ''}${URL?.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const sqlitePath = tempDb();
  const env = { VIGIL_DATABASE_URL: databaseUrl, VIGIL_DB: sqlitePath };
  const admin = () => new pg.Client({ connectionString: URL });

  beforeAll(async () => {
    assertBuilt();
    const c = admin();
    await c.connect();
    await c.query(`CREATE SCHEMA "${schema}"`);
    await c.end();
  });
  afterAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  });

  it('imports the UN list into Postgres and lists it', async () => {
    const res = vigil(['import', UN], env);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);

    const listed = vigil(['lists', '--json'], env);
    expect(listed.status).toBe(0);
    const versions = JSON.parse(listed.stdout) as ListedVersion[];
    // Counted from the XML independently of the parser: one entity per <INDIVIDUAL> and per <ENTITY>.
    const xml = readFileSync(UN, 'utf8');
    const individuals = xml.match(/<INDIVIDUAL>/g)?.length ?? 0;
    const organisations = xml.match(/<ENTITY>/g)?.length ?? 0;
    expect(versions.map((v) => [v.dataset, v.seq, v.entityCount, v.current])).toEqual([['un_sc_sanctions', 1, individuals + organisations, true]]);

    // The rows are in Postgres, and no SQLite store was created.
    const c = admin();
    await c.connect();
    const rows = await c.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "${schema}".version_entities`);
    await c.end();
    expect(rows.rows[0]?.n).toBe(individuals + organisations);
    expect(existsSync(sqlitePath)).toBe(false);

    // The same file in the SQLite store reads back identically (apart from ids and import times).
    const sqliteEnv = { VIGIL_DB: sqlitePath, VIGIL_DATABASE_URL: '' };
    expect(vigil(['import', UN], sqliteEnv).status).toBe(0);
    const fromSqlite = JSON.parse(vigil(['lists', '--json'], sqliteEnv).stdout) as ListedVersion[];
    const comparable = (v: ListedVersion) => ({ ...v, id: undefined, importedAt: undefined });
    expect(versions.map(comparable)).toEqual(fromSqlite.map(comparable));

    // A second import of the unchanged file is recognised as unchanged against the Postgres store.
    const again = vigil(['import', UN], env);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/unchanged/);
  });
});
