import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/api/app.js';
import { loadConfig } from '../../../src/config.js';
import { JobStore } from '../../../src/store/jobs.js';
import { SqliteStore } from '../../../src/store/sqlite.js';

/** GET /v1/me: the UI's one request to learn whether auth is on and which role its key has. */
describe('GET /v1/me', () => {
  let dir: string;
  let on: FastifyInstance;
  let off: FastifyInstance;
  const keys: Record<string, { id: string; key: string }> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-me-'));
    const db = join(dir, 'vigil.db');
    const store = new SqliteStore(db);
    for (const role of ['screener', 'analyst', 'admin'] as const) {
      const created = await store.createApiKey(role, `me-${role}`);
      keys[role] = { id: created.info.id, key: created.key };
    }
    const base = { VIGIL_DB: db, VIGIL_WEB_DIST: join(dir, 'no-ui') };
    ({ app: on } = await buildApp({ config: loadConfig(base), store, jobs: new JobStore(db), logger: false }));
    ({ app: off } = await buildApp({ config: loadConfig({ ...base, VIGIL_AUTH: 'off' }), store, jobs: new JobStore(db), logger: false }));
  });

  afterAll(async () => {
    await on?.close();
    await off?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const me = (app: FastifyInstance, key?: string) => app.inject({ method: 'GET', url: '/v1/me', headers: key ? { authorization: `Bearer ${key}` } : {} });

  it('names the key and its role, for every role', async () => {
    for (const role of ['screener', 'analyst', 'admin'] as const) {
      const res = await me(on, keys[role]!.key);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ authEnabled: true, key: { id: keys[role]!.id, role, label: `me-${role}` } });
    }
  });

  it('answers without a key (auth on, no key yet) and refuses an unknown key', async () => {
    const anonymous = await me(on);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ authEnabled: true, key: null });
    const unknown = await me(on, 'vgl_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().code).toBe('unauthorized');
  });

  it('says when auth is off', async () => {
    expect((await me(off)).json()).toEqual({ authEnabled: false, key: null });
    expect((await me(off, keys.screener!.key)).json()).toEqual({ authEnabled: false, key: null });
  });

  it('is in the OpenAPI document with its response schema', async () => {
    const doc = (await on.inject({ method: 'GET', url: '/openapi.json' })).json();
    const op = doc.paths['/v1/me'].get;
    expect(op['x-required-role']).toBe('public');
    expect(op.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/Me');
    expect(doc.components.schemas.Me.properties.key.properties.role.enum).toEqual(['screener', 'analyst', 'admin']);
  });
});
