import { describe, expect, it } from 'vitest';
import { countryCode, countryOrDemonym } from '../../src/model/countries.js';
import { entityId, parseEntityId } from '../../src/model/entity.js';
import { parseDate, parsePartialDate } from '../../src/sources/dates.js';

describe('entity ids', () => {
  it('joins and splits dataset and source id', () => {
    expect(entityId('un_sc_sanctions', 'KPi.066')).toBe('un_sc_sanctions:KPi.066');
    expect(parseEntityId('us_ofac_sdn:43377')).toEqual({ dataset: 'us_ofac_sdn', sourceId: '43377' });
    expect(() => parseEntityId('43377')).toThrow(/invalid entity id/);
  });
});

describe('countryCode', () => {
  it('resolves the spellings the lists use', () => {
    expect(countryCode('Korea, North')).toBe('KP');
    expect(countryCode("Democratic People's Republic of Korea")).toBe('KP');
    expect(countryCode('Russia')).toBe('RU');
    expect(countryCode('Burma')).toBe('MM');
    expect(countryCode('kp')).toBe('KP');
    expect(countryCode('PRK')).toBe('KP');
    expect(countryCode('Atlantis')).toBeUndefined();
  });
  it('resolves the long official forms (UN, EU) and OFAC spellings the ISO names lack', () => {
    expect(countryCode('United Kingdom of Great Britain and Northern Ireland')).toBe('GB');
    expect(countryCode('China, Hong Kong Special Administrative Region')).toBe('HK');
    expect(countryCode('Hong Kong Special Administrative Region of China')).toBe('HK');
    expect(countryCode('China, Macao Special Administrative Region')).toBe('MO');
    expect(countryCode('British Virgin Islands')).toBe('VG');
    expect(countryCode('Sint Maarten')).toBe('SX');
    expect(countryCode('St. Vincent and Grenadines')).toBe('VC');
  });
});

describe('countryOrDemonym', () => {
  it('resolves nationality words as well as country names', () => {
    expect(countryOrDemonym('Iranian')).toBe('IR');
    expect(countryOrDemonym('North Korean')).toBe('KP');
    expect(countryOrDemonym('Russian national')).toBe('RU');
    expect(countryOrDemonym('Korea, North')).toBe('KP');
    expect(countryOrDemonym('Martian')).toBeUndefined();
  });
  it('keeps nationality words out of countryCode, which also reads places and addresses', () => {
    expect(countryCode('Iranian')).toBeUndefined();
  });
});

describe('dates', () => {
  it('parses the list date forms', () => {
    expect(parseDate('25 Apr 1965')).toBe('1965-04-25');
    expect(parseDate('04/25/1965', 'mdy')).toBe('1965-04-25');
    expect(parseDate('25/04/1965', 'dmy')).toBe('1965-04-25');
    expect(parseDate('00/00/1965', 'dmy')).toBe('1965');
    expect(parseDate('Apr 1965')).toBe('1965-04');
    expect(parseDate('1965')).toBe('1965');
    expect(parseDate('31 Feb 1965')).toBeUndefined();
  });
  it('parses approximate dates and ranges, keeping text it cannot read', () => {
    expect(parsePartialDate('circa 1960')).toEqual({ date: '1960', approximate: true });
    expect(parsePartialDate('1960 to 1962')).toEqual({ from: '1960', to: '1962' });
    expect(parsePartialDate('between 1960 and 1962')).toEqual({ from: '1960', to: '1962' });
    expect(parsePartialDate('in the 1960s')).toEqual({ text: 'in the 1960s' });
    expect(parsePartialDate('-0-')).toBeUndefined();
  });
});
