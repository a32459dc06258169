import { describe, expect, it } from 'vitest';
import { parseRemarks, splitIdValue } from '../../../src/sources/ofac-remarks.js';
import { labelMeaning } from '../../../src/sources/ofac-ids.js';

describe('OFAC remarks', () => {
  it('parses a person remark (KIM Sang Man, SDN CSV 2023)', () => {
    const f = parseRemarks(
      'DOB 25 Apr 1965; POB North Pyongan Province, North Korea; nationality Korea, North; Gender Male; ' +
        'Digital Currency Address - XBT 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ; alt. Digital Currency Address - XBT 1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z; ' +
        'Digital Currency Address - ETH 0x97b1043abd9e6fc31681635166d430a458d14f9c; ' +
        'Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; ' +
        'Digital Currency Address - USDT 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40; ' +
        'Passport 109420132 (Korea, North) issued 16 Oct 2019 expires 16 Oct 2024; alt. Passport 827220538 (Korea, North).',
    );
    expect(f.birthDates).toEqual([{ date: '1965-04-25' }]);
    expect(f.birthPlaces).toEqual(['North Pyongan Province, North Korea']);
    expect(f.countries).toEqual([
      { code: 'KP', role: 'birth' },
      { text: 'Korea, North', role: 'nationality' },
    ]);
    expect(f.gender).toBe('male');
    expect(f.identifiers).toEqual([
      { type: 'crypto', value: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ', label: 'Digital Currency Address - XBT', asset: 'XBT' },
      { type: 'crypto', value: '1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z', label: 'Digital Currency Address - XBT', asset: 'XBT' },
      { type: 'crypto', value: '0x97b1043abd9e6fc31681635166d430a458d14f9c', label: 'Digital Currency Address - ETH', asset: 'ETH' },
      { type: 'crypto', value: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40', label: 'Digital Currency Address - USDT', asset: 'USDT' },
      { type: 'passport', value: '109420132', label: 'Passport', country: 'KP', issued: '2019-10-16', expires: '2024-10-16' },
      { type: 'passport', value: '827220538', label: 'Passport', country: 'KP' },
    ]);
    expect(f.properties).toEqual([['Secondary sanctions risk', 'North Korea Sanctions Regulations, sections 510.201 and 510.210']]);
    expect(f.rest).toBeUndefined();
  });

  it('reads circa dates, ranges, months and several DOBs', () => {
    const f = parseRemarks('DOB circa 1951; alt. DOB 1960 to 1962; alt. DOB Mar 1945; alt. DOB 1970.');
    expect(f.birthDates).toEqual([{ date: '1951', approximate: true }, { from: '1960', to: '1962' }, { date: '1945-03' }, { date: '1970' }]);
  });

  it('turns quoted a.k.a.s into weak aliases and keeps Linked To as a remark', () => {
    const f = parseRemarks("a.k.a. 'BNC'; f.k.a. 'ANA I'; Linked To: KPD S.A.");
    expect(f.aliases).toEqual([
      { full: 'BNC', kind: 'weak', script: 'Latin' },
      { full: 'ANA I', kind: 'weak', script: 'Latin' },
    ]);
    expect(f.linkedTo).toEqual(['KPD S.A.']);
    expect(f.rest).toBe('Linked To: KPD S.A.');
  });

  it('reads vessel, company and contact identifiers', () => {
    const f = parseRemarks(
      'Vessel Registration Identification IMO 7406784; MMSI 572469210; Company Number IMO 5055293; SWIFT/BIC HAVIGB2L; ' +
        'Website http://waatasemu.org.ly; Email Address 3507656950@qq.com; Phone Number 982188526300; Telephone: 0097282851500; ' +
        'Registration Number HRA 738077 (Stuttgart) (Germany); Tax ID No. 7707083893 (Russia); Legal Entity Number 253400V1H6ART1UQ0N98 (Russia); ' +
        "Aircraft Manufacturer's Serial Number (MSN) 1023409321; Aircraft Tail Number EP-MMH; Organization Established Date 1969; Target Type Financial Institution.",
    );
    expect(f.identifiers.map((i) => [i.type, i.value, i.country])).toEqual([
      ['imo', '7406784', undefined],
      ['mmsi', '572469210', undefined],
      ['imo', '5055293', undefined],
      ['bic', 'HAVIGB2L', undefined],
      ['website', 'http://waatasemu.org.ly', undefined],
      ['email', '3507656950@qq.com', undefined],
      ['phone', '982188526300', undefined],
      ['phone', '0097282851500', undefined],
      ['registration', 'HRA 738077 (Stuttgart)', 'DE'],
      ['tax_id', '7707083893', 'RU'],
      ['lei', '253400V1H6ART1UQ0N98', 'RU'],
      ['aircraft_serial', '1023409321', undefined],
      ['aircraft_tail', 'EP-MMH', undefined],
    ]);
    expect(f.properties).toEqual([
      ['Organization Established Date', '1969'],
      ['Target Type', 'Financial Institution'],
    ]);
  });

  it('keeps prose it does not understand, and does not take prose for an identifier', () => {
    const f = parseRemarks('Member of the State Duma of the Federal Assembly of the Russian Federation; Passport and National ID were issued in Ulm, Germany.');
    expect(f.identifiers).toEqual([]);
    expect(f.rest).toBe('Member of the State Duma of the Federal Assembly of the Russian Federation; Passport and National ID were issued in Ulm, Germany.');
  });

  it('falls back to other_id for unknown "... No." labels and keeps unresolvable countries in a note', () => {
    const f = parseRemarks('SRE Permit No. 1909004 (Mexico); National ID No. 16128971 (Atlantis).');
    expect(f.identifiers).toEqual([
      { type: 'other_id', value: '1909004', label: 'SRE Permit No.', country: 'MX' },
      { type: 'national_id', value: '16128971', label: 'National ID No.', note: 'Atlantis' },
    ]);
  });

  it('splits id values', () => {
    expect(splitIdValue('109420132 (Korea, North) issued 16 Oct 2019 expires 16 Oct 2024')).toEqual({
      value: '109420132',
      country: 'Korea, North',
      issued: '16 Oct 2019',
      expires: '16 Oct 2024',
    });
    expect(splitIdValue('(357)(22660766)')).toEqual({ value: '(357)(22660766)' });
  });

  it('classifies labels', () => {
    expect(labelMeaning('Digital Currency Address - ETH')).toEqual({ kind: 'identifier', type: 'crypto', asset: 'ETH' });
    expect(labelMeaning('Nationality of Registration')).toEqual({ kind: 'country', role: 'jurisdiction' });
    expect(labelMeaning('Secondary sanctions risk:')).toEqual({ kind: 'property', key: 'Secondary sanctions risk' });
    expect(labelMeaning('Unified Social Credit Code (USCC)')).toEqual({ kind: 'identifier', type: 'registration' });
    expect(labelMeaning('Chinese Commercial Code')).toEqual({ kind: 'property', key: 'Chinese Commercial Code' });
    expect(labelMeaning("Driver's License No.")).toEqual({ kind: 'identifier', type: 'other_id' });
  });
});
