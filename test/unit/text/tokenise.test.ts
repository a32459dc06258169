import { describe, expect, it } from 'vitest';
import { analyseName } from '../../../src/text/analyse.js';
import { tokenise } from '../../../src/text/tokenise.js';
import { tokens } from './util.js';

describe('tokenise', () => {
  it('splits on punctuation and records hyphens', () => {
    const t = tokenise('kim sang-man, jr.');
    expect(t.map((x) => x.text)).toEqual(['kim', 'sang', 'man', 'jr']);
    expect(t.map((x) => x.sep)).toEqual(['space', 'space', 'hyphen', 'space']);
  });

  it('splits on the danda and on Thai, Myanmar, Khmer and Ethiopic punctuation', () => {
    expect(tokenise('राम।श्याम').map((x) => x.text)).toEqual(['राम', 'श्याम']);
    expect(tokenise('ኢሳያስ፡አፈወርቂ').map((x) => x.text)).toEqual(['ኢሳያስ', 'አፈወርቂ']);
    expect(tokenise('ក។ខ').map((x) => x.text)).toEqual(['ក', 'ខ']);
    expect(tokenise('က၊ခ').map((x) => x.text)).toEqual(['က', 'ခ']);
  });

  it('keeps Indic words whole across joiners and vowel signs', () => {
    const t = tokenise('श्री\u200dराम');
    expect(t).toHaveLength(1);
    expect(t[0]?.script).toBe('Devanagari');
  });

  it('drops apostrophes inside words', () => {
    expect(tokens("O'Brien").map((t) => t.form)).toEqual(['obrien']);
  });

  it('reads numbers and ordinals as digits', () => {
    for (const name of ['110th Brigade', '110. Brigade', 'Brigade No. 110', 'Brigade № 110']) {
      const nums = tokens(name).filter((t) => t.role === 'number');
      expect(nums.map((t) => t.form), name).toEqual(['110']);
    }
    expect(tokens('Brigade No. 110').map((t) => t.form)).toEqual(['brigade', '110']);
  });

  it('marks single letters as initials and splits dotted initials', () => {
    const t = tokens('J.R. Smith');
    expect(t.map((x) => [x.form, x.role])).toEqual([
      ['j', 'initial'],
      ['r', 'initial'],
      ['smith', 'word'],
    ]);
  });

  it('joins dotted legal forms', () => {
    expect(tokens('Acme L.L.C.').map((t) => t.form)).toEqual(['acme', 'llc']);
  });

  it('gives hyphenated names a split and a joined reading', () => {
    const r = analyseName('Kim Sang-man').readings.map((x) => x.map((t) => t.form));
    expect(r).toContainEqual(['kim', 'sang', 'man']);
    expect(r).toContainEqual(['kim', 'sangman']);
  });

  it('splits a word where the script changes', () => {
    expect(tokenise('samsung전자').map((t) => [t.text, t.script])).toEqual([
      ['samsung', 'Latin'],
      ['전자', 'Hangul'],
    ]);
  });
});
