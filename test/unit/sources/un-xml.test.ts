import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import { sourceFileFromBuffer } from '../../../src/ingest/files.js';
import { MAX_FIELD_LENGTH } from '../../../src/sources/errors.js';
import { itRefusesBadXml } from '../../helpers/bad-input.js';
import { datasets, formats } from '../../../src/sources/un-xml.js';
import { commentIdentifiers, commentReferences } from '../../../src/sources/un-comments.js';

const format = formats[0]!;

async function parse(xml: string | Buffer, name = 'consolidated.xml'): Promise<{ entities: Entity[]; published?: string }> {
  const entities: Entity[] = [];
  let published: string | undefined;
  const ctx = { dataset: 'un_sc_sanctions', files: [sourceFileFromBuffer(name, xml)], setPublished: (d: string) => (published = d), warn: () => {} };
  for await (const e of format.parse(ctx)) entities.push(e);
  return { entities, published };
}

const wrap = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z"><INDIVIDUALS>${body}</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>`;

const INDIVIDUAL = `
<INDIVIDUAL>
  <DATAID>1</DATAID><VERSIONNUM>2</VERSIONNUM>
  <FIRST_NAME>ABD AL</FIRST_NAME><SECOND_NAME>RAHMAN</SECOND_NAME><THIRD_NAME>HAMID</THIRD_NAME><FOURTH_NAME>AL-TEST</FOURTH_NAME>
  <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDi.999 </REFERENCE_NUMBER>
  <LISTED_ON>2015-04-07-04:00</LISTED_ON><GENDER>Male</GENDER>
  <COMMENTS1>Associated with Al-Qaida (QDe.004). Email: Someone@Example.org.</COMMENTS1>
  <TITLE><VALUE>Dr.</VALUE></TITLE>
  <DESIGNATION><VALUE>Financier</VALUE></DESIGNATION>
  <NATIONALITY><VALUE>Syrian Arab Republic</VALUE><VALUE>Atlantis</VALUE></NATIONALITY>
  <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
  <LAST_DAY_UPDATED><VALUE>2020-01-02</VALUE></LAST_DAY_UPDATED>
  <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Abu Test</ALIAS_NAME><DATE_OF_BIRTH>1970-02-05</DATE_OF_BIRTH><CITY_OF_BIRTH>Homs</CITY_OF_BIRTH><COUNTRY_OF_BIRTH>Syrian Arab Republic</COUNTRY_OF_BIRTH><NOTE>used in 2014</NOTE></INDIVIDUAL_ALIAS>
  <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Abu T</ALIAS_NAME></INDIVIDUAL_ALIAS>
  <INDIVIDUAL_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>Old Name</ALIAS_NAME></INDIVIDUAL_ALIAS>
  <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
  <NAME_ORIGINAL_SCRIPT>عبد الرحمن حامد</NAME_ORIGINAL_SCRIPT>
  <INDIVIDUAL_ADDRESS><STREET>1 Main St</STREET><CITY>Raqqa</CITY><STATE_PROVINCE>Raqqa Province</STATE_PROVINCE><ZIP_CODE>123</ZIP_CODE><COUNTRY>Syrian Arab Republic</COUNTRY><NOTE>as of 2015</NOTE></INDIVIDUAL_ADDRESS>
  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1969-07-14</DATE></INDIVIDUAL_DATE_OF_BIRTH>
  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1968</YEAR><NOTE>per one report</NOTE></INDIVIDUAL_DATE_OF_BIRTH>
  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1965</FROM_YEAR><TO_YEAR>1967</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><NOTE>Nov. 1973 </NOTE></INDIVIDUAL_DATE_OF_BIRTH>
  <INDIVIDUAL_PLACE_OF_BIRTH><CITY>Homs</CITY><STATE_PROVINCE>Homs Governorate</STATE_PROVINCE><COUNTRY>Syrian Arab Republic</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>
  <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><TYPE_OF_DOCUMENT2>Diplomatic passport</TYPE_OF_DOCUMENT2><NUMBER>N 0123 </NUMBER><ISSUING_COUNTRY>Syrian Arab Republic</ISSUING_COUNTRY><DATE_OF_ISSUE>2013-06-11</DATE_OF_ISSUE><CITY_OF_ISSUE>Damascus</CITY_OF_ISSUE><NOTE>Expires on 11 Jun. 2017</NOTE></INDIVIDUAL_DOCUMENT>
  <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification Number</TYPE_OF_DOCUMENT><NUMBER>M48</NUMBER><COUNTRY_OF_ISSUE>United Kingdom of Great Britain and Northern Ireland</COUNTRY_OF_ISSUE></INDIVIDUAL_DOCUMENT>
  <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NOTE>number unknown</NOTE></INDIVIDUAL_DOCUMENT>
  <SORT_KEY>ALTEST</SORT_KEY><SORT_KEY_LAST_MOD/>
  <NEW_ELEMENT>kept</NEW_ELEMENT>
</INDIVIDUAL>`;

describe('UN consolidated XML: one individual, every element', () => {
  it('maps names, dates, documents, addresses, countries and the rest', async () => {
    const { entities, published } = await parse(wrap(INDIVIDUAL));
    expect(published).toBe('2026-02-27');
    expect(entities).toHaveLength(1);
    const e = entities[0]!;
    expect(e.id).toBe('un_sc_sanctions:QDi.999');
    expect(e.schema).toBe('Person');
    expect(e.caption).toBe('ABD AL RAHMAN HAMID AL-TEST');
    expect(e.names[0]).toEqual({
      full: 'ABD AL RAHMAN HAMID AL-TEST',
      kind: 'primary',
      script: 'Latin',
      parts: { ordered: ['ABD AL', 'RAHMAN', 'HAMID', 'AL-TEST'] },
    });
    expect(e.names.map((n) => [n.full, n.kind, n.script])).toEqual([
      ['ABD AL RAHMAN HAMID AL-TEST', 'primary', 'Latin'],
      ['Abu Test', 'aka', 'Latin'],
      ['Abu T', 'low_quality', 'Latin'],
      ['Old Name', 'fka', 'Latin'],
      ['عبد الرحمن حامد', 'original_script', 'Arabic'],
    ]);
    expect(e.programs).toEqual(['Al-Qaida']);
    expect(e.listedOn).toBe('2015-04-07');
    expect(e.gender).toBe('male');
    expect(e.titles).toEqual(['Dr.']);
    expect(e.positions).toEqual(['Financier']);
    expect(e.countries).toEqual(
      expect.arrayContaining([
        { code: 'SY', role: 'nationality' },
        { name: 'Atlantis', role: 'nationality' },
        { code: 'SY', role: 'birth' },
        { code: 'SY', role: 'residence' },
      ]),
    );
    expect(e.birthDates).toEqual([
      { date: '1970-02-05' },
      { date: '1969-07-14' },
      { date: '1968', approximate: true },
      { from: '1965', to: '1967' },
      { date: '1973-11' },
    ]);
    expect(e.birthPlaces).toEqual(['Homs, Syrian Arab Republic', 'Homs, Homs Governorate, Syrian Arab Republic']);
    expect(e.addresses).toEqual([
      { full: '1 Main St, Raqqa, Raqqa Province, 123, Syrian Arab Republic', street: '1 Main St', city: 'Raqqa', region: 'Raqqa Province', postalCode: '123', country: 'Syrian Arab Republic' },
    ]);
    expect(e.identifiers).toEqual([
      { type: 'un_ref', value: 'QDi.999', label: 'UN reference number' },
      { type: 'email', value: 'someone@example.org' },
      {
        type: 'passport',
        value: 'N 0123',
        label: 'Passport; Diplomatic passport',
        country: 'SY',
        issued: '2013-06-11',
        expires: '2017-06-11',
        note: 'issued in Damascus; Expires on 11 Jun. 2017',
      },
      { type: 'national_id', value: 'M48', label: 'National Identification Number', country: 'GB' },
    ]);
    expect(e.relationships).toEqual([{ target: 'un_sc_sanctions:QDe.004', type: 'related_to', label: 'mentioned in the UN comments' }]);
    expect(e.remarks).toEqual([
      'Associated with Al-Qaida (QDe.004). Email: Someone@Example.org.',
      'Alias "Abu Test": used in 2014',
      'Address (1 Main St, Raqqa, Raqqa Province, 123, Syrian Arab Republic): as of 2015',
      'Date of birth note: per one report',
      'Document (Passport): number unknown',
    ]);
    expect(e.properties).toEqual({
      listType: ['UN List'],
      lastUpdated: ['2020-01-02'],
      dataId: ['1'],
      versionNum: ['2'],
      sortKey: ['ALTEST'],
      NEW_ELEMENT: ['kept'],
    });
  });

  it('reads gender from the comments when GENDER is absent, and refuses a record without reference', async () => {
    const rec = (ref: string) =>
      `<INDIVIDUAL><FIRST_NAME>KIM</FIRST_NAME><SECOND_NAME>TEST</SECOND_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE>${ref}<LISTED_ON>2017-12-22</LISTED_ON><COMMENTS1>Gender: female</COMMENTS1></INDIVIDUAL>`;
    const { entities } = await parse(wrap(rec('<REFERENCE_NUMBER>KPi.900</REFERENCE_NUMBER>')));
    expect(entities[0]!.gender).toBe('female');
    await expect(parse(wrap(rec('')))).rejects.toThrow(/consolidated\.xml:line \d+: <INDIVIDUAL> without REFERENCE_NUMBER/);
  });
});

describe('UN consolidated XML: entity schemas', () => {
  const entities = (body: string) =>
    `<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2024-09-26T00:00:07.514Z"><INDIVIDUALS/><ENTITIES>${body}</ENTITIES></CONSOLIDATED_LIST>`;
  it('keeps a ship-owning company an Organization with its IMO company number', async () => {
    const { entities: out } = await parse(
      entities(`<ENTITY><FIRST_NAME>KOREA ANSAN SHIPPING COMPANY</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPe.062</REFERENCE_NUMBER><LISTED_ON>2018-03-30</LISTED_ON>
      <COMMENTS1>Registered owner of DPRK tanker AN SAN 1. IMO number: 5676084</COMMENTS1>
      <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>KOREA ANSAN SHPG COMPANY</ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ADDRESS><STREET>Pyongchon 1-dong</STREET><CITY>Pyongyang</CITY><COUNTRY>Democratic People's Republic of Korea</COUNTRY><NOTE>head office</NOTE></ENTITY_ADDRESS></ENTITY>`),
    );
    const e = out[0]!;
    expect(e.schema).toBe('Organization');
    expect(e.identifiers).toContainEqual({ type: 'imo', value: '5676084', label: 'IMO company number' });
    expect(e.names.map((n) => n.kind)).toEqual(['primary', 'aka']);
    expect(e.countries).toEqual([{ code: 'KP', role: 'location' }]);
    expect(e.remarks).toContain('Address (Pyongchon 1-dong, Pyongyang, Democratic People\'s Republic of Korea): head office');
  });

  it('makes an entity that is itself a ship a Vessel', async () => {
    const { entities: out } = await parse(
      entities(`<ENTITY><FIRST_NAME>CHON MA SAN</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPe.901</REFERENCE_NUMBER><LISTED_ON>2018-03-30</LISTED_ON>
      <COMMENTS1>DPRK-flagged tanker. IMO number: 8660313.</COMMENTS1></ENTITY>`),
    );
    expect(out[0]!.schema).toBe('Vessel');
    expect(out[0]!.identifiers).toContainEqual({ type: 'imo', value: '8660313', label: 'IMO number' });
  });
});

describe('UN comment identifiers', () => {
  it('takes only labelled, unambiguous forms', () => {
    const ids = commentIdentifiers(
      'International Maritime Organization (IMO) Number: 1790183. SWIFT/BIC: KUDBKPPY. Website: http://www.behinehco.ir) ' +
        'Telephone: +850-2-18111-8208. Fax: +850-2-381-4432. Phone 6683301. Hong Kong company registration number 1177053. ' +
        'Pakistan National Tax Number: 0980338; web link:https://www.interpol.int/en/How-we-work',
      'IMO company number',
    );
    expect(ids).toEqual([
      { type: 'imo', value: '1790183', label: 'IMO company number' },
      { type: 'bic', value: 'KUDBKPPY', label: 'SWIFT/BIC' },
      { type: 'website', value: 'http://www.behinehco.ir' },
      { type: 'phone', value: '+850-2-18111-8208' },
      { type: 'registration', value: '1177053', label: 'company registration number' },
      { type: 'tax_id', value: '0980338', label: 'Pakistan National Tax Number' },
    ]);
    expect(commentIdentifiers('Company Number IMO 5434358.', 'x')).toEqual([{ type: 'imo', value: '5434358', label: 'x' }]);
    expect(commentReferences('Led by X (QDi.006) and linked to (QDe.004), again QDi.006')).toEqual(['QDi.006', 'QDe.004']);
  });
});

describe('UN consolidated XML: bad input', () => {
  const xml = wrap(INDIVIDUAL);
  itRefusesBadXml(parse, {
    truncated: [xml.slice(0, xml.length / 2), /^consolidated\.xml:line \d+: malformed XML/],
    wrongRoot: ['<?xml version="1.0"?><sdnList><sdnEntry/></sdnList>', /unexpected root element <sdnList>, expected <CONSOLIDATED_LIST>/],
    empty: /^consolidated\.xml: file is empty/,
    doctype: [
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><CONSOLIDATED_LIST>&lol2;</CONSOLIDATED_LIST>`,
      /DOCTYPE declarations are not accepted/,
    ],
    overLong: [wrap(`<INDIVIDUAL><FIRST_NAME>${'A'.repeat(MAX_FIELD_LENGTH + 1)}</FIRST_NAME><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER></INDIVIDUAL>`), /<FIRST_NAME> text exceeds/],
    invalidUtf8: [
      Buffer.concat([Buffer.from(wrap('<INDIVIDUAL><FIRST_NAME>').slice(0, -12)), Buffer.from('<FIRST_NAME>AB'), Buffer.from([0xc3, 0x28]), Buffer.from('</FIRST_NAME>')]),
      /line \d+: invalid UTF-8 byte sequence/,
    ],
  });
});

describe('UN format registration', () => {
  it('detects the file and registers the official URL', () => {
    expect(format.detect('<?xml version="1.0"?>\n<CONSOLIDATED_LIST xmlns:xsi="x" dateGenerated="2026-02-27">', 'consolidated.xml')).toBe(true);
    expect(format.detect('<?xml version="1.0"?>\n<sdnList>', 'sdn.xml')).toBe(false);
    expect(datasets[0]).toMatchObject({
      name: 'un_sc_sanctions',
      format: format.name,
      urls: ['https://scsanctions.un.org/resources/xml/en/consolidated.xml'],
      publisher: 'United Nations Security Council',
      enabledByDefault: true,
    });
    expect(format.defaultDataset([])).toBe('un_sc_sanctions');
  });
});
