import { describe, expect, it } from 'vitest';
import { analyseName } from '../../../src/text/analyse.js';
import { hanziToPinyin, siniticFold } from '../../../src/text/chinese.js';
import { namesMeet, wordsMeet } from './util.js';

describe('Chinese', () => {
  it('romanises hanzi to toneless pinyin', () => {
    expect(hanziToPinyin('毛泽东')).toEqual(['mao', 'ze', 'dong']);
    expect(analyseName('毛泽东').readings.map((r) => r.map((t) => t.form))).toEqual([
      ['mao', 'zedong'],
      ['mao', 'ze', 'dong'],
    ]);
  });

  it('joins Wade–Giles and Cantonese surname spellings with pinyin', () => {
    for (const [han, latin] of [
      ['张伟', 'Cheung Wai'],
      ['张伟', 'Chang Wei'],
      ['陈明', 'Chan Ming'],
      ['黄明', 'Wong Ming'],
      ['吴明', 'Ng Ming'],
      ['谢明', 'Hsieh Ming'],
      ['郭明', 'Kwok Ming'],
      ['梁明', 'Leung Ming'],
    ]) {
      expect(namesMeet(han as string, latin as string), `${han} ${latin}`).toBe(true);
    }
    expect(wordsMeet('Zhou', 'Chow')).toBe(true);
    expect(wordsMeet('Zhang', 'Wong')).toBe(false);
  });

  it('folds Wade–Giles and pinyin syllables onto one class', () => {
    expect(siniticFold('zedong')).toBe(siniticFold('tsetung'));
    expect(siniticFold('xiaoping')).toBe(siniticFold('hsiaoping'));
    expect(siniticFold('mohammed')).toBeNull();
    expect(namesMeet('毛泽东', 'Mao Tse-tung')).toBe(true);
    expect(namesMeet('Deng Xiaoping', 'Teng Hsiao-ping')).toBe(true);
  });
});
