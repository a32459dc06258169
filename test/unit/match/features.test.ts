import { describe, expect, it } from 'vitest';
import { compareBirthDate, compareCountries, genderConflict, schemasCompatible } from '../../../src/match/features.js';

describe('birth date', () => {
  it('recognises exact, month and year agreement at common precision', () => {
    expect(compareBirthDate('1965-04-25', [{ date: '1965-04-25' }])?.kind).toBe('exact');
    expect(compareBirthDate('1965-04-25', [{ date: '1965-04' }])?.kind).toBe('month');
    expect(compareBirthDate('1965', [{ date: '1965-04-25' }])?.kind).toBe('year');
  });
  it('accepts a date within a listed range', () => {
    expect(compareBirthDate('1965-04-25', [{ from: '1963', to: '1966' }])?.kind).toBe('range');
    expect(compareBirthDate('1970', [{ from: '1963', to: '1966' }])?.kind).toBe('conflict');
  });
  it('prefers any agreement over conflicts among alternative listed dates', () => {
    expect(compareBirthDate('1965-04-25', [{ date: '1964' }, { date: '1965-04-25' }])?.kind).toBe('exact');
    expect(compareBirthDate('1971-01-01', [{ date: '1965-04-25' }])?.kind).toBe('conflict');
  });
  it('says nothing when either side has no date', () => {
    expect(compareBirthDate(undefined, [{ date: '1965' }])).toBeNull();
    expect(compareBirthDate('1965', [])).toBeNull();
  });
});

describe('countries, gender, schema', () => {
  it('matches and conflicts on country codes', () => {
    expect(compareCountries(['kp'], [{ code: 'KP', role: 'nationality' }])?.kind).toBe('match');
    expect(compareCountries(['RU'], [{ code: 'KP', role: 'nationality' }])?.kind).toBe('conflict');
    expect(compareCountries(['RU'], [{ name: 'somewhere', role: 'nationality' }])).toBeNull();
  });
  it('reports a gender conflict only when both are known', () => {
    expect(genderConflict('male', 'female')).toMatch(/male vs listed female/);
    expect(genderConflict('male', undefined)).toBeNull();
  });
  it('keeps persons, vessels and organisations apart but organisation kinds together', () => {
    expect(schemasCompatible('Person', 'Vessel')).toBe(false);
    expect(schemasCompatible('Person', 'Company')).toBe(false);
    expect(schemasCompatible('Company', 'Organization')).toBe(true);
    expect(schemasCompatible('LegalEntity', 'Company')).toBe(true);
    expect(schemasCompatible(undefined, 'Vessel')).toBe(true);
  });
});
