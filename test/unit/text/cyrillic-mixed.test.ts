import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../../src/match/algorithm.js';
import { belarusianToLatin, isBelarusianName } from '../../../src/text/cyrillic.js';
import { normaliseText } from '../../../src/text/normalise.js';
import { nameScore } from './util.js';

describe('Cyrillic names as lists write them', () => {
  it('reads an accented Latin letter inside a Cyrillic word as the Cyrillic letter it stands for', () => {
    expect(normaliseText('Ткачëв')).toBe('ткачёв');
    expect(normaliseText('Валéрый Пáўлавiч')).toBe('валерый паўлавіч');
    expect(nameScore('Александр Николаевич Ткачëв', 'Alexander Nikolayevich TKACHYOV')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('reads Belarusian names the way Belarusian passports romanise them', () => {
    expect(isBelarusianName('сяргей яўгенавіч зубкоў')).toBe(true);
    expect(isBelarusianName('сергей евгеньевич зубков')).toBe(false);
    expect(isBelarusianName('сергій олексійович')).toBe(false);
    expect(belarusianToLatin('сяргей')).toBe('siarhei');
    expect(belarusianToLatin('аляксандр')).toBe('aliaksandr');
    expect(belarusianToLatin('зубкоў')).toBe('zubkou');
    expect(nameScore('ЦЕРАБАЎ, Сяргей Яўгенавiч', 'Siarhei Yaugenavich TSERABAU')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(nameScore('Сяргей Яўгенавіч Зубкоў', 'Siarhei Yaugenavich ZUBKOU')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    // Not a different Belarusian: another person.
    expect(nameScore('Сяргей Яўгенавіч Зубкоў', 'Siarhei Aliaksandravich LUKASHENKA')).toBeLessThan(DEFAULT_THRESHOLD);
  });
});
