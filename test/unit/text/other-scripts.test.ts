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
    expect(hebrewToLatin('דוד')).toBe('dod');
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
