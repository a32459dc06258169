import { describe, expect, it } from 'vitest';
import { cantoneseSpellings, jyutpingToHongKong } from '../../../src/text/cantonese.js';
import { DEFAULT_THRESHOLD } from '../../../src/match/algorithm.js';
import { nameScore } from './util.js';

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
    expect(nameScore('趙詠蘭', 'Margaret Wing Lan CHIU')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(nameScore('區志光', 'Sonny Chi Kwong Au')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(nameScore('王忠巡', 'Dick Chung Chun WONG')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(nameScore('容耀華', 'Yiu Wa Yung')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    // The Mandarin reading still counts.
    expect(nameScore('趙詠蘭', 'Zhao Yonglan')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('does not take another given name for the same one', () => {
    expect(nameScore('趙詠蘭', 'Chiu Wing Kwong')).toBeLessThan(DEFAULT_THRESHOLD);
  });
});
