import { describe, expect, it } from 'vitest';
import { japaneseNameSpellings } from '../../../src/text/japanese-names.js';
import { expectAlert, expectClear } from './util.js';

describe('Japanese names written in kanji', () => {
  it('reads each kanji as names read it, a surname\u2019s second kanji voiced where it may be', () => {
    expect(japaneseNameSpellings('高木康男')).toEqual({ surname: expect.arrayContaining(['takagi']), given: expect.arrayContaining(['yasuo']) });
    expect(japaneseNameSpellings('山崎太郎')?.surname).toContain('yamazaki');
    // Irregular surnames are read whole (井上: Inoue, not I-ue).
    expect(japaneseNameSpellings('井上邦雄')?.surname).toEqual(['inoue']);
    // Names whose first kanji are not Japanese surname kanji are left to the Chinese readings.
    expect(japaneseNameSpellings('王小明')).toBeUndefined();
  });

  it('matches the Latin spellings lists give', () => {
    // Persons on OFAC's transnational criminal organisations list.
    expectAlert(
      [
        ['後藤忠正', 'Tadamasa GOTO'],
        ['井上邦雄', 'Kunio Inoue'],
        ['高木康男', 'Yasuo TAKAGI'],
        ['森尾卯太男', 'Utao MORIO'],
      ],
      'Person',
    );
    expectClear(
      [
        ['後藤忠正', 'Tadashi GOTO'],
        ['井上邦雄', 'Kunio Ikeda'],
      ],
      'Person',
    );
    // The Chinese reading stays: 林志明 is still Lin Zhiming.
    expectAlert([['林志明', 'Lin Zhiming']], 'Person');
  });
});
