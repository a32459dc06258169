import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import { sourceFileFromBuffer, sourceFilesFromPath } from '../../../src/ingest/files.js';
import { datasetFromFileName, formats } from '../../../src/sources/custom.js';
import { MAX_FIELD_LENGTH, SourceError } from '../../../src/sources/errors.js';
import type { SourceFile } from '../../../src/sources/types.js';

const [csv, jsonl] = formats as [(typeof formats)[0], (typeof formats)[0]];
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'custom');

async function parse(format: typeof csv, files: SourceFile[], dataset = 'acme_blocklist'): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const e of format.parse({ dataset, files, setPublished: () => {}, warn: () => {} })) out.push(e);
  return out;
}

describe('custom lists: CSV', () => {
  it('parses the documented columns, lists separated by ";", quoted multi-line notes, extra columns', async () => {
    const entities = await parse(csv, await sourceFilesFromPath(join(FIXTURES, 'blocklist.csv')));
    expect(entities.map((e) => e.id)).toEqual(['acme_blocklist:A-001', 'acme_blocklist:A-002', 'acme_blocklist:C-100', 'acme_blocklist:W-7']);
    const [ivan, emailOnly, company, wallet] = entities as [Entity, Entity, Entity, Entity];
    expect(ivan).toEqual({
      id: 'acme_blocklist:A-001',
      dataset: 'acme_blocklist',
      sourceId: 'A-001',
      schema: 'Person',
      caption: 'Ivan Petrov',
      names: [
        { full: 'Ivan Petrov', kind: 'primary', script: 'Latin' },
        { full: 'Ivan Petroff', kind: 'aka', script: 'Latin' },
        { full: 'Иван Петров', kind: 'aka', script: 'Cyrillic' },
      ],
      birthDates: [{ date: '1984-03-09' }],
      countries: [
        { code: 'RU', role: 'other' },
        { code: 'CY', role: 'other' },
      ],
      identifiers: [
        { type: 'email', value: 'ivan.petrov@example.com' },
        { type: 'phone', value: '+357 22 000000' },
        { type: 'passport', value: '750000001' },
      ],
      programs: ['fraud-applicants'],
      listedOn: '2025-01-15',
      remarks: ['Applied three times with forged diplomas; flagged by HR'],
      properties: { risk_owner: ['team-hiring'] },
    });
    expect(emailOnly).toMatchObject({
      schema: 'Person',
      names: [],
      caption: 'recruit.fast@example.net',
      identifiers: [
        { type: 'email', value: 'recruit.fast@example.net' },
        { type: 'email', value: 'hr-desk@example.org' },
      ],
    });
    expect(company).toMatchObject({
      schema: 'Company',
      countries: [{ code: 'AE', role: 'location' }],
      identifiers: [{ type: 'website', value: 'blueharbor.example' }],
      remarks: ['Shell company, see case 1234'],
    });
    expect(wallet).toMatchObject({
      schema: 'CryptoWallet',
      caption: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96',
      identifiers: [
        { type: 'crypto', value: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96', asset: 'ETH' },
        { type: 'crypto', value: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96', asset: 'USDT' },
      ],
      remarks: ['Ronin bridge exploiter, multi-line\r\nnote'],
    });
  });
});

describe('custom lists: JSON lines', () => {
  it('accepts the same fields with arrays, numbers and case-insensitive schemas', async () => {
    const entities = await parse(jsonl, await sourceFilesFromPath(join(FIXTURES, 'wallets.jsonl')), 'acme_wallets');
    expect(entities.map((e) => e.id)).toEqual(['acme_wallets:W-1', 'acme_wallets:P-9', 'acme_wallets:O-3']);
    const [w, kim, org] = entities as [Entity, Entity, Entity];
    expect(w).toMatchObject({
      schema: 'CryptoWallet',
      identifiers: [{ type: 'crypto', value: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ', asset: 'XBT' }],
      programs: ['wallets'],
      listedOn: '2023-05-23',
      remarks: ['Published with KIM Sang Man; checked 2025'],
    });
    expect(kim).toMatchObject({
      schema: 'Person',
      caption: 'Kim Sang Man',
      birthDates: [{ date: '1965-04-25' }],
      countries: [{ code: 'KP', role: 'other' }],
      identifiers: [
        { type: 'passport', value: '109420132' },
        { type: 'passport', value: '827220538' },
        { type: 'national_id', value: '12345' },
      ],
      properties: { source_ticket: ['SEC-88'] },
    });
    expect(kim.names.map((n) => [n.full, n.kind, n.script])).toEqual([
      ['Kim Sang Man', 'primary', 'Latin'],
      ['Kim Sangman', 'aka', 'Latin'],
      ['김상만', 'aka', 'Hangul'],
    ]);
    expect(org).toMatchObject({
      schema: 'Organization',
      identifiers: [
        { type: 'email', value: 'info@chinyong.example.kp' },
        { type: 'website', value: 'chinyong.example.kp' },
      ],
    });
    expect(org.countries).toBeUndefined();
  });
});

describe('custom lists: bad rows name the file and line', () => {
  const csvFails = async (text: string | Buffer, pattern: RegExp): Promise<void> => {
    const err = await parse(csv, [sourceFileFromBuffer('list.csv', text)]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SourceError);
    expect((err as Error).message).toMatch(pattern);
  };
  const jsonFails = async (text: string | Buffer, pattern: RegExp): Promise<void> => {
    const err = await parse(jsonl, [sourceFileFromBuffer('list.jsonl', text)]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SourceError);
    expect((err as Error).message).toMatch(pattern);
  };
  const H = 'id,name,email,crypto,birth_date,schema,listed_on\n';

  it('row without id', async () => csvFails(`${H}1,A,,,,,\n,B,,,,,\n`, /^list\.csv:line 3: row without an id/));
  it('row without name or identifier', async () => csvFails(`${H}1,A,,,,,\n2,,,,,,\n`, /^list\.csv:line 3: row 2 has neither a name nor an identifier/));
  it('duplicate id', async () => csvFails(`${H}1,A,,,,,\n1,B,,,,,\n`, /^list\.csv:line 3: duplicate id "1" \(first used on line 2\)/));
  it('bad crypto, email, date, schema', async () => {
    await csvFails(`${H}1,A,,0xabc,,,\n`, /line 2: crypto "0xabc" must be written ASSET:address/);
    await csvFails(`${H}1,A,not-an-email,,,,\n`, /line 2: email "not-an-email"/);
    await csvFails(`${H}1,A,,,31/02/1980,,\n`, /line 2: birth_date "31\/02\/1980" is not a date/);
    await csvFails(`${H}1,A,,,,Spaceship,\n`, /line 2: unknown schema "Spaceship"/);
    await csvFails(`${H}1,A,,,,,yesterday\n`, /line 2: listed_on "yesterday" is not a date/);
  });
  it('missing id column (wrong format)', async () => csvFails('name,email\nA,a@b.c\n', /^list\.csv:line 1: missing required column "id"/));
  it('inconsistent column count', async () => csvFails(`${H}1,A,,,,,\n2,B\n`, /^list\.csv:line 3: malformed CSV/));
  it('unclosed quote (truncated)', async () => csvFails(`${H}1,"A,,,,,\n`, /^list\.csv:line \d+: malformed CSV: .*[Qq]uote/));
  it('empty file', async () => csvFails('', /^list\.csv: file is empty/));
  it('over-long field', async () => csvFails(`${H}1,${'x'.repeat(MAX_FIELD_LENGTH + 1)},,,,,\n`, /line 2: field name exceeds/));
  it('invalid UTF-8', async () => csvFails(Buffer.concat([Buffer.from(`${H}1,A,,,,,\n2,B`), Buffer.from([0xc3, 0x28]), Buffer.from(',,,,,\n')]), /^list\.csv:line 3: invalid UTF-8/));

  it('JSON lines: invalid JSON names the line', async () => jsonFails('{"id": "1", "name": "A"}\n\n{"id": "2", "name": \n', /^list\.jsonl:line 3: invalid JSON/));
  it('JSON lines: nested objects, missing name, empty file', async () => {
    await jsonFails('{"id": "1", "name": {"first": "A"}}\n', /line 1: field name must be text/);
    await jsonFails('{"id": "1", "name": "A"}\n{"id": "2"}\n', /line 2: row 2 has neither a name nor an identifier/);
    await jsonFails('', /^list\.jsonl: file is empty/);
    await jsonFails('[1, 2]\n', /line 1: expected a JSON object per line/);
  });
});

describe('custom formats: detection and dataset names', () => {
  it('recognises its own files only', () => {
    expect(csv.detect('\ufeffid,name,email\n1,A,a@b.c', 'blocklist.csv')).toBe(true);
    expect(csv.detect('"id","name"\n', 'x.csv')).toBe(true);
    expect(csv.detect('36,"AEROCARIBBEAN AIRLINES",-0-', 'sdn.csv')).toBe(false);
    expect(jsonl.detect('{"id": "1", "name": "A"}\n', 'list.jsonl')).toBe(true);
    expect(jsonl.detect('{"id": "x", "schema": "Person", "properties": {"name": ["A"]}}', 'list.jsonl')).toBe(false);
    expect(datasetFromFileName('Fraud Emails (2025).csv')).toBe('fraud_emails_2025');
    expect(csv.defaultDataset([sourceFileFromBuffer('HR-blocklist.csv', '')])).toBe('hr_blocklist');
  });
});
