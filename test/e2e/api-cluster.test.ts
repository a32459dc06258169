import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET, prepareDb, type Keys } from './fixture.js';
import { client, spawnServer, tempDir, waitFor, type Client, type SpawnedServer } from './server.js';

/** VIGIL_WORKERS=2: two processes share the port, batches run in one of them, SIGTERM stops all. */
let server: SpawnedServer;
let api: Client;
let keys: Keys;

beforeAll(async () => {
  const db = join(tempDir(), 'vigil.db');
  keys = await prepareDb(db);
  server = await spawnServer({ VIGIL_DB: db, VIGIL_LISTS_DIR: tempDir('vigil-mirror-'), VIGIL_WORKERS: '2', VIGIL_RATE_LIMIT: '0' });
  api = client(server.url);
});

afterAll(async () => {
  await server?.stop('SIGKILL');
});

describe('cluster mode', () => {
  it('answers from both workers and runs batch jobs created on either', async () => {
    // Both workers must be ready before counting answers: readiness of one is enough for /readyz.
    const pids = new Set<string>();
    await waitFor('both workers to answer', async () => {
      const r = await api('POST', '/v1/screen', { key: keys.screener, json: { query: { name: 'Ivan Sidorov' } }, headers: { connection: 'close' } });
      expect(r.body.result.matches[0].entityId).toBe(`${DATASET}:p1`);
      pids.add(r.headers.get('x-vigil-worker') ?? '');
      return pids.size >= 2 ? true : undefined;
    });
    const jobs = [];
    for (let i = 0; i < 4; i++) jobs.push((await api('POST', '/v1/batches', { key: keys.screener, json: { queries: [{ name: 'Ocean Star' }] }, headers: { connection: 'close' } })).body.id as string);
    for (const id of jobs) {
      const done = await waitFor(`job ${id}`, async () => {
        const r = await api('GET', `/v1/batches/${id}`, { key: keys.screener });
        return r.body.status === 'done' ? r.body : undefined;
      });
      expect(done.alerts).toBe(1);
    }
  });

  it('stops every worker on SIGTERM', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
  });
});
