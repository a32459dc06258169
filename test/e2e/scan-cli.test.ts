import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/entity.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { assertBuilt, tempDb, vigil } from '../helpers/cli.js';
import { ENTITIES, minimalDocx, minimalPdf } from '../unit/scan/fixtures.js';
import { client, spawnServer, type Client, type SpawnedServer } from './server.js';

/** `vigil scan` and POST /v1/scan through the built CLI and server, on the hand-built listing of the unit tests. */

async function* each(entities: Entity[]): AsyncIterable<Entity> {
  yield* entities;
}

async function prepare(db: string): Promise<string> {
  const store = new SqliteStore(db);
  try {
    for (const dataset of new Set(ENTITIES.map((e) => e.dataset))) {
      await store.importVersion({ dataset, published: '2025-01-01', fileHash: dataset, source: 'scan e2e', format: 'fixture' }, each(ENTITIES.filter((e) => e.dataset === dataset)));
    }
    return (await store.createApiKey('screener', 'scan e2e')).key;
  } finally {
    await store.close();
  }
}

const GERMAN = 'Das US-Finanzministerium hat Kim Sang Man und die Firma Chinyong Information Technology Cooperation Company sanktioniert.';
const SWIFT = ':70:/INV 2291 PAYMENT TO CHINYONG INFORMATION TECHNOLOGY COOPERATION CO LTD WALLET 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40';

interface JsonResult {
  mentions: { start: number; end: number; text: string; entityId: string; kind: string; explanation: string }[];
  entities: { entityId: string; mentions: number }[];
}

const db = tempDb();
const dir = dirname(db);
const env = { VIGIL_DB: db };
let screenerKey = '';

beforeAll(async () => {
  assertBuilt();
  screenerKey = await prepare(db);
});

describe('vigil scan', () => {
  it('prints mentions with offsets as JSON for a text file', () => {
    const file = join(dir, 'news.txt');
    writeFileSync(file, GERMAN);
    const res = vigil(['scan', file, '--json'], env);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout) as JsonResult;
    expect(out.entities.map((e) => e.entityId).sort()).toEqual(['us_ofac_sdn:43377', 'us_ofac_sdn:43379']);
    for (const m of out.mentions) expect(GERMAN.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads stdin and prints a readable report with the mentions marked', () => {
    const res = vigil(['scan', '-'], env, SWIFT);
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('[[CHINYONG INFORMATION TECHNOLOGY COOPERATION CO LTD]] WALLET [[0xb6f5ec1a0a9cd1526536d3f0426c429529471f40]]');
    expect(res.stdout).toMatch(/ALERT: 2 mention\(s\) of 2 listed parties/);
    expect(res.stdout).toContain('us_ofac_sdn:43377');
  });

  it('reads HTML, PDF and DOCX files', () => {
    const html = join(dir, 'page.html');
    writeFileSync(html, `<html><script>var x = "Lazarus Group";</script><body><p>${GERMAN}</p></body></html>`);
    const pdf = join(dir, 'letter.pdf');
    writeFileSync(pdf, minimalPdf(['Beneficiary: Kim Sang Man']));
    const docx = join(dir, 'contract.docx');
    writeFileSync(docx, minimalDocx(['Vertragspartner: Chinyong Information Technology Cooperation Company']));
    const found = (file: string): string[] => (JSON.parse(vigil(['scan', file, '--json'], env).stdout) as JsonResult).entities.map((e) => e.entityId).sort();
    expect(found(html)).toEqual(['us_ofac_sdn:43377', 'us_ofac_sdn:43379']);
    expect(found(pdf)).toEqual(['us_ofac_sdn:43377']);
    expect(found(docx)).toEqual(['us_ofac_sdn:43379']);
  });

  it('finds nothing in a CV and says so', () => {
    const res = vigil(['scan', '-'], env, 'Jane Miller, Senior Software Engineer. Experience: Acme GmbH (2018-2023). Contact jane.miller@example.com.');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^CLEAR/);
  });

  it('rejects unsupported formats and missing files with one clear line', () => {
    const xlsx = join(dir, 'sheet.xlsx');
    writeFileSync(xlsx, 'PK');
    const res = vigil(['scan', xlsx], env);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/^vigil: unsupported format: ".xlsx" files/);
    expect(vigil(['scan', join(dir, 'nope.txt')], env).stderr).toMatch(/no such file/);
  });
});

describe('POST /v1/scan', () => {
  let server: SpawnedServer;
  let api: Client;

  beforeAll(async () => {
    server = await spawnServer({ VIGIL_DB: db, VIGIL_LISTS_DIR: dir });
    api = client(server.url);
  });

  afterAll(async () => {
    await server?.stop('SIGKILL');
  });

  it('scans JSON text for a screener and refuses anonymous callers', async () => {
    expect((await api('POST', '/v1/scan', { json: { text: SWIFT } })).status).toBe(401);
    const res = await api('POST', '/v1/scan', { key: screenerKey, json: { text: SWIFT } });
    expect(res.status).toBe(200);
    expect(res.body.demo).toBe(false);
    const mentions = res.body.mentions as JsonResult['mentions'];
    expect(mentions.map((m) => [m.entityId, m.kind])).toEqual([
      ['us_ofac_sdn:43379', 'name'],
      ['us_ofac_sdn:43377', 'identifier'],
    ]);
    for (const m of mentions) expect(SWIFT.slice(m.start, m.end)).toBe(m.text);
  });

  it('scans an uploaded file and rejects unsupported ones', async () => {
    const form = new FormData();
    form.append('file', new Blob([minimalPdf(['Kim Sang Man'])], { type: 'application/pdf' }), 'letter.pdf');
    const res = await api('POST', '/v1/scan', { key: screenerKey, body: form });
    expect(res.status).toBe(200);
    expect(res.body.entities.map((e: { entityId: string }) => e.entityId)).toEqual(['us_ofac_sdn:43377']);
    const bad = new FormData();
    bad.append('file', new Blob(['x']), 'image.png');
    const rejected = await api('POST', '/v1/scan', { key: screenerKey, body: bad });
    expect(rejected.status).toBe(415);
    expect(rejected.body.message).toMatch(/unsupported format/);
  });

  it('refuses a missing text and text over the size limit', async () => {
    expect((await api('POST', '/v1/scan', { key: screenerKey, json: {} })).status).toBe(400);
    const big = await api('POST', '/v1/scan', { key: screenerKey, json: { text: 'a '.repeat(1_100_000) } });
    expect(big.status).toBe(413);
  });
});
