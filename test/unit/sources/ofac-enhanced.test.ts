import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import { sourceFileFromBuffer } from '../../../src/ingest/files.js';
import { ofacEnhanced } from '../../../src/sources/ofac-enhanced.js';
import { MAX_FIELD_LENGTH } from '../../../src/sources/errors.js';
import { expectSourceError, itRefusesBadXml } from '../../helpers/bad-input.js';

const REFS = `
  <referenceValues>
    <referenceValue refId="11171"><type>COUNTRY</type><value>Russia</value><isoCode>RU</isoCode></referenceValue>
    <referenceValue refId="11120"><type>COUNTRY</type><value>Korea, North</value><isoCode>KP</isoCode></referenceValue>
    <referenceValue refId="20107"><type>SCRIPT</type><value>Cyrillic</value><code>Cyrl</code><isoCode>220</isoCode></referenceValue>
  </referenceValues>`;

const PERSON = `
    <entity id="43377">
      <generalInfo><identityId>1</identityId><entityType refId="600">Individual</entityType><remarks>Linked To: CHINYONG.</remarks></generalInfo>
      <sanctionsLists><sanctionsList refId="1550" id="1" datePublished="2023-05-23">SDN List</sanctionsList></sanctionsLists>
      <sanctionsPrograms><sanctionsProgram refId="1" id="2">DPRK4</sanctionsProgram></sanctionsPrograms>
      <sanctionsTypes><sanctionsType refId="1" id="3">Block</sanctionsType></sanctionsTypes>
      <legalAuthorities><legalAuthority refId="1" id="4">Executive Order 13382</legalAuthority></legalAuthorities>
      <names>
        <name id="10"><isPrimary>true</isPrimary><isLowQuality>false</isLowQuality>
          <translations>
            <translation id="11"><isPrimary>true</isPrimary><script refId="20122">Latin</script>
              <formattedFirstName>Sang Man</formattedFirstName><formattedLastName>KIM</formattedLastName><formattedFullName>KIM, Sang Man</formattedFullName>
              <nameParts><namePart id="1"><type refId="1520">Last Name</type><value>KIM</value></namePart><namePart id="2"><type refId="1521">First Name</type><value>Sang Man</value></namePart></nameParts>
            </translation>
            <translation id="12"><isPrimary>false</isPrimary><script refId="20108">Korean</script>
              <formattedFirstName>상만</formattedFirstName><formattedLastName>김</formattedLastName><formattedFullName>김 상만</formattedFullName>
            </translation>
          </translations>
        </name>
        <name id="20"><isPrimary>false</isPrimary><aliasType refId="1401">F.K.A.</aliasType><isLowQuality>false</isLowQuality>
          <translations><translation id="21"><isPrimary>true</isPrimary><script refId="20122">Latin</script><formattedFirstName>Sangman</formattedFirstName><formattedLastName>KIM</formattedLastName><formattedFullName>KIM, Sangman</formattedFullName></translation></translations>
        </name>
        <name id="30"><isPrimary>false</isPrimary><aliasType refId="1400">A.K.A.</aliasType><isLowQuality>true</isLowQuality>
          <translations><translation id="31"><isPrimary>true</isPrimary><script refId="20122">Latin</script><formattedLastName>KSM</formattedLastName><formattedFullName>KSM</formattedFullName></translation></translations>
        </name>
      </names>
      <addresses>
        <address id="40"><country refId="11171">Russia</country>
          <translations><translation id="41"><isPrimary>true</isPrimary><script refId="20122">Latin</script>
            <addressParts><addressPart id="1"><type refId="1451">ADDRESS1</type><value>Ul. Lenina 1</value></addressPart><addressPart id="2"><type refId="1454">CITY</type><value>Vladivostok</value></addressPart><addressPart id="3"><type refId="1456">POSTAL CODE</type><value>690000</value></addressPart></addressParts>
          </translation></translations>
        </address>
      </addresses>
      <features>
        <feature id="50"><type featureTypeId="8">Birthdate</type><versionId>1</versionId><value>25 Apr 1965</value>
          <valueDate id="1"><fromDateBegin>1965-04-25</fromDateBegin><fromDateEnd>1965-04-25</fromDateEnd><toDateBegin>1965-04-25</toDateBegin><toDateEnd>1965-04-25</toDateEnd><isApproximate>false</isApproximate><isDateRange>false</isDateRange></valueDate><isPrimary>true</isPrimary></feature>
        <feature id="51"><type featureTypeId="8">Birthdate</type><versionId>1</versionId><value>circa 1960 to 1962</value>
          <valueDate id="2"><fromDateBegin>1960-01-01</fromDateBegin><fromDateEnd>1960-12-31</fromDateEnd><toDateBegin>1962-01-01</toDateBegin><toDateEnd>1962-12-31</toDateEnd><isApproximate>true</isApproximate><isDateRange>true</isDateRange></valueDate><isPrimary>false</isPrimary></feature>
        <feature id="52"><type featureTypeId="9">Place of Birth</type><versionId>1</versionId><value>North Pyongan Province, Korea, North</value><isPrimary>true</isPrimary></feature>
        <feature id="53"><type featureTypeId="10">Nationality Country</type><versionId>1</versionId><value>Korea, North</value><valueRefId>11120</valueRefId><isPrimary>true</isPrimary></feature>
        <feature id="54"><type featureTypeId="224">Gender</type><versionId>1</versionId><value>Male</value><valueRefId>91526</valueRefId><isPrimary>true</isPrimary></feature>
        <feature id="55"><type featureTypeId="345">Digital Currency Address - ETH</type><versionId>1</versionId><value>0xb6f5ec1a0a9cd1526536d3f0426c429529471f40</value><isPrimary>true</isPrimary></feature>
        <feature id="56"><type featureTypeId="14">Website</type><versionId>1</versionId><value>www.example.kp</value><isPrimary>false</isPrimary><reliability refId="1">Unconfirmed</reliability><comments>old site</comments></feature>
        <feature id="57"><type featureTypeId="504">Secondary sanctions risk:</type><versionId>1</versionId><value>North Korea Sanctions Regulations</value><valueRefId>1</valueRefId><isPrimary>true</isPrimary></feature>
      </features>
      <identityDocuments>
        <identityDocument id="60"><type refId="1571">Passport</type><name nameId="10" nameTranslationId="11">KIM, Sang Man</name><documentNumber>109420132</documentNumber><isValid>true</isValid>
          <issuingCountry refId="11120">Korea, North</issuingCountry><issueDate>2019-10-16</issueDate><expirationDate>2024-10-16</expirationDate></identityDocument>
      </identityDocuments>
      <relationships>
        <relationship id="70"><type refId="15003">Owned or Controlled By</type><relatedEntity entityId="43379">CHINYONG</relatedEntity><quality refId="1540">High</quality></relationship>
      </relationships>
    </entity>`;

const ORG_CYRILLIC = `
    <entity id="17013">
      <generalInfo><identityId>2</identityId><entityType refId="601">Entity</entityType></generalInfo>
      <names><name id="80"><isPrimary>true</isPrimary><isLowQuality>false</isLowQuality><translations>
        <translation id="81"><isPrimary>true</isPrimary><script refId="20122">Latin</script><formattedLastName>VTB BANK PJSC</formattedLastName><formattedFullName>VTB BANK PJSC</formattedFullName></translation>
        <translation id="82"><isPrimary>false</isPrimary><script refId="20107">Cyrillic</script><formattedLastName>БАНК ВТБ ПАО</formattedLastName><formattedFullName>БАНК ВТБ ПАО</formattedFullName></translation>
      </translations></name></names>
    </entity>`;

function doc(entities: string, root = 'sanctionsData'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<${root} xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML">
  <publicationInfo><dataAsOf>2025-01-10T00:00:00</dataAsOf></publicationInfo>${REFS}
  <entities>${entities}
  </entities>
</${root}>
`;
}

async function run(xml: string | Buffer, name = 'SDN_ENHANCED.XML', dataset = 'us_ofac_sdn'): Promise<{ entities: Entity[]; published?: string }> {
  const entities: Entity[] = [];
  let published: string | undefined;
  const ctx = { dataset, files: [sourceFileFromBuffer(name, xml)], setPublished: (d: string) => (published = d), warn: () => undefined };
  for await (const e of ofacEnhanced.parse(ctx)) entities.push(e);
  return { entities, published };
}

describe('OFAC enhanced XML', () => {
  it('maps names in several scripts, features, documents and relationships', async () => {
    const { entities, published } = await run(doc(PERSON + ORG_CYRILLIC));
    expect(published).toBe('2025-01-10');
    expect(entities.map((e) => e.id)).toEqual(['us_ofac_sdn:43377', 'us_ofac_sdn:17013']);
    const [kim, vtb] = entities as [Entity, Entity];
    expect(kim.schema).toBe('Person');
    expect(kim.caption).toBe('Sang Man KIM');
    expect(kim.names).toEqual([
      { full: 'Sang Man KIM', kind: 'primary', script: 'Latin', parts: { family: 'KIM', given: 'Sang Man' } },
      { full: '김상만', kind: 'original_script', script: 'Hangul' },
      { full: 'Sangman KIM', kind: 'fka', script: 'Latin' },
      { full: 'KSM', kind: 'weak', script: 'Latin' },
    ]);
    expect(kim.programs).toEqual(['DPRK4']);
    expect(kim.listedOn).toBe('2023-05-23');
    expect(kim.birthDates).toEqual([{ date: '1965-04-25' }, { from: '1960', to: '1962', approximate: true }]);
    expect(kim.birthPlaces).toEqual(['North Pyongan Province, Korea, North']);
    expect(kim.gender).toBe('male');
    expect(kim.countries).toEqual([
      { code: 'RU', role: 'location' },
      { code: 'KP', role: 'birth' },
      { code: 'KP', role: 'nationality' },
    ]);
    expect(kim.addresses).toEqual([{ full: 'Ul. Lenina 1, Vladivostok, 690000, Russia', street: 'Ul. Lenina 1', city: 'Vladivostok', postalCode: '690000', country: 'RU' }]);
    expect(kim.identifiers).toEqual([
      { type: 'crypto', value: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40', label: 'Digital Currency Address - ETH', asset: 'ETH' },
      { type: 'website', value: 'www.example.kp', label: 'Website', note: 'old site; reliability: Unconfirmed' },
      { type: 'passport', value: '109420132', label: 'Passport', country: 'KP', issued: '2019-10-16', expires: '2024-10-16' },
    ]);
    expect(kim.relationships).toEqual([{ target: 'us_ofac_sdn:43379', type: 'owned_or_controlled_by', label: 'Owned or Controlled By' }]);
    expect(kim.properties).toMatchObject({
      'Sanctions List': ['SDN List'],
      'Sanctions Type': ['Block'],
      'Legal Authority': ['Executive Order 13382'],
      'Secondary sanctions risk': ['North Korea Sanctions Regulations'],
    });
    expect(kim.remarks).toEqual(['Linked To: CHINYONG.']);

    expect(vtb.schema).toBe('Organization');
    expect(vtb.names).toEqual([
      { full: 'VTB BANK PJSC', kind: 'primary', script: 'Latin' },
      { full: 'БАНК ВТБ ПАО', kind: 'original_script', script: 'Cyrillic' },
    ]);
  });

  it('detects sanctionsData and picks the dataset from the file name', () => {
    expect(ofacEnhanced.detect(doc(''), 'cons_enhanced.xml')).toBe(true);
    expect(ofacEnhanced.detect('<?xml version="1.0"?><sdnList>', 'sdn.xml')).toBe(false);
    expect(ofacEnhanced.defaultDataset([sourceFileFromBuffer('CONS_ENHANCED.XML', '')])).toBe('us_ofac_cons');
    expect(ofacEnhanced.defaultDataset([sourceFileFromBuffer('SDN_ENHANCED.XML', '')])).toBe('us_ofac_sdn');
  });

  describe('bad input', () => {
    const fails = async (xml: string | Buffer, pattern: RegExp): Promise<void> => {
      await expectSourceError(run(xml), pattern);
    };
    itRefusesBadXml(run, {
      truncated: [doc(PERSON).slice(0, 2500), /^SDN_ENHANCED\.XML:line \d+: malformed XML/],
      wrongRoot: [doc(PERSON, 'sdnList'), /unexpected root element <sdnList>, expected <sanctionsData>/],
      empty: /SDN_ENHANCED\.XML: file is empty/,
      doctype: [`<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><sanctionsData>&b;</sanctionsData>`, /DOCTYPE declarations are not accepted/],
      overLong: [doc(ORG_CYRILLIC.replace('VTB BANK PJSC</formattedLastName>', `${'V'.repeat(MAX_FIELD_LENGTH + 1)}</formattedLastName>`)), /text exceeds/],
      invalidUtf8: [
        Buffer.concat([Buffer.from(doc(ORG_CYRILLIC).slice(0, 400)), Buffer.from([0xc3, 0x28]), Buffer.from(doc(ORG_CYRILLIC).slice(400))]),
        /invalid UTF-8/,
      ],
    });
    it('entity without id', () => fails(doc(ORG_CYRILLIC.replace('<entity id="17013">', '<entity>')), /<entity> without an id attribute/));
    it('unknown entity type', () => fails(doc(ORG_CYRILLIC.replace('>Entity</entityType>', '>Planet</entityType>')), /entity 17013: unknown entityType "Planet"/));
  });
});
