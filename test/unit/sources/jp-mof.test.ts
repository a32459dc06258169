import { describe, expect, it } from 'vitest';
import { sourceFileFromBuffer } from '../../../src/ingest/files.js';
import { MAX_FIELD_LENGTH } from '../../../src/sources/errors.js';
import { parseJapaneseDate } from '../../../src/sources/jp-dates.js';
import { formats, listFileUrls } from '../../../src/sources/jp-mof.js';
import { HEADER, mofWorkbook, TITLE } from '../../fixtures/jp/mof-dprk.js';
import { makeXlsx } from '../../helpers/xlsx.js';
import { parseAll } from '../../helpers/parse.js';

const format = formats[0]!;
const parse = (buf: Buffer | string) => parseAll(format, [sourceFileFromBuffer('mof_kitachosen.xlsx', buf)]);

describe('Japan MOF target-list workbook', () => {
  it('reads Japanese-era, Japanese, dotted and ISO dates', () => {
    expect(parseJapaneseDate('令和5年5月26日')).toBe('2023-05-26');
    expect(parseJapaneseDate('令和元年5月1日')).toBe('2019-05-01');
    expect(parseJapaneseDate('平成28年3月4日')).toBe('2016-03-04');
    expect(parseJapaneseDate('R5.5.26')).toBe('2023-05-26');
    expect(parseJapaneseDate('１９６５年４月２５日')).toBe('1965-04-25');
    expect(parseJapaneseDate('1965年')).toBe('1965');
    expect(parseJapaneseDate('1965.4.25')).toBe('1965-04-25');
    expect(parseJapaneseDate('2023-05-26')).toBe('2023-05-26');
    expect(parseJapaneseDate('平成28年2月30日')).toBeUndefined();
  });

  it('finds the workbook links on the index page', () => {
    const html = `<a href="/policy/international_policy/gaitame_kawase/gaitame/economic_sanctions/list/kitachosen.xlsx">北朝鮮</a>
      <a href="https://www.mof.go.jp/policy/international_policy/gaitame_kawase/gaitame/economic_sanctions/list/russia.xlsx">ロシア</a>
      <a href="/other/page.html">x</a>`;
    expect(listFileUrls(html)).toEqual([
      'https://www.mof.go.jp/policy/international_policy/gaitame_kawase/gaitame/economic_sanctions/list/kitachosen.xlsx',
      'https://www.mof.go.jp/policy/international_policy/gaitame_kawase/gaitame/economic_sanctions/list/russia.xlsx',
    ]);
  });

  it('reads sections, Japanese and English names, dates, countries, passports and UN references', async () => {
    const buf = await mofWorkbook();
    expect(format.detect(buf.subarray(0, 4).toString('latin1'), 'mof_kitachosen.xlsx')).toBe(true);
    const { entities, published, warnings } = await parse(buf);
    expect(warnings).toEqual([]);
    expect(published).toBe('2023-05-26');
    expect(entities.map((e) => [e.id, e.schema, e.caption])).toEqual([
      ['jp_mof_sanctions:mof_kitachosen/p16', 'Person', 'JANG Bom Su'],
      ['jp_mof_sanctions:mof_kitachosen/p17', 'Person', 'KIM Sang Man'],
      ['jp_mof_sanctions:mof_kitachosen/e1', 'Organization', 'KOREA MINING DEVELOPMENT TRADING CORPORATION'],
    ]);
    const [jang, kim, komid] = entities as [(typeof entities)[number], (typeof entities)[number], (typeof entities)[number]];
    expect(jang.names).toEqual([
      { full: 'JANG Bom Su', kind: 'primary', script: 'Latin' },
      { full: 'チャン・ボムス', kind: 'original_script', script: 'Japanese', lang: 'ja' },
      { full: 'Jang Pom Su', kind: 'aka', script: 'Latin' },
      { full: 'Jang Hyon U', kind: 'aka', script: 'Latin' },
      { full: '장범수', kind: 'original_script', script: 'Hangul' },
    ]);
    expect(jang.birthDates).toEqual([{ date: '1957-04-15' }, { date: '1958-02-22' }]);
    expect(jang.countries).toEqual([{ code: 'KP', role: 'nationality' }, { code: 'SY', role: 'location' }]);
    expect(jang.identifiers).toEqual([
      { type: 'passport', value: '836110034', label: '旅券番号', note: '外交旅券' },
      { type: 'un_ref', value: 'KPi.016', label: 'UN reference (その他の情報)' },
    ]);
    expect(jang.listedOn).toBe('2016-03-04');
    expect(jang.programs).toEqual([TITLE]);

    expect(kim.names.map((n) => n.full)).toEqual(['KIM Sang Man', 'キム・サンマン', 'Kim Sangman', '김상만']);
    expect(kim.birthDates).toEqual([{ date: '1965-04-25' }]);
    expect(kim.identifiers?.map((i) => i.value)).toEqual(['109420132', '827220538']);
    expect(kim.countries).toEqual([{ code: 'KP', role: 'nationality' }]);
    expect(kim.listedOn).toBe('2023-05-26');

    expect(komid.names.map((n) => [n.full, n.kind, n.script])).toEqual([
      ['KOREA MINING DEVELOPMENT TRADING CORPORATION', 'primary', 'Latin'],
      ['朝鮮鉱業開発貿易会社', 'original_script', 'Han'],
      ['KOMID', 'aka', 'Latin'],
      ['CHANGGWANG SINYONG CORPORATION', 'aka', 'Latin'],
    ]);
    expect(komid.identifiers).toEqual([{ type: 'un_ref', value: 'KPe.001', label: 'UN reference (その他の情報)' }]);
    expect(komid.addresses).toEqual([{ full: '北朝鮮、平壌、中区域', country: 'KP' }]);
  });

  it('refuses a workbook without the header, data before the header, a row without 番号, duplicates, non-XLSX, empty and over-long cells', async () => {
    await expect(parse(await makeXlsx({ s: [[TITLE], ['番号', '氏名', '生年月日'], [1, 'x', '1960年']] }))).rejects.toThrow(/^mof_kitachosen\.xlsx:row 2: missing required columns "日本語表記", "英語表記"$/);
    await expect(parse(await makeXlsx({ s: [[TITLE], ['（１）個人']] }))).rejects.toThrow(/^mof_kitachosen\.xlsx: no header row found/);
    await expect(parse(await makeXlsx({ s: [[1, 'キム', 'KIM', 'x'], HEADER] }))).rejects.toThrow(/^mof_kitachosen\.xlsx:row 1: data before any header row/);
    await expect(parse(await makeXlsx({ s: [HEADER, ['', '', 'キム', 'KIM']] }))).rejects.toThrow(/^mof_kitachosen\.xlsx:row 2: row without 番号$/);
    await expect(parse(await makeXlsx({ s: [HEADER, [1, '', 'キム', 'KIM'], [1, '', 'パク', 'PAK']] }))).rejects.toThrow(/^mof_kitachosen\.xlsx:row 3: entry mof_kitachosen\/1 appears twice$/);
    await expect(parse(await makeXlsx({ s: [HEADER, [1, '', '', '', 'x', 'y']] }))).rejects.toThrow(/^mof_kitachosen\.xlsx:row 2: entry 1 has neither 日本語表記 nor 英語表記$/);
    await expect(parse('番号,日本語表記,英語表記\n1,キム,KIM\n')).rejects.toThrow(/not an XLSX workbook/);
    await expect(parse('')).rejects.toThrow(/file is empty/);
    const long = await makeXlsx({ s: [HEADER, [1, '', 'キム', 'x'.repeat(MAX_FIELD_LENGTH + 1)]] });
    await expect(parse(long)).rejects.toThrow(/exceeds 65536 characters/);
  });
});
