import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import { sourceFileFromBuffer, sourceFilesFromPath } from '../../../src/ingest/files.js';
import { MAX_FIELD_LENGTH } from '../../../src/sources/errors.js';
import { expectSourceError, itRefusesBadXml } from '../../helpers/bad-input.js';
import { EU_FSF_PUBLIC_TOKEN, datasets, euFsfUrl, formats } from '../../../src/sources/eu-fsf.js';
import type { SourceFile } from '../../../src/sources/types.js';

const format = formats[0]!;
const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'eu', 'fsf-sample.xml');

async function parse(files: SourceFile[]): Promise<{ byId: Map<string, Entity>; published?: string }> {
  const byId = new Map<string, Entity>();
  let published: string | undefined;
  for await (const e of format.parse({ dataset: 'eu_fsf', files, setPublished: (d) => (published = d), warn: () => {} })) byId.set(e.id, e);
  return { byId, published };
}

describe('EU FSF XML: the hand-written sample', () => {
  it('parses every subject with names, scripts, dates, documents, addresses and citizenships', async () => {
    const { byId, published } = await parse(await sourceFilesFromPath(FIXTURE));
    expect(published).toBe('2025-03-14');
    expect([...byId.keys()]).toEqual(['eu_fsf:120415', 'eu_fsf:13', 'eu_fsf:139000', 'eu_fsf:3008']);

    const kim = byId.get('eu_fsf:120415')!;
    expect(kim).toMatchObject({
      schema: 'Person',
      caption: 'Kim Jong Sik',
      listedOn: '2017-12-22',
      programs: ['PRK'],
      gender: 'male',
      birthDates: [{ from: '1967', to: '1969' }],
      countries: [{ code: 'KP', role: 'citizenship' }],
      positions: ["Deputy Director of the Workers' Party of Korea Munitions Industry Department"],
      remarks: ["A leading official guiding the DPRK's WMD development efforts."],
      sourceUrl: 'https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32018R0039',
    });
    expect(kim.names).toEqual([
      { full: 'Kim Jong Sik', kind: 'primary', script: 'Latin', parts: { given: 'Jong Sik', family: 'Kim' } },
      { full: "Kim Cho'ng-sik", kind: 'aka', script: 'Latin' },
      { full: '김정식', kind: 'aka', script: 'Hangul', lang: 'ko' },
    ]);
    expect(kim.identifiers).toEqual([{ type: 'un_ref', value: 'KPi.066', label: 'UN reference number' }]);
    expect(kim.birthPlaces).toBeUndefined();
    expect(kim.properties).toMatchObject({
      euReferenceNumber: ['EU.4142.71'],
      regulation: ['2018/39 (OJ L6)'],
      'regulation.entryIntoForceDate': ['2018-01-11'],
      'regulation.publicationDate': ['2018-01-10'],
      'nameAlias.logicalId': ['120416', '120417', '120418'],
      'nameAlias.regulationLanguage': ['en'],
      'regulationSummary.numberTitle': ['2018/39 (OJ L6)'],
      'birthdate.calendarType': ['GREGORIAN'],
    });

    const komid = byId.get('eu_fsf:13')!;
    expect(komid.schema).toBe('Organization');
    expect(komid.names.map((n) => [n.full, n.kind, n.script, n.lang])).toEqual([
      ['Korea Mining Development Trading Corporation', 'primary', 'Latin', undefined],
      ['KOMID', 'low_quality', 'Latin', undefined],
      ['조선광업개발무역회사', 'aka', 'Hangul', 'ko'],
      ['Корейская горнодобывающая торговая корпорация', 'aka', 'Cyrillic', 'ru'],
    ]);
    expect(komid.identifiers).toEqual([
      { type: 'un_ref', value: 'KPe.001', label: 'UN reference number' },
      { type: 'bic', value: 'KMDTKPPY', country: 'KP', label: 'SWIFT BIC' },
      { type: 'imo', value: '5555555', label: 'IMO number' },
      { type: 'phone', value: '+850-2-18111' },
      { type: 'phone', value: '+850-2-18222' },
      { type: 'phone', value: '+850-2-381-4687', label: 'fax' },
      { type: 'email', value: 'info@komid.example.kp' },
      { type: 'website', value: 'www.komid.example.kp' },
    ]);
    expect(komid.addresses).toEqual([{ full: 'Central District, Pyongyang, NORTH KOREA', street: 'Central District', city: 'Pyongyang', country: 'NORTH KOREA' }]);
    expect(komid.countries).toEqual([{ code: 'KP', role: 'location' }]);
    expect(komid.remarks).toContain('Address (Central District, Pyongyang, NORTH KOREA): Head office');
    expect(komid.remarks).toContain('Name "KOMID": low quality alias');

    const lavrov = byId.get('eu_fsf:139000')!;
    expect(lavrov).toMatchObject({ listedOn: '2022-02-25', programs: ['UKR'], birthDates: [{ date: '1950-03-21' }], birthPlaces: ['Moscow, RUSSIAN FEDERATION'] });
    expect(lavrov.names[1]).toEqual({
      full: 'Сергей Викторович Лавров',
      kind: 'aka',
      script: 'Cyrillic',
      lang: 'ru',
      parts: { given: 'Сергей', middle: 'Викторович', family: 'Лавров' },
    });
    expect(lavrov.countries).toEqual([
      { code: 'RU', role: 'citizenship' },
      { code: 'RU', role: 'birth' },
    ]);

    const fakhrizadeh = byId.get('eu_fsf:3008')!;
    expect(fakhrizadeh).toMatchObject({
      titles: ['Dr'],
      positions: ['Senior MODAFL scientist'],
      birthDates: [{ date: '1958', approximate: true }],
      birthPlaces: ['Qom, Qom Province, IRAN (ISLAMIC REPUBLIC OF)'],
      properties: expect.objectContaining({ designationDetails: ['Involved in nuclear or ballistic missile activities.'] }),
    });
    expect(fakhrizadeh.names[1]).toMatchObject({ script: 'Arabic', lang: 'fa', kind: 'aka' });
    expect(fakhrizadeh.identifiers).toEqual([
      {
        type: 'passport',
        value: 'A0009228',
        country: 'IR',
        label: 'National passport',
        issued: '2003-01-15',
        expires: '2008-01-14',
        note: 'issued by Ministry of Foreign Affairs; name on document: Mohsen Fakhrizadeh; knownExpired; passport of the Islamic Republic of Iran',
      },
      { type: 'passport', value: 'د۹۰۰۱۲۳۴', country: 'IR', label: 'Diplomatic passport', note: 'diplomatic' },
      { type: 'passport', value: 'D9001234', country: 'IR', label: 'Diplomatic passport', note: 'diplomatic' },
      { type: 'national_id', value: '0012345678', country: 'IR', label: 'National identification card' },
      { type: 'tax_id', value: '411-2233-44', country: 'IR', label: 'Fiscal code' },
    ]);
    expect(fakhrizadeh.addresses).toEqual([
      {
        full: 'Mojdeh Street, PO Box 16765-1835, Lavizan, Tehran, Tehran Province, 16588, IRAN (ISLAMIC REPUBLIC OF)',
        street: 'Mojdeh Street, PO Box 16765-1835',
        city: 'Lavizan, Tehran',
        region: 'Tehran Province',
        postalCode: '16588',
        country: 'IRAN (ISLAMIC REPUBLIC OF)',
      },
    ]);
    expect(fakhrizadeh.countries).toContainEqual({ code: 'IR', role: 'residence' });
    expect(fakhrizadeh.remarks).toContain('Birth date: approximate');
  });

  it('keeps attributes it does not know, and names the subject type it does not know', async () => {
    const xml = `<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2025-01-02T00:00:00"><sanctionEntity logicalId="9" futureAttr="x">
      <subjectType code="vessel"/><nameAlias wholeName="SHIP ONE" strong="true"/></sanctionEntity></export>`;
    const { byId } = await parse([sourceFileFromBuffer('fsf.xml', xml)]);
    const e = byId.get('eu_fsf:9')!;
    expect(e.schema).toBe('LegalEntity');
    expect(e.properties).toEqual({ 'sanctionEntity.futureAttr': ['x'], subjectType: ['vessel'] });
  });
});

describe('EU FSF download URL', () => {
  const saved = process.env.VIGIL_EU_FSF_TOKEN;
  afterEach(() => {
    if (saved === undefined) delete process.env.VIGIL_EU_FSF_TOKEN;
    else process.env.VIGIL_EU_FSF_TOKEN = saved;
  });

  it('uses the public token by default and the configured one when set', () => {
    delete process.env.VIGIL_EU_FSF_TOKEN;
    const url = 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=';
    expect(euFsfUrl()).toBe(url + EU_FSF_PUBLIC_TOKEN);
    expect(datasets[0]!.urls).toEqual([url + 'dG9rZW4tMjAxNw']);
    process.env.VIGIL_EU_FSF_TOKEN = 'bXktdG9rZW4=';
    expect(euFsfUrl()).toBe(url + 'bXktdG9rZW4%3D');
    expect(datasets[0]!.urls).toEqual([url + 'bXktdG9rZW4%3D']);
    expect(euFsfUrl('  ')).toBe(url + EU_FSF_PUBLIC_TOKEN);
  });

  it('refuses a token that is not URL-safe', () => {
    expect(() => euFsfUrl('abc&format=csv')).toThrow(/not a valid FSF token/);
    process.env.VIGIL_EU_FSF_TOKEN = 'a b';
    expect(() => datasets[0]!.urls).toThrow(/VIGIL_EU_FSF_TOKEN/);
  });
});

describe('EU FSF XML: bad input', () => {
  const run = (data: string | Buffer): Promise<unknown> => parse([sourceFileFromBuffer('fsf.xml', data)]);
  const fails = async (data: string | Buffer, pattern: RegExp): Promise<void> => {
    await expectSourceError(run(data), pattern);
  };
  const one = (attrs: string) =>
    `<?xml version="1.0"?>\n<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2025-01-02T00:00:00">\n<sanctionEntity ${attrs}><subjectType code="person"/><nameAlias wholeName="A B" strong="true"/></sanctionEntity>\n</export>`;

  itRefusesBadXml(run, {
    truncated: [one('logicalId="1"').slice(0, 150), /^fsf\.xml:line \d+: malformed XML/],
    wrongRoot: ['<CONSOLIDATED_LIST dateGenerated="2026-02-27"/>', /unexpected root element <CONSOLIDATED_LIST>, expected <export>/],
    empty: /^fsf\.xml: file is empty/,
    doctype: ['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><export>&b;</export>', /DOCTYPE declarations are not accepted/],
    // The FSF format keeps its text in attributes, so the limit is the parser's own attribute check.
    overLong: [one(`logicalId="1" designationDetails="${'x'.repeat(MAX_FIELD_LENGTH + 1)}"`), /line 3: <sanctionEntity> attribute designationDetails exceeds/],
    invalidUtf8: [Buffer.concat([Buffer.from(one('logicalId="1"').slice(0, 120)), Buffer.from([0xff, 0xfe]), Buffer.from('</export>')]), /invalid UTF-8 byte sequence/],
  });
  it('wrong namespace', async () => fails(one('logicalId="1"').replace('fpi/fsd/export', 'other'), /is not the FSF export namespace/));
  it('record without logicalId', async () => fails(one('euReferenceNumber="EU.1"'), /line 3: <sanctionEntity> without logicalId/));
});

describe('EU FSF format registration', () => {
  it('detects the namespace and registers the dataset', () => {
    expect(format.detect('<?xml version="1.0"?><export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="x">', 'content')).toBe(true);
    expect(format.detect('<?xml version="1.0"?><CONSOLIDATED_LIST>', 'consolidated.xml')).toBe(false);
    expect(datasets[0]).toMatchObject({ name: 'eu_fsf', format: 'eu_fsf_xml', publisher: 'European Commission' });
  });
});
