import { describe, it } from 'vitest';
import { russianCommonWord } from '../../../src/text/russian-words.js';
import { expectFirst, expectOrganisationWords } from './util.js';

describe('generic words of Russian organisation names', () => {
  it('reads them as their English translations, in any case and gender', () => {
    expectFirst(russianCommonWord, [
      ['ЗАВОД', 'plant'],
      ['завода', 'plant'],
      ['Химический', 'chemical'],
      ['химическая', 'chemical'],
      // English words written in Cyrillic are given back in English.
      ['Технолоджи', 'technology'],
      ['Авто', 'auto'],
      ['Энерджи', 'energy'],
      ['Пароходство', 'shipping'],
      ['Федерации', 'federation'],
      // Surnames ending in -ов are not the genitive plural of a generic word.
      ['Золотов', undefined],
      ['Иванов', undefined],
    ]);
  });

  it('matches translated organisation names, place adjectives read as the place', () => {
    expectOrganisationWords({
      translated: [
        ['АКЦИОНЕРНОЕ ОБЩЕСТВО САЛАВАТСКИЙ ХИМИЧЕСКИЙ ЗАВОД', 'JOINT STOCK COMPANY SALAVAT CHEMICAL PLANT'],
        ['OOO ТОРГОВЫЙ ДОМ ВЕКТОР', 'Limited Liability Company Trading House Vector'],
        // The transliteration still counts for lists that transliterate.
        ['Салаватский химический завод', 'Salavatskiy Khimicheskiy Zavod'],
        ['Общество С Ограниченной Ответственностью Авто Холдинг', 'LIMITED LIABILITY COMPANY AUTO HOLDING'],
        ['Общество С Ограниченной Ответственностью Аддитив Технолоджи', 'LIMITED LIABILITY COMPANY ADDITIVE TECHNOLOGY'],
      ],
      // Золотов stays Zolotov.
      persons: [['Андрей Золотов', 'Andrey ZOLOTOV']],
      otherFirms: [['АО ХИМИЧЕСКИЙ ЗАВОД', 'JSC MECHANICAL PLANT']],
      schema: 'Company',
    });
  });
});
