import { describe, expect, it } from 'vitest';
import { phoneticKey } from '../../../src/text/phonetic.js';

describe('phoneticKey', () => {
  it('merges romanisation variants', () => {
    const same = [
      ['dongyun', 'tongyun'],
      ['chunho', 'joonho'],
      ['cheolmin', 'chulmeen'],
      ['kwang', 'gwang'],
      ['hyuk', 'hyeok'],
      ['stephen', 'steven'],
      ['thomas', 'tomas'],
      ['mohammed', 'muhammad'],
      ['schtschukin', 'shchukin'],
    ];
    for (const [a, b] of same) expect(phoneticKey(a as string), `${a}/${b}`).toBe(phoneticKey(b as string));
  });

  it('keeps unrelated names apart', () => {
    const different = [
      ['kim', 'park'],
      ['smith', 'jones'],
      ['mimi', 'mi'],
      ['ahmed', 'hamed'],
      ['eun', 'kim'],
    ];
    for (const [a, b] of different) expect(phoneticKey(a as string), `${a}/${b}`).not.toBe(phoneticKey(b as string));
  });

  it('marks a leading vowel and keeps a leading h', () => {
    expect(phoneticKey('eun')).toBe('AN');
    expect(phoneticKey('un')).toBe('AN');
    expect(phoneticKey('hwang')).toBe('HNK');
    expect(phoneticKey('')).toBe('');
  });
});
