import { describe, expect, it } from 'vitest';
import { analyseName } from '../../../src/text/analyse.js';
import { romaniseSyllable } from '../../../src/text/korean.js';
import { nameScore, namesMeet, wordsMeet } from './util.js';

describe('Hangul romanisation', () => {
  it('decomposes syllables and spells them in RR, MR and real-world style', () => {
    expect(romaniseSyllable('철')).toEqual({ rr: 'cheol', mr: 'chol', popular: 'chul', dprk: 'chol' });
    expect(romaniseSyllable('동')).toEqual({ rr: 'dong', mr: 'tong', popular: 'dong', dprk: 'dong' });
    expect(romaniseSyllable('혁')).toEqual({ rr: 'hyeok', mr: 'hyok', popular: 'hyuk', dprk: 'hyok' });
    expect(romaniseSyllable('영')?.popular).toBe('young');
    expect(romaniseSyllable('수')?.popular).toBe('soo');
    expect(romaniseSyllable('a')).toBeNull();
  });

  it('spells given names as the DPRK does on its designations (Kim Jong Un, Jang Song Thaek, Ri Il Gwang)', () => {
    expect(romaniseSyllable('정')?.dprk).toBe('jong');
    expect(romaniseSyllable('택')?.dprk).toBe('thaek');
    const s = (a: string, b: string) => nameScore(a, b, 'Person');
    // 0.82 each when jong, thaek and gwang were only sound-alikes of jung, taek and kwang.
    expect(s('김정은', 'Kim Jong Un')).toBeGreaterThan(0.9);
    expect(s('장성택', 'Jang Song Thaek')).toBeGreaterThan(0.9);
    expect(s('리일광', 'Ri Il Gwang')).toBeGreaterThan(0.9);
  });

  it('analyses 김상만 so that it meets Kim Sang Man, Kim Sang-man and Kim Sangman', () => {
    for (const latin of ['Kim Sang Man', 'Kim Sang-man', 'Kim Sangman', 'Gim Sangman']) expect(namesMeet('김상만', latin), latin).toBe(true);
    expect(namesMeet('김상만', 'Kim Sang Chul')).toBe(false);
    expect(namesMeet('김상만', 'Park Sang Man')).toBe(false);
  });

  it('marks the syllables of a split given name, and hyphenated parts, as bound to the one before', () => {
    const split = analyseName('김진희').readings.find((r) => r.length === 3)!;
    expect(split.map((t) => t.bound === true)).toEqual([false, false, true]);
    expect(analyseName('Kim Hee-jin').readings[0]!.map((t) => t.bound === true)).toEqual([false, false, true]);
    expect(analyseName('Kim Hee Jin').readings[0]!.some((t) => t.bound)).toBe(false);
  });

  it('gives RR-ish and real-world readings', () => {
    const forms = analyseName('이승철').readings.map((r) => r.map((t) => t.form).join(' '));
    expect(forms).toContain('lee seungchul');
    expect(forms).toContain('lee seung chul');
    expect(forms).toContain('i seungcheol');
  });

  it('joins the real-world spellings of surnames', () => {
    const pairs = [
      ['Kim', 'Gim'],
      ['Lee', 'Yi'],
      ['Lee', 'Ri'],
      ['Lee', 'Rhee'],
      ['Yi', 'Li'],
      ['Park', 'Pak'],
      ['Park', 'Bak'],
      ['Choi', 'Choe'],
      ['Jung', 'Jeong'],
      ['Jung', 'Chung'],
      ['Jeong', 'Jong'],
      ['Chung', 'Chong'],
      ['Ryu', 'Yoo'],
      ['Lim', 'Im'],
      ['Noh', 'Roh'],
      ['Sunwoo', 'Sonu'],
    ];
    for (const [a, b] of pairs) expect(wordsMeet(a as string, b as string), `${a}/${b}`).toBe(true);
    expect(wordsMeet('Kim', 'Park')).toBe(false);
    expect(wordsMeet('Lee', 'Park')).toBe(false);
  });

  it('meets the Hangul surname from any real spelling', () => {
    for (const latin of ['Lee', 'Yi', 'Ri', 'Rhee']) expect(namesMeet('이승철', `${latin} Seung-cheol`), latin).toBe(true);
    for (const latin of ['Ri Yong Ho', 'Lee Yong-ho', 'Yi Yongho']) expect(namesMeet('리용호', latin), latin).toBe(true);
    expect(namesMeet('박원순', 'Park Won-soon')).toBe(true);
    expect(namesMeet('박원순', 'Pak Won Sun')).toBe(true);
    expect(namesMeet('최룡해', 'Choe Ryong Hae')).toBe(true);
  });

  it('joins given-name syllable variants (Dong/Tong, Sung/Song, Jin/Chin)', () => {
    expect(namesMeet('Kang Dong-yun', 'Kang Tong-yun')).toBe(true);
    expect(namesMeet('Kim Sung-il', 'Kim Song-il')).toBe(true);
    expect(namesMeet('Park Jin-woo', 'Pak Chin-u')).toBe(true);
    expect(namesMeet('Choe Chol-hyok', 'Choi Cheol-hyeok')).toBe(true);
  });

  it('keeps syllables that are English function words as name parts in person names', () => {
    const t = analyseName('Kwon Tae-an', { schema: 'Person' }).readings;
    expect(t[0]?.map((x) => x.role)).toEqual(['word', 'word', 'word']);
    expect(t[1]?.map((x) => x.form)).toEqual(['kwon', 'taean']);
    expect(namesMeet('Kim Do-hoon', 'Kim Dohoon')).toBe(true);
  });

  it('handles compound surnames', () => {
    const r = analyseName('남궁민수').readings[0];
    expect(r?.map((t) => t.form)).toEqual(['namgung', 'minsoo']);
    expect(namesMeet('남궁민수', 'Namkung Min-su')).toBe(true);
  });
});
