import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { DATASET, prepareDb, type Keys } from './fixture.js';
import { client, tempDir, type Client } from './server.js';

/** yente clients must work unchanged: its request body, parameters and response shape, in-process through startServer. */
let server: RunningServer;
let api: Client;
let keys: Keys;

beforeAll(async () => {
  const dir = tempDir();
  const db = join(dir, 'vigil.db');
  keys = await prepareDb(db);
  const config = { ...loadConfig({ VIGIL_DB: db, VIGIL_LISTS_DIR: tempDir(), VIGIL_REFRESH_MINUTES: '0', VIGIL_RATE_LIMIT: '40' }), webDist: join(dir, 'no-ui') };
  server = await startServer({ config, port: 0, host: '127.0.0.1', logger: false });
  await server.loaded;
  api = client(server.url);
});

afterAll(async () => {
  await server?.close();
});

describe('yente compatibility', () => {
  it('answers POST /match/default with a yente-style FtM Person query in the yente response shape', async () => {
    const body = {
      queries: {
        q1: { schema: 'Person', properties: { name: ['Ivan Petrovich Sidorov'], birthDate: ['1970-01-15'], nationality: ['ru'] } },
        q2: { schema: 'Person', properties: { name: 'Maria Perez Somebody', birthDate: '1999' } },
      },
    };
    const r = await api('POST', '/match/default?threshold=0.8&limit=3&algorithm=logic-v1', { key: keys.screener, json: body });
    expect(r.status).toBe(200);
    expect(r.headers.get('x-batch-size')).toBe('2');
    expect(r.body.limit).toBe(3);
    expect(Object.keys(r.body.responses).sort()).toEqual(['q1', 'q2']);
    const q1 = r.body.responses.q1;
    expect(q1.status).toBe(200);
    expect(q1.total).toEqual({ value: expect.any(Number), relation: 'eq' });
    expect(q1.query).toEqual({ schema: 'Person', properties: { name: ['Ivan Petrovich Sidorov'], birthDate: ['1970-01-15'], nationality: ['ru'] } });
    const top = q1.results[0];
    expect(Object.keys(top).sort()).toEqual(
      ['caption', 'datasets', 'explanations', 'features', 'first_seen', 'id', 'last_change', 'last_seen', 'match', 'properties', 'referents', 'schema', 'score', 'target'].sort(),
    );
    expect(top).toMatchObject({ id: `${DATASET}:p1`, schema: 'Person', datasets: [DATASET], target: true, match: true });
    expect(top.score).toBeGreaterThanOrEqual(0.8);
    expect(top.properties.name).toEqual(['Ivan Petrovich SIDOROV']);
    expect(top.properties.birthDate).toEqual(['1970-01-15']);
    expect(top.properties.nationality).toEqual(['ru']);
    expect(top.properties.passportNumber).toEqual(['7512345678']);
    for (const v of Object.values(top.features)) expect(typeof v).toBe('number');
    expect(r.body.responses.q2.query.properties.name).toEqual(['Maria Perez Somebody']);
    expect(r.body.responses.q2.results.every((x: { match: boolean }) => !x.match)).toBe(true);
    expect(typeof r.body.matcher).toBe('object');
  });

  it('matches identifier-only examples, scopes to a dataset and refuses what yente refuses', async () => {
    const wallet = await api('POST', `/match/${DATASET}`, {
      key: keys.screener,
      json: { queries: { w: { schema: 'CryptoWallet', properties: { publicKey: ['0x1111111111111111111111111111111111111111'] } } } },
    });
    expect(wallet.body.responses.w.results[0]).toMatchObject({ id: `${DATASET}:w1`, schema: 'CryptoWallet', match: true });
    const vessel = await api('POST', '/match/default', { key: keys.screener, json: { queries: { v: { schema: 'Vessel', properties: { name: ['Ocean Star'], imoNumber: ['9074729'] } } } } });
    expect(vessel.body.responses.v.results[0].properties.imoNumber).toEqual(['IMO 9074729']);
    expect((await api('POST', '/match/nope', { key: keys.screener, json: { queries: { a: { schema: 'Person', properties: { name: ['x'] } } } } })).status).toBe(404);
    const badSchema = await api('POST', '/match/default', { key: keys.screener, json: { queries: { a: { schema: 'Dragon', properties: { name: ['x'] } } } } });
    expect(badSchema.status).toBe(400);
    expect(badSchema.body.detail).toMatch(/schema/i);
    expect((await api('POST', '/match/default', { key: keys.screener, json: { queries: { a: { schema: 'Person', properties: { birthDate: ['1970'] } } } } })).status).toBe(400);
    expect((await api('POST', '/match/default', { key: keys.screener, json: { queries: {} } })).status).toBe(400);
    expect((await api('POST', '/match/default', { key: keys.screener, json: { queries: { a: { schema: 'Person', properties: { name: ['a\u0000b'] } } } } })).status).toBe(400);
    expect((await api('POST', '/match/default?algorithm=made-up', { key: keys.screener, json: { queries: { a: { schema: 'Person', properties: { name: ['x'] } } } } })).status).toBe(400);
  });

  it('answers GET /search/{dataset}, /entities/{id} and /algorithms in yente shapes', async () => {
    const s = await api('GET', '/search/default?q=sidorov&schema=Person', { key: keys.screener });
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({ total: { value: 1, relation: 'eq' }, limit: 10, offset: 0 });
    expect(s.body.results[0]).toMatchObject({ id: `${DATASET}:p1`, schema: 'Person', datasets: [DATASET] });
    expect(s.body.facets.countries.values).toContainEqual({ name: 'ru', label: expect.stringMatching(/Russia/), count: 1 });
    expect((await api('GET', '/search/default?q=ocean&countries=kp', { key: keys.screener })).body.total.value).toBe(1);
    expect((await api('GET', '/search/default?q=x&schema=Dragon', { key: keys.screener })).status).toBe(400);
    const e = await api('GET', `/entities/${DATASET}:o1`, { key: keys.screener });
    expect(e.body).toMatchObject({ id: `${DATASET}:o1`, schema: 'Organization', properties: { jurisdiction: ['ru'] } });
    expect((await api('GET', '/algorithms')).body.best).toBeTruthy();
  });
});

describe('rate limiting', () => {
  it('limits each key separately and answers 429 with a retry hint', async () => {
    let limited: { status: number; body: { code: string; message: string } } | undefined;
    for (let i = 0; i < 60 && !limited; i++) {
      const r = await api('POST', '/v1/screen', { key: keys.analyst, json: { query: { name: 'x' } } });
      if (r.status === 429) limited = r;
      else expect(r.status).toBe(200);
    }
    expect(limited?.body.code).toBe('rate_limited');
    expect(limited?.body.message).toMatch(/retry/);
    // Another key has its own bucket; health checks are never limited.
    expect((await api('POST', '/v1/screen', { key: keys.admin, json: { query: { name: 'x' } } })).status).toBe(200);
    expect((await api('GET', '/healthz')).status).toBe(200);
  });
});
