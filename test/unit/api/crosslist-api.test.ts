import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/api/app.js';
import { loadConfig } from '../../../src/config.js';
import { listedPerson, streamOf } from '../../helpers/entities.js';
import { ScreeningService } from '../../../src/service/screening.js';
import { JobStore } from '../../../src/store/jobs.js';
import { SqliteStore } from '../../../src/store/sqlite.js';

const kim = listedPerson;

const OFAC = kim('us_ofac_sdn', '43377', 'Sang Man Kim', { identifiers: [{ type: 'passport', value: '109420132', country: 'KP' }] });
const KR = kim('kr_fsc_sanctions', '745', 'KIM Sang Man', { names: [{ full: 'KIM Sang Man', kind: 'primary' }, { full: '김상만', kind: 'original_script', script: 'Hangul' }] });
const UK = kim('gb_hmt_sanctions', '90001', 'KIM Sang Man', { identifiers: [{ type: 'passport', value: '109420132' }] });
const OTHER = kim('us_ofac_sdn', '1', 'Unrelated Person', { birthDates: [{ date: '1970-01-01' }] });


describe('cross-list groups through the service and the API', () => {
  let dir: string;
  let app: FastifyInstance;
  let service: ScreeningService;
  let key: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-xl-'));
    const store = new SqliteStore(join(dir, 'vigil.db'));
    for (const [dataset, list] of [['us_ofac_sdn', [OFAC, OTHER]], ['kr_fsc_sanctions', [KR]], ['gb_hmt_sanctions', [UK]]] as const) {
      await store.importVersion({ dataset, published: '2025-01-01', fileHash: dataset, source: 'test', format: 'fixture' }, streamOf(list));
    }
    key = (await store.createApiKey('analyst', 'test')).key;
    service = new ScreeningService(store);
    await service.reload();
    ({ app } = await buildApp({ config: loadConfig({ VIGIL_DB: join(dir, 'vigil.db') }), store, jobs: new JobStore(join(dir, 'jobs.db')), service, logger: false }));
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('screening returns one hit per target, the other listings attached with their reasons and own matches', () => {
    const result = service.screen({ name: 'Kim Sang Man', birthDate: '1965-04-25' });
    expect(result.matches).toHaveLength(1);
    const head = result.matches[0]!;
    const others = head.alsoListedBy!.map((a) => a.entityId).sort();
    expect([head.entityId, ...others].sort()).toEqual(['gb_hmt_sanctions:90001', 'kr_fsc_sanctions:745', 'us_ofac_sdn:43377']);
    for (const a of head.alsoListedBy!) {
      expect(a.reason).not.toBe('');
      // Both other listings matched the query too: their own scores are kept, not dropped.
      expect(a.match?.entityId).toBe(a.entityId);
      expect(a.match!.score).toBeLessThanOrEqual(head.score);
    }
  });

  it('GET /v1/entities/{id} carries the cross-list group with each link explained', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/entities/kr_fsc_sanctions:745', headers: { authorization: `Bearer ${key}` } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.crossList.members.map((m: { entityId: string }) => m.entityId)).toEqual(['gb_hmt_sanctions:90001', 'kr_fsc_sanctions:745', 'us_ofac_sdn:43377']);
    expect(body.crossList.links.map((l: { explanation: string }) => l.explanation)).toContain('same document number 109420132');
    const lone = await app.inject({ method: 'GET', url: '/v1/entities/us_ofac_sdn:1', headers: { authorization: `Bearer ${key}` } });
    expect(lone.json().crossList).toBeNull();
  });

  it('POST /v1/screen keeps alsoListedBy in the response', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/screen', headers: { authorization: `Bearer ${key}` }, payload: { query: { name: 'Kim Sang Man', birthDate: '1965-04-25' } } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const { matches } = body.result;
    expect(matches).toHaveLength(1);
    expect(matches[0].alsoListedBy).toHaveLength(2);
  });
});
