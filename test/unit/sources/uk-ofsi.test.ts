import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFileFromBuffer } from '../../../src/ingest/files.js';
import { MAX_FIELD_LENGTH } from '../../../src/sources/errors.js';
import { formats } from '../../../src/sources/uk-ofsi.js';
import { parseAll } from '../../helpers/parse.js';
import { makeXlsx } from '../../helpers/xlsx.js';

const [csvFormat, xlsxFormat] = formats as [(typeof formats)[0], (typeof formats)[0]];
const fixture = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'uk-ofsi', 'ConList.csv'));
const csvText = fixture.toString('utf8');
const csvLines = csvText.split('\r\n');
const header = (csvLines[1] as string).split(',');

describe('UK OFSI ConList (CSV)', () => {
  it('detects the CSV by its first line', () => {
    expect(csvFormat.detect(csvText.slice(0, 200), 'conlist.csv')).toBe(true);
    expect(csvFormat.detect('REFERENCE,NAME\n', 'other.csv')).toBe(false);
    expect(xlsxFormat.detect('PK\u0003\u0004', 'conlist.xlsx')).toBe(true);
  });

  it('merges the scattered rows of each group into one entity', async () => {
    const { entities, published } = await parseAll(csvFormat, [sourceFileFromBuffer('ConList.csv', fixture)]);
    expect(published).toBe('2025-04-14');
    expect(entities.map((e) => e.id)).toEqual(['gb_hmt_sanctions:90001', 'gb_hmt_sanctions:90002', 'gb_hmt_sanctions:90003']);

    const kim = entities[0]!;
    expect(kim.schema).toBe('Person');
    expect(kim.caption).toBe('Sang Man KIM');
    expect(kim.names).toEqual([
      { full: 'Sang Man KIM', kind: 'primary', script: 'Latin', parts: { ordered: ['Sang', 'Man', 'KIM'], given: 'Sang', middle: 'Man', family: 'KIM' } },
      { full: '김상만', kind: 'original_script', script: 'Hangul', lang: 'ko' },
      { full: 'Sangman KIM', kind: 'aka', script: 'Latin', parts: { ordered: ['Sangman', 'KIM'], given: 'Sangman', family: 'KIM' } },
      { full: 'KIM SANG MAN', kind: 'low_quality', script: 'Latin', parts: { ordered: ['KIM SANG MAN'] } },
    ]);
    expect(kim.birthDates).toEqual([{ date: '1965-04-25' }, { date: '1966' }]);
    expect(kim.birthPlaces).toEqual(['Pyongyang, North Korea']);
    expect(kim.countries).toEqual([
      { code: 'KP', role: 'birth' },
      { code: 'KP', role: 'nationality' },
      { code: 'KP', role: 'location' },
    ]);
    expect(kim.identifiers).toEqual([
      { type: 'passport', value: '109420132', label: 'Passport', note: 'DPRK passport' },
      { type: 'passport', value: '827220538', label: 'Passport', note: 'DPRK passport, expires 2025' },
      { type: 'other_id', value: 'DPR0999', label: 'UK Sanctions List Ref' },
    ]);
    expect(kim.positions).toEqual(['Chief Executive Officer', 'IT worker manager']);
    expect(kim.titles).toEqual(['Mr']);
    expect(kim.addresses).toEqual([{ full: 'Jongbaek 1-dong, Pyongyang, North Korea', street: 'Jongbaek 1-dong, Pyongyang', country: 'North Korea' }]);
    expect(kim.gender).toBe('male');
    expect(kim.remarks).toEqual(['Manages the revenue of DPRK IT workers abroad.']);
    expect(kim.programs).toEqual(["Democratic People's Republic of Korea"]);
    expect(kim.listedOn).toBe('2023-05-24');
    expect(kim.properties).toEqual({ designatedOn: ['2023-05-24'], lastUpdated: ['2023-05-24'] });

    const ship = entities[1]!;
    expect(ship.schema).toBe('Vessel');
    expect(ship.caption).toBe('SAM JONG 2');
    expect(ship.names.map((n) => [n.full, n.kind])).toEqual([['SAM JONG 2', 'primary'], ['YU JONG 3', 'aka'], ['SAMJONG 2', 'fka']]);
    expect(ship.identifiers).toEqual([
      { type: 'other_id', value: 'DPR0100', label: 'UK Sanctions List Ref' },
      { type: 'un_ref', value: 'KPe.064', label: 'UN Ref' },
      { type: 'imo', value: '7408873', label: 'IMO number' },
    ]);
    expect(ship.countries).toEqual([{ code: 'KP', role: 'flag' }]);
    expect(ship.properties).toMatchObject({ owners: ['Korea Samjong Shipping'], previousFlags: ['Russia'], vesselType: ['Oil tanker'], tonnage: ['1676'], length: ['80'], buildYear: ['1975'] });
    expect(ship.remarks).toEqual(['DPRK merchant vessel involved in ship-to-ship transfers of oil.']);

    const company = entities[2]!;
    expect(company.schema).toBe('Organization');
    expect(company.names.map((n) => [n.full, n.kind, n.script])).toEqual([['KOREA SAMJONG SHIPPING', 'primary', 'Latin'], ['조선삼정무역회사', 'original_script', 'Hangul']]);
    expect(company.identifiers).toEqual([
      { type: 'other_id', value: 'DPR0099', label: 'UK Sanctions List Ref' },
      { type: 'un_ref', value: 'KPe.064', label: 'UN Ref' },
      { type: 'phone', value: '+850 2 18111', label: 'Phone number' },
      { type: 'phone', value: '+850 2 381 8111', label: 'Phone number' },
      { type: 'email', value: 'samjong@star-co.net.kp' },
    ]);
    expect(company.remarks).toEqual(['Owner of the vessel SAM JONG 2.']);
    expect(company.properties?.entityType).toEqual(['Shipping company']);
  });

  it('refuses a header without a required column, naming the column and the file', async () => {
    const broken = [csvLines[0], header.filter((h) => h !== 'Group ID').join(','), ...csvLines.slice(2)].join('\r\n');
    await expect(parseAll(csvFormat, [sourceFileFromBuffer('ConList.csv', broken)])).rejects.toThrow(/^ConList\.csv:line 2: missing required column "Group ID"$/);
  });

  it('refuses an empty file, invalid UTF-8, a row without a group, and an over-long field', async () => {
    await expect(parseAll(csvFormat, [sourceFileFromBuffer('ConList.csv', '')])).rejects.toThrow(/^ConList\.csv: file is empty$/);
    const latin1 = Buffer.concat([Buffer.from(`${csvLines[0]}\r\n${csvLines[1]}\r\nM`), Buffer.from([0xfc]), Buffer.from('LLER,,,,\r\n')]);
    await expect(parseAll(csvFormat, [sourceFileFromBuffer('ConList.csv', latin1)])).rejects.toThrow(/^ConList\.csv:line 3: invalid UTF-8 byte sequence$/);
    const noGroup = [csvLines[0], csvLines[1], 'NOBODY' + ','.repeat(header.length - 1)].join('\r\n');
    await expect(parseAll(csvFormat, [sourceFileFromBuffer('ConList.csv', noGroup)])).rejects.toThrow(/^ConList\.csv:line 3: row has no Group ID$/);
    const long = [csvLines[0], csvLines[1], 'X'.repeat(MAX_FIELD_LENGTH + 10) + ','.repeat(header.length - 1)].join('\r\n');
    await expect(parseAll(csvFormat, [sourceFileFromBuffer('ConList.csv', long)])).rejects.toThrow(/^ConList\.csv:line \d+: field exceeds 65536 characters$/);
  });

  it('refuses an unterminated quote as malformed CSV with its line', async () => {
    const bad = [csvLines[0], csvLines[1], '"KIM,Sang'].join('\r\n');
    await expect(parseAll(csvFormat, [sourceFileFromBuffer('ConList.csv', bad)])).rejects.toThrow(/^ConList\.csv:line \d+: malformed CSV/);
  });
});

describe('UK OFSI ConList (XLSX)', () => {
  const rows = csvLines.filter((l) => l !== '').map((l) => l.split(','));

  it('reads the same columns from a workbook', async () => {
    const values: Record<string, string> = { 'Name 6': 'KIM', 'Name 1': 'Sang', 'Name 2': 'Man', DOB: '25/04/1965', 'Group Type': 'Individual', 'Alias Type': 'Primary name', Regime: 'DPRK', 'Listed On': '24/05/2023', 'Group ID': '90001' };
    const simple = [rows[0]!, header, header.map((h) => values[h] ?? '')];
    const data = await makeXlsx({ Data: simple });
    const { entities, published } = await parseAll(xlsxFormat, [sourceFileFromBuffer('ConList.xlsx', data)]);
    expect(published).toBe('2025-04-14');
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ id: 'gb_hmt_sanctions:90001', caption: 'Sang Man KIM', birthDates: [{ date: '1965-04-25' }], listedOn: '2023-05-24' });
  });

  it('refuses a workbook whose header lacks a required column, naming it and the file', async () => {
    const data = await makeXlsx({ Data: [rows[0]!, header.filter((h) => h !== 'Alias Type' && h !== 'Regime')] });
    await expect(parseAll(xlsxFormat, [sourceFileFromBuffer('ConList.xlsx', data)])).rejects.toThrow(/^ConList\.xlsx:row 2: missing required columns "Alias Type", "Regime"$/);
  });

  it('refuses a CSV handed over as XLSX', async () => {
    await expect(parseAll(xlsxFormat, [sourceFileFromBuffer('ConList.xlsx', fixture)])).rejects.toThrow(/^ConList\.xlsx: not an XLSX workbook/);
  });
});
