import { describe, expect, it } from 'vitest';
import { burmeseSyllables, burmeseToLatin } from '../../../src/text/burmese.js';
import { khmerSpellings, khmerToLatin } from '../../../src/text/khmer.js';

describe('Burmese', () => {
  it.each([
    ['မင်းအောင်လှိုင်', 'min aung hlaing'],
    ['အောင်ဆန်းစုကြည်', 'aung san su kyi'],
    ['သန်းရွှေ', 'than shwe'],
    ['သိန်းစိန်', 'thein sein'],
    ['နေဝင်း', 'ne win'],
    ['ကျော်', 'kyaw'],
    ['ဖြိုး', 'phyo'],
    ['ထွန်း', 'htun'],
    ['မန္တလေး', 'man ta le'],
  ])('%s -> %s', (word, latin) => {
    expect(burmeseToLatin(word)).toBe(latin);
  });

  it('writes a creaky nasal as -nt (Myint, Thant) and ဦး as U before a name, Oo inside it', () => {
    expect(burmeseToLatin('မြင့်')).toBe('myint');
    expect(burmeseToLatin('ဦးသန့်')).toBe('u thant');
    expect(burmeseToLatin('မြထွန်းဦး')).toBe('mya htun oo');
  });

  it('offers the other spellings of each syllable', () => {
    const [htun] = burmeseSyllables('ထွန်း');
    expect(htun).toContain('tun');
    const [, san] = burmeseSyllables('အောင်ဆန်း');
    expect(san).toContain('hsan');
  });
});

describe('Khmer', () => {
  it.each([
    ['ហ៊ុន', 'hun'],
    ['ប៉ុល', 'pol'],
    ['ពត', 'pot'],
    ['សម', 'sam'],
    ['ស្រី', 'srei'],
    ['ភ្នំពេញ', 'phnompenh'],
  ])('%s -> %s', (word, latin) => {
    expect(khmerToLatin(word)).toBe(latin);
  });

  it('gives vowels their value by the series of the consonant', () => {
    expect(khmerSpellings('សែន')).toEqual(['saen', 'sen']);
    expect(khmerSpellings('ម៉ាណែត')).toContain('manet');
    expect(khmerSpellings('កម្ពុជា')).toContain('kampuchea');
  });
});
