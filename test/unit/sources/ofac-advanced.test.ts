import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import { sourceFileFromBuffer } from '../../../src/ingest/files.js';
import { MAX_FIELD_LENGTH, type SourceError } from '../../../src/sources/errors.js';
import { datasets, formats, ofacAdvancedFormat } from '../../../src/sources/ofac-advanced.js';
import { countryFromText, documentType, isNoCountry } from '../../../src/sources/ofac-advanced/catalogs.js';
import { snakeCase } from '../../../src/sources/ofac-advanced/entries.js';
import { scriptOf } from '../../../src/sources/ofac-advanced/reference.js';
import { expectSourceError as expectParseError } from '../../helpers/bad-input.js';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = readFileSync(join(here, '..', '..', 'fixtures', 'ofac-advanced', 'sdn_advanced.xml'), 'utf8');

async function parse(name: string, data: string | Buffer): Promise<{ entities: Entity[]; published?: string; warnings: string[] }> {
  const files = [sourceFileFromBuffer(name, data)];
  const entities: Entity[] = [];
  const warnings: string[] = [];
  let published: string | undefined;
  const ctx = { dataset: ofacAdvancedFormat.defaultDataset(files), files, setPublished: (d: string) => (published = d), warn: (w: string) => warnings.push(w) };
  for await (const e of ofacAdvancedFormat.parse(ctx)) entities.push(e);
  return { entities, published, warnings };
}

const byId = (entities: Entity[], id: string): Entity => {
  const e = entities.find((x) => x.id === id);
  if (!e) throw new Error(`${id} not parsed`);
  return e;
};

describe('OFAC advanced XML: the hand-written fixture', () => {
  it('reads every party with the publication date', async () => {
    const { entities, published, warnings } = await parse('sdn_advanced.xml', FIXTURE);
    expect(entities.map((e) => e.id)).toEqual(['us_ofac_sdn:1001', 'us_ofac_sdn:1002', 'us_ofac_sdn:1003']);
    expect(published).toBe('2025-03-07');
    expect(warnings).toEqual([]);
  });

  it('maps a person: names in two scripts with parts, dates, places, countries, documents, programs', async () => {
    const { entities } = await parse('sdn_advanced.xml', FIXTURE);
    const ivanov = byId(entities, 'us_ofac_sdn:1001');
    expect(ivanov.schema).toBe('Person');
    expect(ivanov.caption).toBe('Ivan Petrovich IVANOV');
    expect(ivanov.names).toEqual([
      { full: 'Ivan Petrovich IVANOV', kind: 'primary', script: 'Latin', parts: { family: 'IVANOV', given: 'Ivan', patronymic: 'Petrovich' } },
      { full: 'Иван Петрович ИВАНОВ', kind: 'original_script', script: 'Cyrillic', parts: { family: 'ИВАНОВ', given: 'Иван', patronymic: 'Петрович' } },
      { full: 'Vanya', kind: 'weak', script: 'Latin', parts: { given: 'Vanya' } },
    ]);
    // 1960-01-01 .. 1962-12-31 is the range "1960 to 1962"; an approximate whole year is "circa 1958".
    expect(ivanov.birthDates).toEqual([{ from: '1960', to: '1962' }, { date: '1958', approximate: true }]);
    expect(ivanov.remarks).toEqual(['Birthdate circa 1958: Alternate birthdate']);
    expect(ivanov.birthPlaces).toEqual(['Tula, Russia']);
    expect(ivanov.gender).toBe('male');
    expect(ivanov.countries).toEqual([
      { code: 'RU', name: 'Russia', role: 'birth' },
      { code: 'RU', name: 'Russia', role: 'nationality' },
      { code: 'RU', name: 'Russia', role: 'location' },
    ]);
    expect(ivanov.addresses).toEqual([
      { full: 'Tverskaya 1, Moscow, Russia', street: 'Tverskaya 1', city: 'Moscow', country: 'RU' },
      { full: 'Tverskaya 1, Москва, Russia', street: 'Tverskaya 1', city: 'Москва', country: 'RU' },
    ]);
    expect(ivanov.identifiers).toEqual([
      { type: 'passport', value: '720000001', label: 'Passport', country: 'RU', issued: '2015-06-02' },
      { type: 'passport', value: 'G0000002', label: 'Passport', country: 'MX', note: 'fraudulent' },
      { type: 'crypto', value: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96', asset: 'ETH', label: 'Digital Currency Address - ETH' },
    ]);
    expect(ivanov.programs).toEqual(['RUSSIA-EO14024', 'UKRAINE-EO13661']);
    // Two entry events: the listing date is the earlier one.
    expect(ivanov.listedOn).toBe('2014-03-20');
    expect(ivanov.properties).toEqual({ List: ['SDN List'], 'Legal Basis': ['Executive Order 14024 (Russia)'], 'Sanctions Measure': ['Block'] });
    expect(ivanov.sourceUrl).toBe('https://sanctionssearch.ofac.treas.gov/Details.aspx?id=1001');
  });

  it('maps an organisation with a former name, a party comment and a tax ID', async () => {
    const { entities } = await parse('sdn_advanced.xml', FIXTURE);
    const org = byId(entities, 'us_ofac_sdn:1002');
    expect(org.schema).toBe('Organization');
    expect(org.names).toEqual([
      { full: 'ROGA I KOPYTA LLC', kind: 'primary', script: 'Latin' },
      { full: 'HORNS AND HOOVES LTD', kind: 'fka', script: 'Latin' },
    ]);
    expect(org.identifiers).toEqual([{ type: 'tax_id', value: '7700000001', label: 'Tax ID No.', country: 'RU', note: 'issuing authority: Federal Tax Service' }]);
    expect(org.remarks).toEqual(['all offices worldwide']);
    expect(org.listedOn).toBe('2023-01-09');
    expect(org.relationships).toBeUndefined();
  });

  it('maps a vessel: IMO, flag, a flag OFAC marks false, type, a relationship', async () => {
    const { entities } = await parse('sdn_advanced.xml', FIXTURE);
    const vessel = byId(entities, 'us_ofac_sdn:1003');
    expect(vessel.schema).toBe('Vessel');
    expect(vessel.caption).toBe('SEA BREEZE');
    expect(vessel.identifiers).toEqual([{ type: 'imo', value: '9187629', label: 'Vessel Registration Identification' }]);
    expect(vessel.countries).toEqual([{ code: 'PA', name: 'Panama', role: 'flag' }]);
    expect(vessel.properties).toEqual({ 'Vessel Flag (reliability: False)': ['Guyana'], 'VESSEL TYPE': ['Tanker'], 'Vessel Year of Build': ['1999'] });
    expect(vessel.relationships).toEqual([{ target: 'us_ofac_sdn:1002', type: 'owned_or_controlled_by', label: 'Owned or Controlled By' }]);
    // No sanctions entry for this profile in the fixture: nothing is invented.
    expect(vessel.programs).toBeUndefined();
    expect(vessel.listedOn).toBeUndefined();
  });

  it('names the dataset after the file: cons_advanced.xml is the consolidated list', async () => {
    const { entities } = await parse('cons_advanced.xml', FIXTURE);
    expect(entities[0]?.id).toBe('us_ofac_cons:1001');
    expect(entities[2]?.relationships?.[0]?.target).toBe('us_ofac_cons:1002');
  });

  it('stops both passes when the consumer stops early', async () => {
    const opened: Readable[] = [];
    const file = {
      name: 'sdn_advanced.xml',
      baseName: 'sdn_advanced.xml',
      open: async () => {
        // Small chunks, so that the head is still mid-file when the consumer stops.
        const bytes = Buffer.from(FIXTURE);
        const chunks: Buffer[] = [];
        for (let i = 0; i < bytes.length; i += 100) chunks.push(bytes.subarray(i, i + 100));
        const s = Readable.from(chunks);
        opened.push(s);
        return s;
      },
    };
    for await (const e of ofacAdvancedFormat.parse({ dataset: 'us_ofac_sdn', files: [file], setPublished: () => {}, warn: () => {} })) {
      expect(e.id).toBe('us_ofac_sdn:1001');
      break;
    }
    await new Promise((r) => setImmediate(r));
    expect(opened).toHaveLength(2);
    expect(opened.every((s) => s.destroyed)).toBe(true);
  });

  it('finds the split point even when it straddles two chunks', async () => {
    const at = FIXTURE.indexOf('</DistinctParties>') + 7;
    const parts = [Buffer.from(FIXTURE.slice(0, at)), Buffer.from(FIXTURE.slice(at))];
    const file = { name: 'split.xml', baseName: 'sdn_advanced.xml', open: async () => Readable.from(parts) };
    const entities: Entity[] = [];
    for await (const e of ofacAdvancedFormat.parse({ dataset: 'us_ofac_sdn', files: [file], setPublished: () => {}, warn: () => {} })) entities.push(e);
    expect(entities.map((e) => e.programs ?? [])).toEqual([['RUSSIA-EO14024', 'UKRAINE-EO13661'], ['RUSSIA-EO14024'], []]);
    expect(entities[2]?.relationships).toHaveLength(1);
  });
});

describe('OFAC advanced XML: bad input', () => {
  const expectSourceError = (name: string, data: string | Buffer, message: RegExp): Promise<SourceError> => expectParseError(parse(name, data), message);

  it('rejects a file truncated among the parties, naming the file', async () => {
    const cut = FIXTURE.slice(0, FIXTURE.indexOf('<DistinctParty FixedRef="1002">') + 40);
    const err = await expectSourceError('sdn_advanced.xml', cut, /^sdn_advanced\.xml(:line \d+)?: .*/);
    expect(err.file).toBe('sdn_advanced.xml');
  });

  it('rejects a file truncated in the trailing sections, with the line in the original file', async () => {
    const cut = FIXTURE.slice(0, FIXTURE.indexOf('<SanctionsMeasure ID="4"'));
    const err = await expectSourceError('sdn_advanced.xml', cut, /malformed XML|unclosed|end/i);
    const lastLine = cut.split('\n').length;
    expect(err.position).toBe(`line ${lastLine}`);
  });

  it('rejects a wrong root element', async () => {
    await expectSourceError('sdn_advanced.xml', '<?xml version="1.0"?>\n<sdnList><sdnEntry/></sdnList>\n', /unexpected root element <sdnList>/);
  });

  it('rejects an empty file', async () => {
    await expectSourceError('sdn_advanced.xml', '', /file is empty/);
  });

  it('rejects a DOCTYPE with entities before any entity is produced', async () => {
    const evil = FIXTURE.replace('<Sanctions ', '<!DOCTYPE Sanctions [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;">]>\n<Sanctions ').replace('SEA BREEZE', '&y;');
    await expectSourceError('sdn_advanced.xml', evil, /DOCTYPE/);
  });

  it('rejects an over-long field', async () => {
    const long = FIXTURE.replace('SEA BREEZE', 'A'.repeat(MAX_FIELD_LENGTH + 1));
    await expectSourceError('sdn_advanced.xml', long, /exceeds/);
  });

  it('rejects invalid UTF-8 with the line', async () => {
    const at = FIXTURE.indexOf('ROGA');
    const bytes = Buffer.concat([Buffer.from(FIXTURE.slice(0, at)), Buffer.from([0xc3, 0x28]), Buffer.from(FIXTURE.slice(at))]);
    await expectSourceError('sdn_advanced.xml', bytes, /invalid UTF-8/);
  });

  it('rejects a well-formed file without the advanced sections', async () => {
    await expectSourceError('sdn_advanced.xml', '<?xml version="1.0"?>\n<Sanctions><DistinctParties></DistinctParties></Sanctions>\n', /ReferenceValueSets/);
  });
});

describe('OFAC advanced XML: helpers and registration', () => {
  it('types identity documents by their OFAC name', () => {
    expect(documentType('Passport', 'X1')).toBe('passport');
    expect(documentType('Diplomatic Passport', 'X1')).toBe('passport');
    expect(documentType('National ID No.', '1')).toBe('national_id');
    expect(documentType('Cedula No.', '1')).toBe('national_id');
    expect(documentType('Identification Number', '1')).toBe('national_id');
    expect(documentType('Tax ID No.', '1')).toBe('tax_id');
    expect(documentType('R.F.C.', '1')).toBe('tax_id');
    expect(documentType('NIT #', '1')).toBe('tax_id');
    expect(documentType('C.U.I.T.', '1')).toBe('tax_id');
    expect(documentType('Registration ID', '1')).toBe('registration');
    expect(documentType('Business Registration Document #', '1')).toBe('registration');
    expect(documentType('Unified Social Credit Code (USCC)', '1')).toBe('registration');
    expect(documentType('Electoral Registry No.', '1')).toBe('other_id');
    expect(documentType("Driver's License No.", '1')).toBe('other_id');
    expect(documentType('MMSI', '1')).toBe('mmsi');
    expect(documentType('Vessel Registration Identification', 'IMO 9187629')).toBe('imo');
    expect(documentType('Vessel Registration Identification', 'RS 123456')).toBe('other_id');
    expect(documentType('Aircraft Serial Identification', '1')).toBe('aircraft_serial');
  });

  it("resolves OFAC's country spellings and recognises non-countries", () => {
    expect(countryFromText('St. Kitts & Nevis')).toEqual({ code: 'KN', name: 'St. Kitts & Nevis' });
    expect(countryFromText('Region: Gaza')).toEqual({ code: 'PS', name: 'Region: Gaza' });
    expect(countryFromText('Palestinian')).toEqual({ code: 'PS', name: 'Palestinian' });
    expect(countryFromText('Atlantis')).toEqual({ name: 'Atlantis' });
    expect(isNoCountry('undetermined')).toBe(true);
    expect(isNoCountry('None Identified')).toBe(true);
    expect(isNoCountry('Panama')).toBe(false);
  });

  it('spells relation types in snake case and tells Hangul from Hanja', () => {
    expect(snakeCase('Owned or Controlled By')).toBe('owned_or_controlled_by');
    expect(snakeCase('playing a significant role in')).toBe('playing_a_significant_role_in');
    expect(scriptOf('Korean', '김상만')).toBe('Hangul');
    expect(scriptOf('Korean', '金相萬')).toBe('Han');
    expect(scriptOf('Hans', '金')).toBe('Han');
    expect(scriptOf(undefined, 'Иван')).toBe('Cyrillic');
  });

  it('detects the format and registers both datasets with official URLs', () => {
    expect(ofacAdvancedFormat.detect(FIXTURE.slice(0, 2000), 'whatever.xml')).toBe(true);
    expect(ofacAdvancedFormat.detect('<?xml version="1.0"?><sdnList>', 'sdn.xml')).toBe(false);
    expect(formats).toContain(ofacAdvancedFormat);
    expect(datasets.map((d) => [d.name, d.urls[0]])).toEqual([
      ['us_ofac_sdn', 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_ADVANCED.XML'],
      ['us_ofac_cons', 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ADVANCED.XML'],
    ]);
    expect(datasets.every((d) => d.format === ofacAdvancedFormat.name && d.localGlobs.length > 0)).toBe(true);
  });
});
