import { describe, expect, it } from 'vitest';
import { fixConfusables, foldLatin, foldLatinRich, normaliseText } from '../../../src/text/normalise.js';
import { tokens, wordsMeet } from './util.js';

describe('normalise', () => {
  it('folds German umlauts so Müller, Mueller and Muller meet', () => {
    expect(foldLatin('müller')).toBe('muller');
    expect(wordsMeet('Müller', 'Mueller')).toBe(true);
    expect(wordsMeet('Müller', 'Muller')).toBe(true);
    expect(wordsMeet('Mueller', 'Muller')).toBe(true);
    // Only the deliberately coarse phonetic key may join Müller and Miller; spellings must not.
    const spelling = (n: string) => (tokens(n)[0]?.keys ?? []).filter((k) => !k.startsWith('~'));
    expect(spelling('Müller').some((k) => spelling('Miller').includes(k))).toBe(false);
    expect(spelling('Müller').some((k) => spelling('Mueller').includes(k))).toBe(true);
  });

  it('transliterates letters that are not accented forms', () => {
    expect(foldLatin('straße')).toBe('strasse');
    expect(foldLatin('ærøskøbing')).toBe('aeroskobing');
    expect(foldLatin('đorđević')).toBe('dordevic');
    expect(foldLatinRich('đorđević')).toBe('djordjevich');
    expect(foldLatin('łódź')).toBe('lodz');
    expect(foldLatin('þór')).toBe('thor');
    expect(foldLatin('ıstanbul')).toBe('istanbul');
    expect(foldLatinRich('ščukin')).toBe('shchukin');
    expect(tokens('Strauß')[0]?.form).toBe('strauss');
  });

  it('applies NFKC to full-width forms', () => {
    expect(normaliseText('ＳＡＭＳＵＮＧ　Ｃｏ')).toBe('samsung co');
    expect(tokens('ＡＢＣ Ｔｒａｄｉｎｇ').map((t) => t.form)).toEqual(['abc', 'trading']);
  });

  it('maps Cyrillic and Greek look-alikes inside a Latin word to Latin, and back inside Cyrillic', () => {
    const spoofed = 'M\u0430rtin'; // Cyrillic а
    expect(fixConfusables(spoofed)).toBe('Martin');
    expect(tokens(spoofed)[0]?.form).toBe('martin');
    expect(fixConfusables('\u041fyтин')).toBe('Путин'); // Latin y inside Cyrillic
    expect(fixConfusables('Νike')).toBe('Nike'); // Greek Ν
    // A wholly Cyrillic word is left alone.
    expect(fixConfusables('Москва')).toBe('Москва');
  });

  it('drops bidirectional controls and reads a Persian non-joiner as a hyphen', () => {
    // As the UK list writes Persian names: each wrapped in a right-to-left embedding.
    expect(normaliseText('\u202bمحمد\u202c رضا \u202bمحمدی\u202c')).toBe('محمد رضا محمدی');
    expect(normaliseText('\ufeffAli\u200e')).toBe('ali');
    expect(normaliseText('احمدی\u200cمقدم')).toBe('احمدی-مقدم');
    // Elsewhere a non-joiner stays (Indic scripts use it inside words).
    expect(normaliseText('क\u200cष')).toContain('\u200c');
  });

  it('unifies dashes, apostrophes and spaces', () => {
    expect(normaliseText('O\u2019Brien \u2013 Smith\u00a0Jr')).toBe("o'brien - smith jr");
  });
});
