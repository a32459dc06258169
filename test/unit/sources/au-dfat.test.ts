import { describe, expect, it } from 'vitest';
import { sourceFileFromBuffer } from '../../../src/ingest/files.js';
import { formats, listingDate } from '../../../src/sources/au-dfat.js';
import { MAX_FIELD_LENGTH } from '../../../src/sources/errors.js';
import { parseAll } from '../../helpers/parse.js';
import { makeXlsx } from '../../helpers/xlsx.js';

const format = formats[0]!;
const HEADER = ['Reference', 'Name of Individual or Entity', 'Type', 'Name Type', 'Date of Birth', 'Place of Birth', 'Citizenship', 'Address', 'Additional Information', 'Listing Information', 'Committees', 'Control Date'];
const LISTING = 'Listed on: 30 Nov. 2016 (amended on 2 Aug. 2017)';
const file = async (rows: unknown[][]) => sourceFileFromBuffer('regulation8_consolidated.xlsx', await makeXlsx({ Sheet1: rows as never }));

describe('Australia DFAT Consolidated List', () => {
  it('merges rows 2, 2a, 2b… into one entity with every column mapped', async () => {
    const rows = [
      HEADER,
      ['5001', 'KIM Sang Man', 'Individual', 'Primary Name', new Date(Date.UTC(1965, 3, 25)), 'Pyongyang, Democratic People\'s Republic of Korea', "Democratic People's Republic of Korea", 'NA', 'Passport no. 109420132. IT worker revenue manager.', LISTING, 'Autonomous (DPRK)', new Date(Date.UTC(2023, 4, 24))],
      ['5002', 'KOREA SAMJONG SHIPPING', 'Entity ', 'Primary Name', '', '', '', 'Tonghung-dong, Central District, Pyongyang, DPRK', 'Owner of vessel SAM JONG 2, IMO 7408873.', 'Listed by UN 1718 Committee on 30 March 2018', '1718 (DPRK)', new Date(Date.UTC(2018, 2, 30))],
      ['5001a', '김상만', 'Individual', 'Original Script', new Date(Date.UTC(1965, 3, 25)), 'Pyongyang, Democratic People\'s Republic of Korea', "Democratic People's Republic of Korea", 'NA', 'Passport no. 109420132. IT worker revenue manager.', LISTING, 'Autonomous (DPRK)', new Date(Date.UTC(2024, 10, 11))],
      ['5001b', 'Kim Sangman', 'individual', 'Aka ', 'a) 25/04/1965 b) Approximately 1966', '', 'Russian and Ukrainian', '', '', LISTING, 'Autonomous (DPRK)', new Date(Date.UTC(2023, 4, 24))],
      [],
    ];
    const { entities, published, warnings } = await parseAll(format, [await file(rows)]);
    expect(warnings).toEqual([]);
    expect(published).toBe('2024-11-11');
    expect(entities.map((e) => e.id)).toEqual(['au_dfat_sanctions:5001', 'au_dfat_sanctions:5002']);
    const kim = entities[0]!;
    expect(kim).toMatchObject({ schema: 'Person', caption: 'KIM Sang Man', listedOn: '2016-11-30', programs: ['Autonomous (DPRK)'] });
    expect(kim.names).toEqual([
      { full: 'KIM Sang Man', kind: 'primary', script: 'Latin' },
      { full: '김상만', kind: 'original_script', script: 'Hangul' },
      { full: 'Kim Sangman', kind: 'aka', script: 'Latin' },
    ]);
    expect(kim.birthDates).toEqual([{ date: '1965-04-25' }, { date: '1966', approximate: true }]);
    expect(kim.birthPlaces).toEqual(["Pyongyang, Democratic People's Republic of Korea"]);
    expect(kim.countries).toEqual([
      { code: 'KP', role: 'birth' },
      { code: 'KP', role: 'citizenship' },
      { code: 'RU', name: 'Russian', role: 'citizenship' },
      { code: 'UA', name: 'Ukrainian', role: 'citizenship' },
    ]);
    expect(kim.addresses).toBeUndefined();
    expect(kim.remarks).toEqual(['Passport no. 109420132. IT worker revenue manager.', LISTING]);
    expect(kim.properties).toEqual({ controlDate: ['2024-11-11'] });

    const company = entities[1]!;
    expect(company).toMatchObject({ schema: 'Organization', caption: 'KOREA SAMJONG SHIPPING', listedOn: '2018-03-30', programs: ['1718 (DPRK)'] });
    expect(company.addresses).toEqual([{ full: 'Tonghung-dong, Central District, Pyongyang, DPRK', country: 'KP' }]);
    expect(company.identifiers).toEqual([{ type: 'imo', value: '7408873', label: 'IMO' }]);
  });

  it('finds the listing date in DFAT wording', () => {
    expect(listingDate('Listed by UN 1267 Committee on 25 January 2001 (amended on 20 December 2005)')).toBe('2001-01-25');
    expect(listingDate('Designated under the Autonomous Sanctions Regulations 2011 on 2 March 2012  (F2012L00479).')).toBe('2012-03-02');
    expect(listingDate('Autonomous Sanctions (Designated Persons) Amendment (No. 8) Instrument 2023')).toBeUndefined();
  });

  it('refuses a missing column, naming it and the file', async () => {
    const f = await file([HEADER.filter((h) => h !== 'Committees'), ['1', 'X', 'Individual', 'Primary Name']]);
    await expect(parseAll(format, [f])).rejects.toThrow(/^regulation8_consolidated\.xlsx:row 1: missing required column "Committees"$/);
  });

  it('refuses an unreadable reference, a non-zip file, an empty file and an over-long cell', async () => {
    await expect(parseAll(format, [await file([HEADER, ['two', 'X', 'Individual', 'Primary Name']])])).rejects.toThrow(/^regulation8_consolidated\.xlsx:row 2: unreadable Reference "two"$/);
    await expect(parseAll(format, [sourceFileFromBuffer('regulation8_consolidated.xlsx', 'Reference,Name\n1,X\n')])).rejects.toThrow(/not a zip archive/);
    await expect(parseAll(format, [sourceFileFromBuffer('regulation8_consolidated.xlsx', '')])).rejects.toThrow(/^regulation8_consolidated\.xlsx: file is empty$/);
    const long = await file([HEADER, ['1', 'X', 'Individual', 'Primary Name', '', '', '', '', 'y'.repeat(MAX_FIELD_LENGTH + 1)]]);
    await expect(parseAll(format, [long])).rejects.toThrow(/row 2: cell I2 exceeds 65536 characters/);
  });
});
