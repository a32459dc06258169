import { describe, expect, it } from 'vitest';
import { armenianToLatin, georgianToLatin, greekToLatin, hebrewToLatin, kanaToLatin } from '../../../src/text/other-scripts.js';
import { namesMeet } from './util.js';

describe('other scripts', () => {
  it('Greek (ELOT)', () => {
    expect(greekToLatin('κωνσταντίνος')).toBe('konstantinos');
    expect(greekToLatin('μπακογιάννη')).toBe('bakogianni');
    expect(namesMeet('Αλέξης Τσίπρας', 'Alexis Tsipras')).toBe(true);
  });

  it('Hebrew', () => {
    expect(hebrewToLatin('דוד')).toBe('david');
    expect(hebrewToLatin('גולן')).toBe('goln');
    expect(namesMeet('נתניהו', 'Netanyahu')).toBe(true);
    expect(namesMeet('משה', 'Moshe')).toBe(true);
  });

  it('Georgian', () => {
    expect(georgianToLatin('სააკაშვილი')).toBe('saakashvili');
    expect(namesMeet('მიხეილ სააკაშვილი', 'Mikheil Saakashvili')).toBe(true);
  });

  it('Armenian', () => {
    expect(armenianToLatin('սարգսյան')).toBe('sargsyan');
    expect(armenianToLatin('երևան')).toBe('yerevan');
    expect(namesMeet('Սերժ Սարգսյան', 'Serzh Sargsyan')).toBe(true);
  });

  it('Japanese kana (Hepburn)', () => {
    expect(kanaToLatin('やまだ')).toBe('yamada');
    expect(kanaToLatin('トウキョウ')).toBe('toukyou');
    expect(kanaToLatin('しょうへい')).toBe('shouhei');
    expect(kanaToLatin('はっとり')).toBe('hattori');
  });
});

describe('Hebrew name words', () => {
  it('meets both the Israeli and the English spelling of frequent names', () => {
    const pairs = [
      ['בנימין נתניהו', 'Benjamin Netanyahu'],
      ['בנימין נתניהו', 'Binyamin Netanyahu'],
      ['יוסף', 'Joseph'],
      ['יוסף', 'Yosef'],
      ['יצחק רבין', 'Yitzhak Rabin'],
      ['יצחק', 'Isaac'],
      ['יעקב', 'Jacob'],
      ['שלמה', 'Solomon'],
      ['אברהם', 'Abraham'],
      ['אברהם', 'Avraham'],
      ['חיים', 'Chaim'],
      ['חיים', 'Haim'],
    ];
    for (const [a, b] of pairs) expect(namesMeet(a as string, b as string), `${a}/${b}`).toBe(true);
    expect(namesMeet('יוסף', 'Jacob')).toBe(false);
  });
});

describe('kana long vowels', () => {
  it('adds the short spelling passports use (たろう tarou → taro, ゆうこ yuuko → yuko)', async () => {
    const { analyseName } = await import('../../../src/text/analyse.js');
    const keys = analyseName('やまだ たろう').readings[0]!.map((t) => t.keys);
    expect(keys[1]).toContain('taro');
    expect(analyseName('さとう ゆうこ').readings[0]!.map((t) => t.keys).flat()).toEqual(expect.arrayContaining(['sato', 'yuko']));
  });
});

