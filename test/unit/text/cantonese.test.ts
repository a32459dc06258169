import { describe, expect, it } from 'vitest';
import { cantoneseSpellings, jyutpingToHongKong } from '../../../src/text/cantonese.js';
import { expectAlert, expectClear } from './util.js';

describe('Cantonese readings in Hong Kong spellings', () => {
  it('spells jyutping syllables as Hong Kong passports do', () => {
    expect(jyutpingToHongKong('zoeng1')[0]).toBe('cheung');
    expect(jyutpingToHongKong('loeng4')[0]).toBe('leung');
    expect(jyutpingToHongKong('ziu6')[0]).toBe('chiu');
    expect(jyutpingToHongKong('gwok3')[0]).toBe('kwok');
    expect(jyutpingToHongKong('heoi2')[0]).toBe('hui');
    expect(jyutpingToHongKong('jyun4')[0]).toBe('yuen');
    expect(jyutpingToHongKong('jyut6')[0]).toBe('yuet');
    expect(jyutpingToHongKong('ng4')).toEqual(['ng']);
    expect(jyutpingToHongKong('pun1')).toContain('poon');
    expect(jyutpingToHongKong('zi3')).toEqual(['chi', 'tsz']);
    expect(jyutpingToHongKong('si1')[0]).toBe('sze');
    expect(jyutpingToHongKong('xyz')).toEqual([]);
  });

  it('reads characters through the dictionary, polyphones by their usual readings', () => {
    expect(cantoneseSpellings('詠')).toContain('wing');
    // 區 is keoi1 as a word and Au as a surname: both readings are kept.
    expect(cantoneseSpellings('區')).toContain('au');
    expect(cantoneseSpellings('a')).toEqual([]);
  });

  it('matches Hong Kong names written in characters with their listed spellings', () => {
    expectAlert([
      ['趙詠蘭', 'Margaret Wing Lan CHIU'],
      ['區志光', 'Sonny Chi Kwong Au'],
      ['王忠巡', 'Dick Chung Chun WONG'],
      ['容耀華', 'Yiu Wa Yung'],
      // The Mandarin reading still counts.
      ['趙詠蘭', 'Zhao Yonglan'],
    ]);
  });

  it('does not take another given name for the same one', () => {
    expectClear([['趙詠蘭', 'Chiu Wing Kwong']]);
  });
});
