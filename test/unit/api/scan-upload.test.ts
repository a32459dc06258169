import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/api/app.js';
import { loadConfig } from '../../../src/config.js';
import type { Entity } from '../../../src/model/entity.js';
import { ScreeningService } from '../../../src/service/screening.js';
import { JobStore } from '../../../src/store/jobs.js';
import { SqliteStore } from '../../../src/store/sqlite.js';
import { ENTITIES, minimalDocx, minimalPdf } from '../scan/fixtures.js';

async function* each(list: Entity[]): AsyncGenerator<Entity> {
  yield* list;
}

interface Mention {
  start: number;
  end: number;
  text: string;
  entityId: string;
}

/** Uploaded PDF/DOCX: the answer carries the extracted text, so a client can highlight the mentions in it. */
describe('POST /v1/scan with an uploaded document', () => {
  let dir: string;
  let app: FastifyInstance;
  let key: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-scan-upload-'));
    const db = join(dir, 'vigil.db');
    const store = new SqliteStore(db);
    for (const dataset of new Set(ENTITIES.map((e) => e.dataset))) {
      await store.importVersion({ dataset, published: '2025-01-01', fileHash: dataset, source: 'test', format: 'fixture' }, each(ENTITIES.filter((e) => e.dataset === dataset)));
    }
    key = (await store.createApiKey('screener', 'test')).key;
    const service = new ScreeningService(store);
    await service.reload();
    ({ app } = await buildApp({ config: loadConfig({ VIGIL_DB: db, VIGIL_WEB_DIST: join(dir, 'no-ui') }), store, jobs: new JobStore(db), service, logger: false }));
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const upload = async (bytes: Uint8Array, name: string, type: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), name);
    const res = await app.inject({ method: 'POST', url: '/v1/scan', headers: { authorization: `Bearer ${key}` }, payload: form });
    expect(res.statusCode).toBe(200);
    return res.json() as { text?: string; chars: number; mentions: Mention[] };
  };

  it.each([
    ['letter.pdf', 'application/pdf', minimalPdf(['Payment instruction', 'Beneficiary: Kim Sang Man']), 'us_ofac_sdn:43377'],
    ['contract.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', minimalDocx(['Vertrag', 'Vertragspartner: Chinyong Information Technology Cooperation Company']), 'us_ofac_sdn:43379'],
  ])('%s: returns the extracted text, and every mention offset indexes it', async (name, type, bytes, entityId) => {
    const body = await upload(bytes, name, type);
    expect(typeof body.text).toBe('string');
    expect(body.text!.length).toBe(body.chars);
    expect(body.mentions.map((m) => m.entityId)).toContain(entityId);
    for (const m of body.mentions) expect(body.text!.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not echo text sent as JSON (the client has it already)', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/scan', headers: { authorization: `Bearer ${key}` }, payload: { text: 'Beneficiary: Kim Sang Man' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().mentions.length).toBeGreaterThan(0);
    expect(res.json()).not.toHaveProperty('text');
  });

  it('documents the field in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.paths['/v1/scan'].post.responses['200'].content['application/json'].schema.properties.text.type).toBe('string');
  });
});
