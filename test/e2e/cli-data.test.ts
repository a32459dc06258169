import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_SHARED_DATA, sharedFile } from '../helpers/data.js';
import { assertBuilt, tempDb, vigil, vigilAsync } from '../helpers/cli.js';

const SDN_OLD = sharedFile('ofac', 'sdn_advanced', '2025-11-04', 'sdn_advanced.xml.gz');
const SDN_NEW = sharedFile('ofac', 'sdn_advanced', '2025-11-19', 'sdn_advanced.xml.gz');
const UN = sharedFile('un', '2026-02-27', 'consolidated.xml');

/** Profile ids read straight from the XML text, independently of the parser. */
function profileIds(gz: string): Set<string> {
  const text = gunzipSync(readFileSync(gz)).toString('utf8');
  return new Set([...text.matchAll(/<DistinctParty FixedRef="(\d+)"/g)].map((m) => m[1] as string));
}

interface ListedVersion {
  dataset: string;
  seq: number;
  entityCount: number;
  published: string;
  current: boolean;
}

describe.skipIf(!HAS_SHARED_DATA)('vigil CLI on the real OFAC SDN files', () => {
  const db = tempDb();
  const env = { VIGIL_DB: db };

  beforeAll(() => {
    assertBuilt();
    for (const file of [SDN_OLD, SDN_NEW]) {
      const res = vigil(['import', file], env);
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
    }
  });

  it('imports each publication as a version with the file\'s own counts and dates', () => {
    const versions = JSON.parse(vigil(['lists', 'us_ofac_sdn', '--json'], env).stdout) as ListedVersion[];
    expect(versions.map((v) => [v.seq, v.published, v.entityCount])).toEqual([
      [1, '2025-11-04', 18264],
      [2, '2025-11-19', 18367],
    ]);
    expect(versions[1]?.current).toBe(true);
  });

  it('does not re-import an unchanged file', () => {
    const res = vigil(['import', SDN_NEW], env);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/unchanged/);
    expect(JSON.parse(vigil(['lists', 'us_ofac_sdn', '--json'], env).stdout)).toHaveLength(2);
  });

  it('diffs the two publications, agreeing with an independent count of profile ids', () => {
    const before = profileIds(SDN_OLD);
    const after = profileIds(SDN_NEW);
    const added = [...after].filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !after.has(id));
    const res = vigil(['diff', 'us_ofac_sdn', '2025-11-04', '2025-11-19', '--json'], env);
    expect(res.status).toBe(0);
    const diff = JSON.parse(res.stdout) as { added: number; removed: number; changed: number; changes: { id: string; kind: string; fields?: { field: string }[] }[] };
    expect(diff.added).toBe(added.length);
    expect(diff.removed).toBe(removed.length);
    expect(diff.changes.filter((c) => c.kind === 'added').map((c) => c.id.split(':')[1]).sort()).toEqual(added.sort());
    for (const c of diff.changes.filter((x) => x.kind === 'changed')) expect(c.fields?.length).toBeGreaterThan(0);
    const text = vigil(['diff', 'us_ofac_sdn'], env).stdout;
    expect(text).toContain(`${added.length} added, ${removed.length} removed`);
  });

  it('prints an entity with its Hangul name, passports and wallets', () => {
    const res = vigil(['entity', 'us_ofac_sdn:43377', '--json'], env);
    expect(res.status).toBe(0);
    const { entity, version } = JSON.parse(res.stdout) as { entity: { names: { full: string }[]; identifiers: { type: string; value: string }[] }; version: { published: string } };
    expect(entity.names.map((n) => n.full)).toContain('김상만');
    expect(entity.identifiers.filter((i) => i.type === 'passport')).toHaveLength(3);
    expect(version.published).toBe('2025-11-19');
    expect(vigil(['entity', 'us_ofac_sdn:43377'], env).stdout).toMatch(/김상만[\s\S]*1965-04-25/);
    expect(vigil(['entity', 'us_ofac_sdn:999999999'], env).status).not.toBe(0);
  });

  it('screens a name with an explanation, and a batch in input order', () => {
    const res = vigil(['screen', 'Kim Sang-man', '--birth-date', '1965-04-25', '--json'], env);
    expect(res.status).toBe(0);
    const result = JSON.parse(res.stdout) as { decision: string; matches: { entityId: string; explanation: { features: unknown[] } }[] };
    expect(result.decision).toBe('alert');
    expect(result.matches[0]?.entityId).toBe('us_ofac_sdn:43377');
    expect(result.matches[0]?.explanation.features.length).toBeGreaterThan(0);

    const csv = ['id,name,schema,birth_date', 'a1,김상만,person,1965', 'a2,Jonathan Applebaum,person,', 'a3,Lazarus Group,organization,'].join('\n');
    const batch = vigil(['screen', '--input', '-', '--workers', '2'], env, csv);
    expect(batch.status).toBe(0);
    const lines = batch.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; decision: string; matches: { entityId: string }[] });
    expect(lines.map((l) => l.id)).toEqual(['a1', 'a2', 'a3']);
    expect(lines[0]?.matches[0]?.entityId).toBe('us_ofac_sdn:43377');
    expect(lines[1]?.decision).toBe('clear');
    expect(lines[2]?.matches[0]?.entityId).toBe('us_ofac_sdn:27307');
  });

  it('keeps the previous version serving when an import is killed mid-way (kill -9)', async () => {
    const killDb = tempDb();
    expect(vigil(['import', SDN_OLD], { VIGIL_DB: killDb }).status).toBe(0);
    const child = vigilAsync(['import', SDN_NEW, '--force'], { VIGIL_DB: killDb });
    // Kill once the import is writing: the parser reports progress only through the store, so wait for the WAL to grow.
    await new Promise((r) => setTimeout(r, 2500));
    child.kill('SIGKILL');
    const [, signal] = (await new Promise((r) => child.on('exit', (...args) => r(args)))) as [number | null, string | null];
    expect(signal).toBe('SIGKILL');
    const versions = JSON.parse(vigil(['lists', 'us_ofac_sdn', '--json'], { VIGIL_DB: killDb }).stdout) as ListedVersion[];
    expect(versions.map((v) => [v.published, v.current])).toEqual([['2025-11-04', true]]);
    const raw = new Database(killDb, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  });
});

describe.skipIf(!HAS_SHARED_DATA)('vigil import rejects bad input with one clear line and no change to the store', () => {
  const db = tempDb();
  const env = { VIGIL_DB: db };
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bad-'));
  const un = readFileSync(UN, 'utf8');
  const snapshot = () => vigil(['lists', '--json'], env).stdout;

  beforeAll(() => {
    assertBuilt();
    expect(vigil(['import', UN], env).status).toBe(0);
  });

  const cases: [string, () => string, RegExp][] = [
    ['truncated XML', () => un.slice(0, 40_000), /consolidated\.xml.*(line \d+|unexpected end|unclosed)/i],
    ['a file of the wrong format for the named dataset', () => un, /un_sc_sanctions|not us_ofac_sdn/],
    ['an empty file', () => '', /empty/],
    ['external entities', () => un.replace('<CONSOLIDATED_LIST', '<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<CONSOLIDATED_LIST').replace('<FIRST_NAME>ERIC</FIRST_NAME>', '<FIRST_NAME>&xxe;</FIRST_NAME>'), /DOCTYPE/],
    ['an entity-expansion bomb', () => un.replace('<CONSOLIDATED_LIST', '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<CONSOLIDATED_LIST'), /DOCTYPE/],
    ['an absurdly long field', () => un.replace('<FIRST_NAME>ERIC</FIRST_NAME>', `<FIRST_NAME>${'A'.repeat(200_000)}</FIRST_NAME>`), /exceeds|too long|longer/i],
  ];

  for (const [label, content, message] of cases) {
    it(`rejects ${label}`, () => {
      const before = snapshot();
      const file = join(dir, `${label.replace(/\W+/g, '-')}-consolidated.xml`);
      writeFileSync(file, content());
      const args = label.startsWith('a file of the wrong format') ? ['import', file, '--dataset', 'us_ofac_sdn'] : ['import', file];
      const res = vigil(args, env);
      expect(res.status).not.toBe(0);
      const lines = res.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file.split('/').pop()?.slice(0, 10));
      expect(lines[0]).toMatch(message);
      expect(snapshot()).toBe(before);
    });
  }

  it('rejects invalid UTF-8, naming the line', () => {
    const before = snapshot();
    const file = join(dir, 'bad-encoding-consolidated.xml');
    const bytes = Buffer.from(un, 'utf8');
    const at = bytes.indexOf('<FIRST_NAME>ERIC') + '<FIRST_NAME>'.length;
    bytes[at] = 0xff;
    writeFileSync(file, bytes);
    const res = vigil(['import', file], env);
    expect(res.status).not.toBe(0);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/bad-encoding-consolidated\.xml:line \d+.*UTF-8/);
    expect(snapshot()).toBe(before);
  });

  it('rejects a malformed CSV, naming the line', () => {
    const file = join(dir, 'blocklist.csv');
    writeFileSync(file, 'id,name,email\n1,Jane Roe,jane@example.com\n2,"Unclosed quote,x@example.com\n');
    const res = vigil(['import', file, '--dataset', 'internal_blocklist'], env);
    expect(res.status).not.toBe(0);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/blocklist\.csv/);
    expect(vigil(['lists', 'internal_blocklist', '--json'], env).stdout.trim()).toBe('[]');
  });
});
