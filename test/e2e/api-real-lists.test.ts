import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { HAS_SHARED_DATA, SHARED_DATA } from '../helpers/data.js';
import { client, tempDir, type Client } from './server.js';

/** The server on an empty store with VIGIL_LISTS_DIR pointing at the real official files. */
describe.skipIf(!HAS_SHARED_DATA)('server on the real lists', () => {
  let server: RunningServer;
  let api: Client;

  beforeAll(async () => {
    const dir = tempDir();
    const config = { ...loadConfig({ VIGIL_DB: join(dir, 'vigil.db'), VIGIL_LISTS_DIR: SHARED_DATA, VIGIL_AUTH: 'off', VIGIL_REFRESH_MINUTES: '0' }), webDist: join(dir, 'no-ui') };
    server = await startServer({ config, port: 0, host: '127.0.0.1', logger: false });
    await server.loaded;
    api = client(server.url);
  }, 900_000);

  afterAll(async () => {
    await server?.close();
  });

  it('loads the lists from the local mirror and reports them as ready, not demo', async () => {
    const ready = await api('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ ready: true, demo: false, origin: 'local' });
    expect(ready.body.lists.map((l: { dataset: string }) => l.dataset)).toContain('us_ofac_sdn');
  });

  it('screens "Kim Sang Man" born 1965-04-25 to us_ofac_sdn:43377 with an explanation', async () => {
    const r = await api('POST', '/v1/screen', { json: { query: { name: 'Kim Sang Man', birthDate: '1965-04-25' } } });
    expect(r.status).toBe(200);
    expect(r.body.demo).toBe(false);
    expect(r.body.result.decision).toBe('alert');
    const hit = r.body.result.matches.find((m: { entityId: string }) => m.entityId === 'us_ofac_sdn:43377');
    expect(hit).toBeDefined();
    expect(hit.explanation.summary).toMatch(/\S/);
    expect(hit.explanation.features.some((f: { feature: string }) => f.feature === 'birth_date_exact')).toBe(true);
  });

  it('resolves UN KPi.016 across lists: the entity carries its cross-list group with the UK listing and the links explained', async () => {
    const r = await api('GET', '/v1/entities/un_sc_sanctions:KPi.016');
    expect(r.status).toBe(200);
    const group = r.body.crossList;
    expect(group).not.toBeNull();
    const members = group.members.map((m: { entityId: string }) => m.entityId);
    expect(members).toContain('un_sc_sanctions:KPi.016');
    expect(members).toContain('gb_hmt_sanctions:13327');
    expect(group.datasets).toEqual(expect.arrayContaining(['un_sc_sanctions', 'gb_hmt_sanctions']));
    const ukUn = group.links.find((l: { a: string; b: string }) => [l.a, l.b].sort().join(' ') === 'gb_hmt_sanctions:13327 un_sc_sanctions:KPi.016');
    expect(ukUn?.explanation).toMatch(/\S/);
  });

  it('answers the same through the yente API and finds the entity by wallet address', async () => {
    const y = await api('POST', '/match/us_ofac_sdn', { json: { queries: { k: { schema: 'Person', properties: { name: ['Kim Sang Man'], birthDate: ['1965-04-25'], nationality: ['kp'] } } } } });
    expect(y.body.responses.k.results[0]).toMatchObject({ id: 'us_ofac_sdn:43377', match: true });
    const s = await api('GET', '/v1/search?q=0x97b1043abd9e6fc31681635166d430a458d14f9c');
    expect(s.body.results.map((x: { entityId: string }) => x.entityId)).toContain('us_ofac_sdn:43377');
  });
});
