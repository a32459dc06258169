import { describe, expect, it } from 'vitest';
import { countryCode } from '../../../src/model/countries.js';
import { EntityBuilder, nameScript } from '../../../src/sources/assemble.js';

describe('nameScript', () => {
  it('detects the script of a name from its letters', () => {
    expect(nameScript('KIM Sang Man')).toBe('Latin');
    expect(nameScript('Ağa Müller-Lüdenscheidt')).toBe('Latin');
    expect(nameScript('김상만')).toBe('Hangul');
    expect(nameScript('金正日')).toBe('Han');
    expect(nameScript('トヨタ自動車')).toBe('Japanese');
    expect(nameScript('Ким Чен Ын')).toBe('Cyrillic');
    expect(nameScript('صدام حسين التكريتي')).toBe('Arabic');
    expect(nameScript('Ελληνικά')).toBe('Greek');
    expect(nameScript('조선 (DPRK)')).toBe('Hangul');
    expect(nameScript('12345')).toBe('Latin');
  });
});

describe('EntityBuilder', () => {
  it('de-duplicates, resolves countries, and compacts', () => {
    const b = new EntityBuilder('x', '1', 'Person');
    b.name(' Kim  Sang Man ', 'primary');
    b.name('Kim Sang Man', 'primary');
    b.name('김상만', 'original_script');
    b.country('Korea, North', 'nationality');
    b.country('KP', 'nationality');
    b.country('Atlantis', 'residence');
    b.identifier({ type: 'passport', value: '123' });
    b.identifier({ type: 'passport', value: '123', country: 'KP' });
    b.listedOn('2020-05-01');
    b.listedOn('2019-01-01');
    b.listedOn('2021-01-01');
    b.gender('F');
    b.gender('unknown');
    const e = b.build();
    expect(e).toEqual({
      id: 'x:1',
      dataset: 'x',
      sourceId: '1',
      schema: 'Person',
      caption: 'Kim Sang Man',
      names: [
        { full: 'Kim Sang Man', kind: 'primary', script: 'Latin' },
        { full: '김상만', kind: 'original_script', script: 'Hangul' },
      ],
      countries: [
        { code: 'KP', role: 'nationality' },
        { name: 'Atlantis', role: 'residence' },
      ],
      identifiers: [{ type: 'passport', value: '123', country: 'KP' }],
      listedOn: '2019-01-01',
      gender: 'female',
      properties: { gender: ['unknown'] },
    });
    expect(countryCode('United Kingdom of Great Britain and Northern Ireland')).toBe('GB');
  });
});
