import { describe, expect, it } from 'vitest';
import { russianCommonWord } from '../../../src/text/russian-words.js';
import { DEFAULT_THRESHOLD } from '../../../src/match/algorithm.js';
import { nameScore } from './util.js';

describe('generic words of Russian organisation names', () => {
  it('reads them as their English translations, in any case and gender', () => {
    expect(russianCommonWord('ЗАВОД')?.[0]).toBe('plant');
    expect(russianCommonWord('завода')?.[0]).toBe('plant');
    expect(russianCommonWord('Химический')).toEqual(['chemical']);
    expect(russianCommonWord('химическая')).toEqual(['chemical']);
    // Surnames ending in -ов are not the genitive plural of a generic word.
    expect(russianCommonWord('Золотов')).toBeUndefined();
    expect(russianCommonWord('Иванов')).toBeUndefined();
  });

  it('matches translated organisation names, place adjectives read as the place', () => {
    expect(nameScore('АКЦИОНЕРНОЕ ОБЩЕСТВО САЛАВАТСКИЙ ХИМИЧЕСКИЙ ЗАВОД', 'JOINT STOCK COMPANY SALAVAT CHEMICAL PLANT', 'Company')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(nameScore('OOO ТОРГОВЫЙ ДОМ ВЕКТОР', 'Limited Liability Company Trading House Vector', 'Company')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    // The transliteration still counts for lists that transliterate.
    expect(nameScore('Салаватский химический завод', 'Salavatskiy Khimicheskiy Zavod', 'Company')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    // A person's name is never translated: Золотов stays Zolotov.
    expect(nameScore('Андрей Золотов', 'Andrey ZOLOTOV', 'Person')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(nameScore('АО ХИМИЧЕСКИЙ ЗАВОД', 'JSC MECHANICAL PLANT', 'Company')).toBeLessThan(DEFAULT_THRESHOLD);
  });
});
