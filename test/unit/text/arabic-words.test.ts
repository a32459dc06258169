import { describe, it } from 'vitest';
import { arabicCommonWord } from '../../../src/text/arabic-words.js';
import { expectFirst, expectOrganisationWords } from './util.js';

describe('generic Arabic and Persian words of organisation names', () => {
  it('reads them as the English words lists translate them to, clitics and article stripped', () => {
    expectFirst(arabicCommonWord, [
      ['للتجارة', 'trading'],
      ['والتجارة', 'trading'],
      ['شرکت', 'company'],
      ['الشحن', 'shipping'],
      // English words written in Arabic script are given back in English.
      ['انترناشيونال', 'international'],
      ['تريدينغ', 'trading'],
      // Names are not generic words.
      ['محمد', undefined],
      ['كوبان', undefined],
    ]);
  });

  it('matches organisation names whose generic words the list translated, and Arabic legal forms', () => {
    expectOrganisationWords({
      translated: [
        ['كوبان للشحن ش.ذ.م.م', 'KOBAN SHIPPING L.L.C'],
        ['اسماعيل للتجارة العامة', 'Ismail General Trading'],
        ['شرکت پتروشیمی لاله', 'LALEH PETROCHEMICAL COMPANY'],
        ['جرينلاند اويل & غاز تريدينغ م م ح', 'Greenland Oil & Gas Trading FZE'],
      ],
      // عبد الستار stays Abdul Sattar, not "star".
      persons: [['عبد الستار عبد المنان', 'Abdul Satar ABDUL MANAN']],
      otherFirms: [['كوبان للشحن ش.ذ.م.م', 'NOVA SHIPPING L.L.C']],
    });
  });
});
