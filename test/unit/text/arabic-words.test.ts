import { describe, expect, it } from 'vitest';
import { arabicCommonWord } from '../../../src/text/arabic-words.js';
import { DEFAULT_THRESHOLD } from '../../../src/match/algorithm.js';
import { nameScore } from './util.js';

describe('generic Arabic and Persian words of organisation names', () => {
  it('reads them as the English words lists translate them to, clitics and article stripped', () => {
    expect(arabicCommonWord('للتجارة')?.[0]).toBe('trading');
    expect(arabicCommonWord('والتجارة')?.[0]).toBe('trading');
    expect(arabicCommonWord('شرکت')).toEqual(['company']);
    expect(arabicCommonWord('الشحن')).toEqual(['shipping']);
    // Names are not generic words.
    expect(arabicCommonWord('محمد')).toBeUndefined();
    expect(arabicCommonWord('كوبان')).toBeUndefined();
  });

  it('matches organisation names whose generic words the list translated, and Arabic legal forms', () => {
    const org = 'Organization';
    expect(nameScore('كوبان للشحن ش.ذ.م.م', 'KOBAN SHIPPING L.L.C', org)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(nameScore('اسماعيل للتجارة العامة', 'Ismail General Trading', org)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(nameScore('شرکت پتروشیمی لاله', 'LALEH PETROCHEMICAL COMPANY', org)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    // The generic words alone identify nothing: another company's name must still match.
    expect(nameScore('كوبان للشحن ش.ذ.م.م', 'NOVA SHIPPING L.L.C', org)).toBeLessThan(DEFAULT_THRESHOLD);
  });
});
