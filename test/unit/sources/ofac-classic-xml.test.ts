import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import { sourceFileFromBuffer } from '../../../src/ingest/files.js';
import { ofacClassicXml } from '../../../src/sources/ofac-classic-xml.js';
import { MAX_FIELD_LENGTH } from '../../../src/sources/errors.js';
import { expectSourceError, itRefusesBadXml } from '../../helpers/bad-input.js';

async function run(xml: string | Buffer, name = 'SDN.XML', dataset = 'us_ofac_sdn'): Promise<{ entities: Entity[]; published?: string; warnings: string[] }> {
  const out: Entity[] = [];
  const warnings: string[] = [];
  let published: string | undefined;
  const ctx = { dataset, files: [sourceFileFromBuffer(name, xml)], setPublished: (d: string) => (published = d), warn: (w: string) => warnings.push(w) };
  for await (const e of ofacClassicXml.parse(ctx)) out.push(e);
  return { entities: out, published, warnings };
}

const NS = 'xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML"';

const PERSON = `
  <sdnEntry>
    <uid>43377</uid>
    <firstName>Sang Man</firstName>
    <lastName>KIM</lastName>
    <title>Director</title>
    <sdnType>Individual</sdnType>
    <remarks>Linked To: CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY.</remarks>
    <programList><program>DPRK4</program><program>CYBER2</program></programList>
    <idList>
      <id><uid>1</uid><idType>Passport</idType><idNumber>109420132</idNumber><idCountry>Korea, North</idCountry><issueDate>16 Oct 2019</issueDate><expirationDate>16 Oct 2024</expirationDate></id>
      <id><uid>2</uid><idType>Digital Currency Address - XBT</idType><idNumber>1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ</idNumber></id>
      <id><uid>3</uid><idType>Digital Currency Address - ETH</idType><idNumber>0xb6f5ec1a0a9cd1526536d3f0426c429529471f40</idNumber></id>
      <id><uid>4</uid><idType>Digital Currency Address - USDT</idType><idNumber>0xb6f5ec1a0a9cd1526536d3f0426c429529471f40</idNumber></id>
      <id><uid>5</uid><idType>Gender</idType><idNumber>Male</idNumber></id>
      <id><uid>6</uid><idType>Secondary sanctions risk:</idType><idNumber>North Korea Sanctions Regulations, sections 510.201 and 510.210</idNumber></id>
      <id><uid>7</uid><idType>Email Address</idType><idNumber>kim@example.com</idNumber></id>
      <id><uid>8</uid><idType>Cedula No.</idType><idNumber>6068015</idNumber><idCountry>Colombia</idCountry></id>
    </idList>
    <akaList>
      <aka><uid>10</uid><type>a.k.a.</type><category>strong</category><lastName>KIM</lastName><firstName>Sangman</firstName></aka>
      <aka><uid>11</uid><type>f.k.a.</type><category>strong</category><lastName>KIM</lastName><firstName>S.M.</firstName></aka>
      <aka><uid>12</uid><type>a.k.a.</type><category>weak</category><lastName>KIMSM</lastName></aka>
    </akaList>
    <addressList><address><uid>20</uid><address1>Street 1</address1><city>Pyongyang</city><country>Korea, North</country></address></addressList>
    <nationalityList><nationality><uid>30</uid><country>Korea, North</country><mainEntry>true</mainEntry></nationality></nationalityList>
    <citizenshipList><citizenship><uid>31</uid><country>Russia</country><mainEntry>true</mainEntry></citizenship></citizenshipList>
    <dateOfBirthList>
      <dateOfBirthItem><uid>40</uid><dateOfBirth>25 Apr 1965</dateOfBirth><mainEntry>true</mainEntry></dateOfBirthItem>
      <dateOfBirthItem><uid>41</uid><dateOfBirth>circa 1960</dateOfBirth><mainEntry>false</mainEntry></dateOfBirthItem>
      <dateOfBirthItem><uid>42</uid><dateOfBirth>1960 to 1962</dateOfBirth><mainEntry>false</mainEntry></dateOfBirthItem>
    </dateOfBirthList>
    <placeOfBirthList><placeOfBirthItem><uid>50</uid><placeOfBirth>North Pyongan Province, Korea, North</placeOfBirth><mainEntry>true</mainEntry></placeOfBirthItem></placeOfBirthList>
  </sdnEntry>`;

const VESSEL = `
  <sdnEntry>
    <uid>9999</uid>
    <lastName>OCEAN STAR</lastName>
    <sdnType>Vessel</sdnType>
    <programList><program>IRAN</program></programList>
    <idList><id><uid>60</uid><idType>Vessel Registration Identification</idType><idNumber>IMO 9187629</idNumber></id>
      <id><uid>61</uid><idType>MMSI</idType><idNumber>572469210</idNumber></id></idList>
    <vesselInfo><callSign>9HA1234</callSign><vesselType>Crude Oil Tanker</vesselType><vesselFlag>Panama</vesselFlag><vesselOwner>NITC</vesselOwner><tonnage>150000</tonnage><grossRegisteredTonnage>81000</grossRegisteredTonnage></vesselInfo>
  </sdnEntry>`;

function doc(entries: string, root = 'sdnList', date = '05/23/2023'): string {
  return `<?xml version="1.0" standalone="yes"?>\n<${root} ${NS}>\n  <publshInformation><Publish_Date>${date}</Publish_Date><Record_Count>2</Record_Count></publshInformation>${entries}\n</${root}>\n`;
}

describe('OFAC classic XML', () => {
  it('maps every part of an sdnEntry', async () => {
    const { entities, published, warnings } = await run(doc(PERSON + VESSEL));
    expect(published).toBe('2023-05-23');
    expect(warnings).toEqual([]);
    expect(entities).toHaveLength(2);
    const kim = entities[0] as Entity;
    expect(kim.id).toBe('us_ofac_sdn:43377');
    expect(kim.schema).toBe('Person');
    expect(kim.caption).toBe('Sang Man KIM');
    expect(kim.names[0]).toEqual({ full: 'Sang Man KIM', kind: 'primary', script: 'Latin', parts: { given: 'Sang Man', family: 'KIM' } });
    expect(kim.names.map((n) => [n.full, n.kind])).toEqual([
      ['Sang Man KIM', 'primary'],
      ['Sangman KIM', 'aka'],
      ['S.M. KIM', 'fka'],
      ['KIMSM', 'weak'],
    ]);
    expect(kim.titles).toEqual(['Director']);
    expect(kim.programs).toEqual(['DPRK4', 'CYBER2']);
    expect(kim.gender).toBe('male');
    expect(kim.birthDates).toEqual([{ date: '1965-04-25' }, { date: '1960', approximate: true }, { from: '1960', to: '1962' }]);
    expect(kim.birthPlaces).toEqual(['North Pyongan Province, Korea, North']);
    expect(kim.countries).toContainEqual({ code: 'KP', role: 'birth' });
    expect(kim.countries).toEqual(
      expect.arrayContaining([
        { code: 'KP', role: 'nationality' },
        { code: 'RU', role: 'citizenship' },
        { code: 'KP', role: 'location' },
      ]),
    );
    expect(kim.addresses).toEqual([{ full: 'Street 1, Pyongyang, Korea, North', street: 'Street 1', city: 'Pyongyang', country: 'KP' }]);
    expect(kim.identifiers).toEqual([
      { type: 'passport', value: '109420132', label: 'Passport', country: 'KP', issued: '2019-10-16', expires: '2024-10-16' },
      { type: 'crypto', value: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ', label: 'Digital Currency Address - XBT', asset: 'XBT' },
      { type: 'crypto', value: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40', label: 'Digital Currency Address - ETH', asset: 'ETH' },
      { type: 'crypto', value: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40', label: 'Digital Currency Address - USDT', asset: 'USDT' },
      { type: 'email', value: 'kim@example.com', label: 'Email Address' },
      { type: 'national_id', value: '6068015', label: 'Cedula No.', country: 'CO' },
    ]);
    expect(kim.properties?.['Secondary sanctions risk']).toEqual(['North Korea Sanctions Regulations, sections 510.201 and 510.210']);
    expect(kim.remarks).toEqual(['Linked To: CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY.']);

    const vessel = entities[1] as Entity;
    expect(vessel.schema).toBe('Vessel');
    expect(vessel.caption).toBe('OCEAN STAR');
    expect(vessel.identifiers).toEqual([
      { type: 'imo', value: '9187629', label: 'Vessel Registration Identification' },
      { type: 'mmsi', value: '572469210', label: 'MMSI' },
    ]);
    expect(vessel.countries).toEqual([{ code: 'PA', role: 'flag' }]);
    expect(vessel.properties).toMatchObject({
      'Vessel Call Sign': ['9HA1234'],
      'Vessel Type': ['Crude Oil Tanker'],
      'Vessel Owner': ['NITC'],
      'Vessel Tonnage': ['150000'],
      'Vessel Gross Registered Tonnage': ['81000'],
    });
  });

  it('uses the dataset it is given for ids and accepts a prefixed root', async () => {
    const xml = doc(VESSEL).replace('<sdnList ', '<o:sdnList xmlns:o="urn:x" ').replace('</sdnList>', '</o:sdnList>');
    const { entities } = await run(xml, 'CONSOLIDATED.XML', 'us_ofac_cons');
    expect(entities.map((e) => e.id)).toEqual(['us_ofac_cons:9999']);
  });

  it('keeps unknown elements as properties and warns', async () => {
    const { entities, warnings } = await run(doc(VESSEL.replace('<sdnType>', '<newField>x</newField><sdnType>')));
    expect(entities[0]?.properties?.newField).toEqual(['x']);
    expect(warnings[0]).toMatch(/unknown element <newField>/);
  });

  it('warns when Record_Count disagrees with the entries', async () => {
    const { warnings } = await run(doc(VESSEL));
    expect(warnings).toEqual(['SDN.XML: Record_Count says 2, file holds 1 entries']);
  });

  it('detects sdnList files and not other XML', () => {
    expect(ofacClassicXml.detect(doc(VESSEL), 'sdn.xml')).toBe(true);
    expect(ofacClassicXml.detect('<?xml version="1.0"?><Sanctions xmlns="x">', 'sdn_advanced.xml')).toBe(false);
    expect(ofacClassicXml.defaultDataset([sourceFileFromBuffer('CONSOLIDATED.XML', '')])).toBe('us_ofac_cons');
    expect(ofacClassicXml.defaultDataset([sourceFileFromBuffer('SDN.XML', '')])).toBe('us_ofac_sdn');
  });

  describe('bad input', () => {
    const fails = async (xml: string | Buffer, pattern: RegExp): Promise<void> => {
      await expectSourceError(run(xml), pattern);
    };
    itRefusesBadXml(run, {
      truncated: [doc(PERSON).slice(0, 900), /^SDN\.XML:line \d+: malformed XML/],
      wrongRoot: [doc(VESSEL, 'Sanctions'), /SDN\.XML:line 2: unexpected root element <Sanctions>, expected <sdnList>/],
      empty: /SDN\.XML: file is empty/,
      doctype: [`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><sdnList>&lol2;</sdnList>`, /DOCTYPE declarations are not accepted/],
      overLong: [doc(VESSEL.replace('OCEAN STAR', 'A'.repeat(MAX_FIELD_LENGTH + 1))), /text exceeds/],
      invalidUtf8: [Buffer.concat([Buffer.from(doc(VESSEL).slice(0, 300)), Buffer.from([0xff, 0xfe]), Buffer.from(doc(VESSEL).slice(300))]), /invalid UTF-8/],
    });
    it('entry without uid', () => fails(doc(VESSEL.replace('<uid>9999</uid>', '')), /SDN\.XML:line \d+: <sdnEntry> without <uid>/));
    it('unknown sdnType', () => fails(doc(VESSEL.replace('>Vessel<', '>Spaceship<')), /unknown sdnType "Spaceship"/));
  });
});
