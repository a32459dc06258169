import { request } from 'node:http';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET, SINGLE, prepareDb, type Keys } from './fixture.js';
import { client, spawnServer, tempDir, waitFor, type Client, type SpawnedServer } from './server.js';

/**
 * The real CLI (`node bin/vigil.js serve`) on a free port with a temporary store holding a small
 * fixture list: every endpoint, the roles, and the bad inputs the issue lists.
 */
let server: SpawnedServer;
let api: Client;
let keys: Keys;
const emptyMirror = tempDir('vigil-mirror-');

beforeAll(async () => {
  const dir = tempDir();
  const db = join(dir, 'vigil.db');
  keys = await prepareDb(db);
  server = await spawnServer({ VIGIL_DB: db, VIGIL_LISTS_DIR: emptyMirror, VIGIL_MAX_BATCH: '5', VIGIL_RATE_LIMIT: '100000' });
  api = client(server.url);
});

afterAll(async () => {
  await server?.stop('SIGKILL');
});

describe('health, readiness, metrics, docs', () => {
  it('answers /healthz and /readyz with the loaded lists and their ages', async () => {
    expect((await api('GET', '/healthz')).body).toEqual({ status: 'ok' });
    const ready = await api('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.ready).toBe(true);
    expect(ready.body.demo).toBe(false);
    expect(ready.body.origin).toBe('existing');
    const list = ready.body.lists.find((l: { dataset: string }) => l.dataset === DATASET);
    expect(list).toMatchObject({ version: 2, published: '2025-02-01', entities: 5 });
    expect(typeof list.ageHours).toBe('number');
  });

  it('serves the OpenAPI 3.1 document built from the routes, and a docs page', async () => {
    const doc = (await api('GET', '/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/v1/screen', '/v1/compare', '/v1/entities/{id}', '/v1/search', '/v1/datasets', '/v1/datasets/{name}/versions', '/v1/datasets/{name}/changes', '/match/{dataset}', '/search/{dataset}', '/healthz', '/readyz', '/metrics', '/v1/batches', '/v1/batches/{id}/results', '/v1/batches/{id}/export', '/v1/admin/update']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/v1/screen'].post.requestBody.content['application/json'].schema.properties.query.$ref).toBe('#/components/schemas/ScreenQuery');
    expect(doc.components.schemas.ScreenQuery.properties.name.maxLength).toBe(500);
    expect(doc.paths['/v1/entities/{id}'].get['x-required-role']).toBe('analyst');
    expect(doc.paths['/healthz'].get.security).toEqual([]);
    const docs = await api('GET', '/docs');
    expect(docs.headers.get('content-type')).toContain('text/html');
    expect(docs.text).toContain('openapi.json');
    expect(docs.text).not.toMatch(/<script[^>]+src=|https?:\/\/(?!www\.w3\.org)/);
    const home = await api('GET', '/');
    expect(home.text).toContain('href="docs"');
  });

  it('exposes Prometheus metrics by route and status, screens, list ages and index size', async () => {
    await api('POST', '/v1/screen', { key: keys.screener, json: { query: { name: 'Ivan Sidorov' } } });
    const text = (await api('GET', '/metrics')).text;
    expect(text).toMatch(/vigil_http_requests_total\{method="POST",route="\/v1\/screen",status="200"\} \d+/);
    expect(text).toMatch(/vigil_http_request_duration_seconds_bucket\{method="POST",route="\/v1\/screen",le="0.025"\} \d+/);
    expect(text).toMatch(/vigil_screens_total\{endpoint="screen"\} \d+/);
    expect(text).toMatch(/vigil_alerts_total\{endpoint="screen"\} \d+/);
    expect(text).toMatch(new RegExp(`vigil_list_age_seconds\\{dataset="${DATASET}"\\} \\d+`));
    expect(text).toMatch(/vigil_index_entities \d+/);
  });
});

describe('auth and roles', () => {
  it('refuses calls without a key (401), with an unknown key (401) and below the needed role (403)', async () => {
    const noKey = await api('POST', '/v1/screen', { json: { query: { name: 'x' } } });
    expect(noKey.status).toBe(401);
    expect(noKey.headers.get('www-authenticate')).toContain('Bearer');
    expect((await api('POST', '/v1/screen', { key: 'vgl_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', json: { query: { name: 'x' } } })).status).toBe(401);
    expect((await api('GET', `/v1/entities/${DATASET}:p1`, { key: keys.screener })).status).toBe(403);
    expect((await api('GET', '/v1/datasets', { key: keys.screener })).status).toBe(403);
    expect((await api('POST', '/v1/admin/update', { key: keys.analyst, json: {} })).status).toBe(403);
    expect((await api('GET', '/v1/admin/keys', { key: keys.analyst })).status).toBe(403);
    expect((await api('GET', `/v1/entities/${DATASET}:p1`, { key: keys.analyst })).status).toBe(200);
    expect((await api('GET', '/v1/admin/keys', { key: keys.admin })).status).toBe(200);
    // yente clients send "ApiKey <key>".
    expect((await api('GET', '/search/default?q=sidorov', { headers: { authorization: `ApiKey ${keys.screener}` } })).status).toBe(200);
  });

  it('lets an admin create and revoke keys', async () => {
    const created = await api('POST', '/v1/admin/keys', { key: keys.admin, json: { role: 'screener', label: 'temp' } });
    expect(created.status).toBe(201);
    expect((await api('POST', '/v1/screen', { key: created.body.key, json: { query: { name: 'x' } } })).status).toBe(200);
    expect((await api('DELETE', `/v1/admin/keys/${created.body.info.id}`, { key: keys.admin })).status).toBe(204);
    expect((await api('POST', '/v1/screen', { key: created.body.key, json: { query: { name: 'x' } } })).status).toBe(401);
  });
});

describe('screening', () => {
  it('screens one query with the CLI query shape and explains the match', async () => {
    const r = await api('POST', '/v1/screen', {
      key: keys.screener,
      json: { query: { id: 'c1', name: 'Ivan Sidorov', schema: 'Person', birthDate: '1970-01-15', country: 'Russia' } },
    });
    expect(r.status).toBe(200);
    expect(r.body.demo).toBe(false);
    const result = r.body.result;
    expect(result.id).toBe('c1');
    expect(result.decision).toBe('alert');
    expect(result.algorithm.name).toBeTruthy();
    expect(typeof result.threshold).toBe('number');
    const top = result.matches[0];
    expect(top).toMatchObject({ entityId: `${DATASET}:p1`, dataset: DATASET, schema: 'Person', identifierMatch: false });
    expect(top.explanation.summary.length).toBeGreaterThan(10);
    expect(top.explanation.features.some((f: { feature: string }) => f.feature.startsWith('birth_date'))).toBe(true);
  });

  it('matches on identifiers and screens batches up to VIGIL_MAX_BATCH', async () => {
    const r = await api('POST', '/v1/screen', {
      key: keys.screener,
      json: {
        queries: [
          { id: 'a', name: 'Unknown Holder', identifiers: [{ type: 'crypto', value: '0x1111111111111111111111111111111111111111' }] },
          { id: 'b', name: 'Completely Unrelated Person' },
        ],
        threshold: 0.8,
      },
    });
    expect(r.status).toBe(200);
    expect(r.body.results.map((x: { id: string }) => x.id)).toEqual(['a', 'b']);
    expect(r.body.results[0].matches[0]).toMatchObject({ entityId: `${DATASET}:w1`, identifierMatch: true });
    expect(r.body.results[0].decision).toBe('alert');
    expect(r.body.results[1].decision).toBe('clear');
    const tooMany = await api('POST', '/v1/screen', { key: keys.screener, json: { queries: Array.from({ length: 6 }, (_, i) => ({ name: `n${i}` })) } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.field).toBe('body.queries');
  });

  it('restricts to datasets and compares two records or a record with a listed entity', async () => {
    const only = await api('POST', '/v1/screen', { key: keys.screener, json: { query: { name: 'Ivan Sidorov' }, datasets: [SINGLE] } });
    expect(only.body.result.matches).toEqual([]);
    const pair = await api('POST', '/v1/compare', { key: keys.screener, json: { a: { name: 'Ivan Sidorov', birthDate: '1970' }, b: { name: 'Sidorov Ivan', birthDate: '1970-01-15' } } });
    expect(pair.status).toBe(200);
    expect(pair.body.score).toBeGreaterThan(0.7);
    expect(pair.body.explanation.features.length).toBeGreaterThan(0);
    const listed = await api('POST', '/v1/compare', { key: keys.screener, json: { a: { name: 'Иван Сидоров' }, entityId: `${DATASET}:p1` } });
    expect(listed.status).toBe(200);
    expect(listed.body.entityId).toBe(`${DATASET}:p1`);
    expect((await api('POST', '/v1/compare', { key: keys.screener, json: { a: { name: 'x' }, entityId: `${DATASET}:nope` } })).status).toBe(404);
    expect((await api('POST', '/v1/compare', { key: keys.screener, json: { a: { name: 'x' } } })).status).toBe(400);
  });
});

describe('entities, search, datasets, changes', () => {
  it('returns an entity with relationships in both directions and its dataset version', async () => {
    const person = await api('GET', `/v1/entities/${DATASET}:p1`, { key: keys.analyst });
    expect(person.body.entity.caption).toBe('Ivan Petrovich SIDOROV');
    expect(person.body.version).toMatchObject({ dataset: DATASET, seq: 2, current: true });
    expect(person.body.related).toContainEqual(expect.objectContaining({ id: `${DATASET}:o1`, direction: 'outgoing', type: 'director_of' }));
    const company = await api('GET', `/v1/entities/${DATASET}:o1`, { key: keys.analyst });
    expect(company.body.related).toContainEqual(expect.objectContaining({ id: `${DATASET}:p1`, direction: 'incoming' }));
    expect((await api('GET', `/v1/entities/${DATASET}:nope`, { key: keys.analyst })).status).toBe(404);
    expect((await api('GET', '/v1/entities/no-colon', { key: keys.analyst })).status).toBe(400);
  });

  it('searches names and identifiers with filters, totals and pages', async () => {
    const r = await api('GET', '/v1/search?q=sidorov', { key: keys.screener });
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(2);
    expect(r.body.results.map((x: { entityId: string }) => x.entityId).sort()).toEqual([`${DATASET}:o1`, `${DATASET}:p1`]);
    const persons = await api('GET', '/v1/search?q=sidorov&schema=Person', { key: keys.screener });
    expect(persons.body.results.map((x: { entityId: string }) => x.entityId)).toEqual([`${DATASET}:p1`]);
    const page2 = await api('GET', '/v1/search?q=sidorov&limit=1&offset=1', { key: keys.screener });
    expect(page2.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(page2.body.results).toHaveLength(1);
    expect((await api('GET', '/v1/search?q=IMO9074729', { key: keys.screener })).body.results[0]).toMatchObject({ entityId: `${DATASET}:v1`, via: 'identifier' });
    expect((await api('GET', '/v1/search?q=sid&program=cyber2', { key: keys.screener })).body.total).toBe(0);
    expect((await api('GET', '/v1/search?q=ocean&country=KP', { key: keys.screener })).body.total).toBe(1);
    expect((await api('GET', '/v1/search?q=ocean&country=Narnia', { key: keys.screener })).status).toBe(400);
    expect((await api('GET', '/v1/search', { key: keys.screener })).body.field).toBe('querystring.q');
  });

  it('lists datasets, versions and the changes between versions', async () => {
    const ds = await api('GET', '/v1/datasets', { key: keys.analyst });
    const mine = ds.body.datasets.find((d: { name: string }) => d.name === DATASET);
    expect(mine).toMatchObject({ versions: 2, screened: true, current: { seq: 2 } });
    const versions = await api('GET', `/v1/datasets/${DATASET}/versions`, { key: keys.analyst });
    expect(versions.body.versions.map((v: { seq: number }) => v.seq)).toEqual([1, 2]);
    const changes = await api('GET', `/v1/datasets/${DATASET}/changes`, { key: keys.analyst });
    expect(changes.status).toBe(200);
    expect(changes.body).toMatchObject({ added: 1, removed: 1, changed: 1 });
    expect(changes.body.changes).toContainEqual(expect.objectContaining({ id: `${DATASET}:p2`, kind: 'removed' }));
    const changed = changes.body.changes.find((c: { kind: string }) => c.kind === 'changed');
    expect(changed.fields.length).toBeGreaterThan(0);
    const explicit = await api('GET', `/v1/datasets/${DATASET}/changes?from=v1&to=v2&kind=added`, { key: keys.analyst });
    expect(explicit.body.changes.map((c: { id: string }) => c.id)).toEqual([`${DATASET}:p3`]);
    const single = await api('GET', `/v1/datasets/${SINGLE}/changes`, { key: keys.analyst });
    expect(single.status).toBe(404);
    expect(single.body.message).toMatch(/only one version/);
    expect((await api('GET', '/v1/datasets/nope/versions', { key: keys.analyst })).status).toBe(404);
    expect((await api('GET', `/v1/datasets/${DATASET}/changes?from=v9`, { key: keys.analyst })).status).toBe(404);
  });
});

describe('bad input never gets a 500 and never crashes the server', () => {
  const screen = (body: string | Uint8Array, contentType = 'application/json') => api('POST', '/v1/screen', { key: keys.screener, body, headers: { 'content-type': contentType } });
  /**
   * The status a body announced as `length` bytes gets. Only its start is sent: the server answers from
   * the declared length and closes, and a client still writing the rest would see EPIPE instead of the
   * answer (fetch does, now and then).
   */
  const oversizeStatus = (path: string, length: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const headers = { authorization: `Bearer ${keys.screener}`, 'content-type': 'application/json', 'content-length': String(length) };
      const req = request(`${server.url}${path}`, { method: 'POST', headers });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.write(`{"query": {"name": "${'x'.repeat(64 * 1024)}`);
    });

  it('rejects malformed JSON, wrong types, unknown fields and missing fields with 400 naming the field', async () => {
    expect((await screen('{"query": {"name": "x"')).status).toBe(400);
    expect((await screen('[]')).status).toBe(400);
    expect((await screen('{"__proto__": {"x": 1}, "query": {"name": "x"}}')).status).toBe(400);
    const wrongType = await screen(JSON.stringify({ query: { name: { first: 'x' } } }));
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.field).toBe('body.query.name');
    const badDate = await screen(JSON.stringify({ query: { name: 'x', birthDate: '15/01/1970' } }));
    expect(badDate.body.field).toBe('body.query.birthDate');
    const unknown = await screen(JSON.stringify({ query: { name: 'x', nickname: 'y' } }));
    expect(unknown.body.field).toBe('body.query.nickname');
    const missing = await screen(JSON.stringify({ query: { schema: 'Person' } }));
    expect(missing.body.field).toBe('body.query.name');
    expect((await screen(JSON.stringify({ query: { name: 'x', schema: 'Dragon' } }))).body.field).toBe('body.query.schema');
    expect((await screen(JSON.stringify({ query: { name: 'x' }, threshold: 7 }))).body.field).toBe('body.threshold');
    expect((await screen(JSON.stringify({ query: { name: '   ' } }))).body.field).toBe('body.query.name');
    expect((await screen(JSON.stringify({ query: { name: 'x', country: 'Atlantis' } }))).body.field).toBe('body.query.country');
  });

  it('rejects huge strings, huge bodies and Unicode garbage with 4xx', async () => {
    expect((await screen(JSON.stringify({ query: { name: 'a'.repeat(501) } }))).body.field).toBe('body.query.name');
    expect(await oversizeStatus('/v1/screen', 3 * 1024 * 1024)).toBe(413);
    const surrogate = await screen('{"query": {"name": "Kim \\ud800 Sang"}}');
    expect(surrogate.status).toBe(400);
    expect(surrogate.body.field).toBe('body.query.name');
    expect((await screen('{"query": {"name": "Kim\\u0000Sang"}}')).body.field).toBe('body.query.name');
    expect((await screen(JSON.stringify({ query: { name: 'Kim\u0007Sang' } }))).status).toBe(400);
    expect((await screen(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]))).status).toBeGreaterThanOrEqual(400);
    expect((await screen('name=x', 'application/x-www-form-urlencoded')).status).toBe(415);
    const deep = '{"query":{"name":"x","identifiers":' + '['.repeat(5000) + ']'.repeat(5000) + '}}';
    const d = await screen(deep);
    expect(d.status).toBeGreaterThanOrEqual(400);
    expect(d.status).toBeLessThan(500);
    expect((await api('GET', `/v1/search?q=${encodeURIComponent('a\u0000b')}`, { key: keys.screener })).status).toBe(400);
    expect((await api('GET', `/v1/search?q=${'%ED%A0%80'}`, { key: keys.screener })).status).toBeLessThan(500);
    expect((await api('GET', `/v1/entities/${'x'.repeat(5000)}:1`, { key: keys.analyst })).status).toBeLessThan(500);
    // Still serving after all of the above.
    expect((await api('POST', '/v1/screen', { key: keys.screener, json: { query: { name: 'Ivan Sidorov' } } })).status).toBe(200);
  });
});

describe('batch jobs', () => {
  const waitDone = (id: string, key: string) =>
    waitFor(`batch ${id}`, async () => {
      const r = await api('GET', `/v1/batches/${id}`, { key });
      return r.body.status === 'done' ? r.body : undefined;
    });

  it('runs a JSON batch in the background with progress, filters and exports', async () => {
    const queries = [
      { id: 'r1', name: 'Ivan Sidorov', birthDate: '1970-01-15' },
      { id: 'r2', name: 'Nobody In Particular' },
      { id: 'r3', name: 'Ocean Star', schema: 'Vessel' },
    ];
    const created = await api('POST', '/v1/batches', { key: keys.screener, json: { label: 'three', queries } });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ total: 3, label: 'three' });
    const done = await waitDone(created.body.id, keys.screener);
    expect(done).toMatchObject({ done: 3, progress: 1, alerts: 2 });
    const all = await api('GET', `/v1/batches/${created.body.id}/results`, { key: keys.screener });
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((i: { query: { id: string } }) => i.query.id)).toEqual(['r1', 'r2', 'r3']);
    const alerts = await api('GET', `/v1/batches/${created.body.id}/results?alertsOnly=true&limit=1`, { key: keys.screener });
    expect(alerts.body).toMatchObject({ total: 2, limit: 1 });
    expect((await api('GET', `/v1/batches/${created.body.id}/results?minScore=0.99&dataset=${SINGLE}`, { key: keys.screener })).body.total).toBe(0);
    const csv = await api('GET', `/v1/batches/${created.body.id}/export?format=csv`, { key: keys.screener });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text).toContain(`${DATASET}:p1`);
    const json = await api('GET', `/v1/batches/${created.body.id}/export?format=json&alertsOnly=true`, { key: keys.screener });
    expect(json.body).toHaveLength(2);
    const xlsx = await fetch(`${server.url}/v1/batches/${created.body.id}/export?format=xlsx`, { headers: { authorization: `Bearer ${keys.screener}` } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets[0]!.getRow(1).getCell(3).value).toBe('name');
    expect(wb.worksheets[0]!.rowCount).toBeGreaterThanOrEqual(4);
    // Another screener's key cannot see the job.
    const other = await api('POST', '/v1/admin/keys', { key: keys.admin, json: { role: 'screener' } });
    expect((await api('GET', `/v1/batches/${created.body.id}`, { key: other.body.key })).status).toBe(404);
    expect((await api('GET', '/v1/batches', { key: keys.screener })).body.jobs.some((j: { id: string }) => j.id === created.body.id)).toBe(true);
  });

  it('accepts CSV, XLSX and JSONL uploads and rejects bad files with the row', async () => {
    const upload = async (name: string, data: Uint8Array | string, fields: Record<string, string> = {}) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append('file', new Blob([data]), name);
      return api('POST', '/v1/batches', { key: keys.screener, body: form });
    };
    const csv = await upload('list.csv', 'id,name,schema,birth_date,country,passport\nx1,Ivan Sidorov,person,15/01/1970,RU,\nx2,Someone Else,,,,\nx3,No Name Match,,,,7512345678\n', { threshold: '0.8' });
    expect(csv.status).toBe(202);
    expect(csv.body.total).toBe(3);
    const csvDone = await waitDone(csv.body.id, keys.screener);
    expect(csvDone.alerts).toBe(2);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('clients');
    ws.addRow(['Name', 'Date of birth', 'Nationality']);
    ws.addRow(['Maria Chen', new Date(Date.UTC(1980, 0, 1)), 'China']);
    ws.addRow(['Chen Wei', '', 'CN']);
    const xlsx = await upload('clients.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(xlsx.status).toBe(202);
    expect(xlsx.body.total).toBe(2);
    await waitDone(xlsx.body.id, keys.screener);
    const res = await api('GET', `/v1/batches/${xlsx.body.id}/results?alertsOnly=true`, { key: keys.screener });
    expect(res.body.items[0].result.matches[0].entityId).toBe(`${DATASET}:p3`);

    const jsonl = await upload('q.jsonl', '{"id":"j1","name":"Sidorov Trading Company"}\n{"id":"j2","name":"Lazurite Wallet","schema":"CryptoWallet"}\n');
    expect(jsonl.body.total).toBe(2);
    await waitDone(jsonl.body.id, keys.screener);

    const noHeader = await upload('bad.csv', 'Ivan,1970\n');
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.message).toMatch(/header/);
    const badRow = await upload('bad.csv', 'name,birth_date\nIvan,not a date\n');
    expect(badRow.status).toBe(400);
    expect(badRow.body.message).toMatch(/row 2/);
    expect((await upload('bad.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).status).toBe(400);
    expect((await upload('bad.jsonl', '{"name": "a\\u0000b"}\n')).status).toBe(400);
  });
});

describe('admin refresh and shutdown', () => {
  it('runs a refresh on request while answering queries, and reports its outcome', async () => {
    const r = await api('POST', '/v1/admin/update', { key: keys.admin, json: {} });
    expect(r.status).toBe(202);
    const state = await waitFor('refresh to finish', async () => {
      const s = await api('GET', '/v1/admin/update', { key: keys.admin });
      return s.body.running ? undefined : s.body;
    });
    expect(state.lastFinishedAt).toBeTruthy();
    expect((await api('GET', '/readyz')).status).toBe(200);
    expect((await api('POST', '/v1/screen', { key: keys.screener, json: { query: { name: 'Ivan Sidorov' } } })).body.result.decision).toBe('alert');
  });

  it('logs structured JSON without names or identifiers', () => {
    const lines = server.stdout().trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    const logs = server.logs();
    for (const personal of ['Sidorov', 'Ocean Star', 'Nobody In Particular', '7512345678', 'Maria Chen', 'sidorov']) expect(logs).not.toContain(personal);
    expect(logs).toContain('"route":"/v1/screen"');
  });

  it('shuts down gracefully on SIGTERM', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.logs()).toContain('shutting down');
  });
});
