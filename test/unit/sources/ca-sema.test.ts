import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFileFromBuffer } from '../../../src/ingest/files.js';
import { formats } from '../../../src/sources/ca-sema.js';
import { MAX_FIELD_LENGTH } from '../../../src/sources/errors.js';
import { parseAll } from '../../helpers/parse.js';

const format = formats[0]!;
const xml = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'ca', 'sema-lmes.xml'), 'utf8');
const parse = (text: string | Buffer) => parseAll(format, [sourceFileFromBuffer('sema-lmes.xml', text)]);

describe('Canada SEMA consolidated list XML', () => {
  it('detects the format', () => {
    expect(format.detect(xml.slice(0, 600), 'sema-lmes.xml')).toBe(true);
    expect(format.detect('<?xml version="1.0"?><sdnList>', 'sdn.xml')).toBe(false);
  });

  it('reads the bilingual edition: person, entity and ship', async () => {
    const { entities, published, warnings } = await parse(xml);
    expect(warnings).toEqual([]);
    expect(published).toBe('2018-05-01');
    expect(entities.map((e) => [e.id, e.schema, e.caption])).toEqual([
      ['ca_dfatd_sema_sanctions:north-korea/1-part-1/12', 'Person', 'Bom Su Jang'],
      ['ca_dfatd_sema_sanctions:north-korea/1-part-2/3', 'Organization', 'Korea Mining Development Trading Corporation'],
      ['ca_dfatd_sema_sanctions:north-korea/1-part-3/1', 'Vessel', 'SAM JONG 2'],
    ]);
    const [jang, komid, ship] = entities as [NonNullable<(typeof entities)[0]>, NonNullable<(typeof entities)[0]>, NonNullable<(typeof entities)[0]>];
    expect(jang.names).toEqual([
      { full: 'Bom Su Jang', kind: 'primary', script: 'Latin', parts: { ordered: ['Bom Su', 'Jang'], given: 'Bom Su', family: 'Jang' } },
      { full: 'Jang Pom Su', kind: 'aka', script: 'Latin' },
      { full: 'Jang Hyon U', kind: 'aka', script: 'Latin' },
      { full: '장범수', kind: 'original_script', script: 'Hangul' },
    ]);
    expect(jang.birthDates).toEqual([{ date: '1957-04-15' }]);
    expect(jang.titles).toEqual(['Tanchon Commercial Bank representative in Syria']);
    expect(jang.countries).toEqual([{ code: 'KP', role: 'other' }]);
    expect(jang.programs).toEqual(['North Korea, Schedule 1, Part 1']);
    expect(jang.listedOn).toBe('2017-09-22');
    expect(jang.properties).toEqual({ item: ['12'] });

    expect(komid.names.map((n) => [n.full, n.kind])).toEqual([
      ['Korea Mining Development Trading Corporation', 'primary'],
      ['KOMID', 'aka'],
      ['Changgwang Sinyong Corporation', 'aka'],
    ]);
    expect(komid.listedOn).toBe('2011-08-11');

    expect(ship.identifiers).toEqual([{ type: 'imo', value: '7408873', label: 'Ship IMO number' }]);
    expect(ship.properties).toEqual({ buildDate: ['1975'], vesselType: ['Oil tanker / Pétrolier'], item: ['1'] });
  });

  it('reads the older edition with plain element names and keeps unknown elements', async () => {
    const old = `<?xml version="1.0"?><data-set><record><Country>Russia</Country><LastName>Ivanov</LastName><GivenName>Petr</GivenName><DateOfBirthOrShipBuildDate>1970</DateOfBirthOrShipBuildDate><Schedule>1, Part 1</Schedule><Item>7</Item><DateOfListing>2022-03-14</DateOfListing><Remark>test</Remark></record>
<record><Country>Russia</Country><LastName>Ivanov</LastName><GivenName>Pavel</GivenName><Schedule>1, Part 1</Schedule><Item>7</Item></record></data-set>`;
    const { entities, warnings } = await parse(old);
    expect(entities.map((e) => e.id)).toEqual(['ca_dfatd_sema_sanctions:russia/1-part-1/7', 'ca_dfatd_sema_sanctions:russia/1-part-1/7~2']);
    expect(entities[0]!.birthDates).toEqual([{ date: '1970' }]);
    expect(entities[0]!.countries).toEqual([{ code: 'RU', role: 'other' }]);
    expect(entities[0]!.properties).toEqual({ item: ['7'], Remark: ['test'] });
    expect(warnings).toEqual([
      'sema-lmes.xml:line 1: unknown element <Remark> kept as a property',
      'sema-lmes.xml:line 2: Russia schedule 1, Part 1 item 7 appears again; kept as russia/1-part-1/7~2',
    ]);
  });

  it('refuses the wrong root, malformed XML, a DOCTYPE, an empty file, nameless or numberless records and over-long text', async () => {
    await expect(parse('<?xml version="1.0"?><sdnList><sdnEntry/></sdnList>')).rejects.toThrow(/^sema-lmes\.xml:line 1: unexpected root element <sdnList>, expected <data-set>$/);
    await expect(parse(xml.slice(0, xml.indexOf('</record>') - 10))).rejects.toThrow(/^sema-lmes\.xml:line \d+: malformed XML/);
    await expect(parse('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><data-set><record>&e;</record></data-set>')).rejects.toThrow(/DOCTYPE declarations are not accepted/);
    await expect(parse('')).rejects.toThrow(/^sema-lmes\.xml: file is empty$/);
    await expect(parse('<data-set></data-set>')).rejects.toThrow(/^sema-lmes\.xml: no <record> elements/);
    await expect(parse('<data-set><record><Country>Russia</Country><Item>1</Item></record></data-set>')).rejects.toThrow(/^sema-lmes\.xml:line 1: record has neither LastName\/GivenName nor EntityOrShip$/);
    await expect(parse('<data-set><record><LastName>X</LastName></record></data-set>')).rejects.toThrow(/^sema-lmes\.xml:line 1: record has no Item number$/);
    const long = `<data-set><record><LastName>${'x'.repeat(MAX_FIELD_LENGTH + 1)}</LastName></record></data-set>`;
    await expect(parse(long)).rejects.toThrow(/<LastName> text exceeds 65536 characters/);
  });
});
