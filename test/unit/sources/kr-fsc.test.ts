import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFileFromBuffer } from '../../../src/ingest/files.js';
import { MAX_FIELD_LENGTH } from '../../../src/sources/errors.js';
import { datasets, formats } from '../../../src/sources/kr-fsc.js';
import { parseAll } from '../../helpers/parse.js';

const format = formats[0]!;
const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'kr', 'fsc-annex.txt'));
const parse = (data: string | Buffer) => parseAll(format, [sourceFileFromBuffer('fsc-annex.txt', data)]);

describe('Korea FSC annex text', () => {
  it('detects the annex text', () => {
    expect(format.detect(text.toString('latin1'), 'fsc-annex.txt')).toBe(true);
    expect(format.detect('1. Introduction\n2. Scope\n', 'notes.txt')).toBe(false);
  });

  it('parses legacy-OFAC entries and Korean designations, inferring the type', async () => {
    const { entities, published, warnings } = await parse(text);
    expect(warnings).toEqual([]);
    expect(published).toBe('2023-05-24');
    const by = new Map(entities.map((e) => [e.sourceId, e]));
    expect([...by.keys()]).toEqual(['300', '718', '731', '732', '733', '745', '746', '750']);
    expect(entities.map((e) => e.schema)).toEqual(['Person', 'Person', 'Organization', 'Organization', 'Person', 'Person', 'Organization', 'Vessel']);

    const janjalani = by.get('300')!;
    expect(janjalani).toMatchObject({
      id: 'kr_fsc_sanctions:300',
      caption: 'JANJALANI Khadafi',
      birthDates: [{ date: '1975-03-03' }],
      birthPlaces: ['Isabela, Basilan, Philippines'],
      programs: ['SDGT', 'E.O.13224'],
    });
    expect(janjalani.names.map((n) => [n.full, n.kind])).toEqual([['JANJALANI Khadafi', 'primary'], ['ABU MUKHTAR', 'aka'], ['JANJALANI Khadaffy', 'aka']]);
    expect(janjalani.countries).toEqual([{ code: 'PH', role: 'birth' }, { code: 'PH', role: 'nationality' }]);
    expect(janjalani.listedOn).toBeUndefined();

    const ri = by.get('718')!;
    expect(ri.names).toEqual([
      { full: 'RI Myong Hun', kind: 'primary', script: 'Latin', parts: { family: 'RI', given: 'Myong Hun', ordered: ['RI', 'Myong Hun'] } },
      { full: '리명훈', kind: 'original_script', script: 'Hangul', lang: 'ko' },
      { full: 'RI Myong-hun', kind: 'aka', script: 'Latin', parts: { family: 'RI', given: 'Myong-hun', ordered: ['RI', 'Myong-hun'] } },
    ]);
    expect(ri).toMatchObject({ birthDates: [{ date: '1969-03-14' }], gender: 'male', listedOn: '2022-12-02' });

    expect(by.get('731')).toMatchObject({ caption: 'TECHNOLOGY RECONNAISSANCE BUREAU', listedOn: '2023-02-10' });
    expect(by.get('731')!.names[1]).toEqual({ full: '기술정찰국', kind: 'original_script', script: 'Hangul', lang: 'ko' });
    expect(by.get('732')!.names.map((n) => [n.full, n.kind])).toEqual([['LAB 110', 'primary'], ['110호 연구소', 'original_script'], ['110th Research Center', 'aka']]);
    expect(by.get('733')).toMatchObject({ caption: 'PARK Jin Hyok', birthDates: [{ date: '1984-08-15' }], listedOn: '2023-02-10' });
    expect(by.get('733')!.names.map((n) => n.full)).toEqual(['PARK Jin Hyok', '박진혁', 'PAK Jin Hek', 'PAK Kwang Jin']);

    const kim = by.get('745')!;
    expect(kim).toMatchObject({ caption: 'KIM Sang Man', birthDates: [{ date: '1965-04-25' }], listedOn: '2023-05-24', gender: 'male' });
    expect(kim.names[1]).toEqual({ full: '김상만', kind: 'original_script', script: 'Hangul', lang: 'ko' });
    expect(kim.identifiers).toEqual([{ type: 'passport', value: '109420132', label: 'Passport', country: 'KP' }]);

    expect(by.get('746')!.names.map((n) => n.full)).toEqual(['JINYONG IT COOPERATION COMPANY', '진영정보기술개발협조회사', 'CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY']);
    const ship = by.get('750')!;
    expect(ship.identifiers).toEqual([{ type: 'imo', value: '7408873', label: 'IMO' }]);
    expect(ship.countries).toEqual([{ code: 'KP', role: 'flag' }]);
  });

  it('gives each Korean designation its Hangul name, birth date, designation date and type', async () => {
    const { entities } = await parse(text);
    const rows = entities
      .filter((e) => e.properties?.designatedOn)
      .map((e) => [e.sourceId, e.names.find((n) => n.script === 'Hangul')?.full, e.birthDates?.[0]?.date, e.listedOn, e.schema]);
    expect(rows).toEqual([
      ['718', '리명훈', '1969-03-14', '2022-12-02', 'Person'],
      ['731', '기술정찰국', undefined, '2023-02-10', 'Organization'],
      ['732', '110호 연구소', undefined, '2023-02-10', 'Organization'],
      ['733', '박진혁', '1984-08-15', '2023-02-10', 'Person'],
      ['745', '김상만', '1965-04-25', '2023-05-24', 'Person'],
      ['746', '진영정보기술개발협조회사', undefined, '2023-05-24', 'Organization'],
      ['750', undefined, undefined, '2018-03-30', 'Vessel'],
    ]);
  });

  it('refuses an empty file, a file without entries, duplicate numbers, bad UTF-8 and over-long entries', async () => {
    await expect(parse('')).rejects.toThrow(/^fsc-annex\.txt: file is empty$/);
    await expect(parse('금융거래등제한대상자\n없음\n')).rejects.toThrow(/^fsc-annex\.txt: no numbered entries/);
    await expect(parse('1. KIM, A; DOB 1960\n1. LEE, B; DOB 1961\n')).rejects.toThrow(/^fsc-annex\.txt:line 2: entry number 1 appears twice$/);
    await expect(parse(Buffer.concat([Buffer.from('1. KIM\n2. '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]))).rejects.toThrow(/^fsc-annex\.txt:line \d: invalid UTF-8 byte sequence$/);
    await expect(parse(`1. ${'A'.repeat(MAX_FIELD_LENGTH + 1)}\n`)).rejects.toThrow(/^fsc-annex\.txt:line 1: entry 1 exceeds 65536 characters$/);
  });

  it('registers the law.go.kr source', () => {
    expect(datasets[0]).toMatchObject({ name: 'kr_fsc_sanctions', format: 'kr_fsc_annex_text', enabledByDefault: false });
    expect(decodeURIComponent(datasets[0]!.urls[0]!)).toBe('https://www.law.go.kr/행정규칙/금융거래등제한대상자지정및지정취소에관한규정');
  });
});
