import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFileFromBuffer } from '../../../src/ingest/files.js';
import { formats } from '../../../src/sources/ch-seco.js';
import { MAX_FIELD_LENGTH } from '../../../src/sources/errors.js';
import { parseAll } from '../../helpers/parse.js';

const format = formats[0]!;
const xml = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'ch', 'seco-sanctions.xml'), 'utf8');
const parse = (text: string | Buffer) => parseAll(format, [sourceFileFromBuffer('seco.xml', text)]);
const PROGRAM = "Democratic People's Republic of Korea (North Korea): Ordinance of 18 May 2016 on Measures against the Democratic People's Republic of Korea (SR 946.231.127.6)";

describe('Switzerland SECO sanctions XML', () => {
  it('detects the format', () => {
    expect(format.detect(xml.slice(0, 400), 'downloadxmlgesamtliste.xhtml')).toBe(true);
    expect(format.detect('<?xml version="1.0"?><sdnList>', 'sdn.xml')).toBe(false);
  });

  it('maps the individual: names per identity and script, dates, documents, places, program, modifications', async () => {
    const { entities, published, warnings } = await parse(xml);
    expect(warnings).toEqual([]);
    expect(published).toBe('2026-02-20');
    // The individual's address refers to a place defined after it, so it is read last.
    expect(entities.map((e) => e.id)).toEqual(['ch_seco_sanctions:10052', 'ch_seco_sanctions:52001', 'ch_seco_sanctions:41321']);
    const jang = entities[2]!;
    expect(jang.schema).toBe('Person');
    expect(jang.caption).toBe('JANG Bom Su');
    expect(jang.names.map((n) => [n.full, n.kind, n.script, n.lang])).toEqual([
      ['JANG Bom Su', 'primary', 'Latin', undefined],
      ['장범수', 'original_script', 'Hangul', 'ko'],
      ['Jang Pom Su', 'aka', 'Latin', undefined],
      ['Jang Hyon U', 'aka', 'Latin', undefined],
    ]);
    expect(jang.names[0]!.parts).toEqual({ ordered: ['JANG', 'Bom Su'], given: 'Bom Su', family: 'JANG' });
    expect(jang.gender).toBe('male');
    expect(jang.birthDates).toEqual([{ date: '1957-04-15' }, { date: '1958-02-22' }]);
    expect(jang.countries).toEqual([{ code: 'KP', role: 'nationality' }, { code: 'SY', role: 'location' }]);
    expect(jang.addresses).toEqual([{ full: 'Damascus, Syria', city: 'Damascus', country: 'SY' }]);
    expect(jang.identifiers).toEqual([
      { type: 'passport', value: '836110034', label: 'diplomatic-passport', country: 'KP', expires: '2020-01-01' },
      { type: 'un_ref', value: 'KPi.016', label: 'UN reference (other information)' },
    ]);
    expect(jang.relationships).toEqual([{ target: 'ch_seco_sanctions:10071', type: 'related_to', label: 'Tanchon Commercial Bank' }]);
    expect(jang.programs).toEqual([PROGRAM]);
    expect(jang.listedOn).toBe('2016-03-04');
    expect(jang.properties).toEqual({ sanctionsSet: ['Annex 1'], origin: ['UN'], amendedOn: ['2017-08-17'] });
    expect(jang.remarks).toEqual(['Tanchon Commercial Bank Representative in Syria.', 'UN reference: KPi.016']);
  });

  it('maps the entity and the vessel', async () => {
    const { entities } = await parse(xml);
    const komid = entities[0]!;
    expect(komid.schema).toBe('Organization');
    expect(komid.names.map((n) => [n.full, n.kind])).toEqual([
      ['Korea Mining Development Trading Corporation', 'primary'],
      ['조선광업개발무역회사', 'original_script'],
      ['KOMID', 'aka'],
      ['Changgwang Sinyong Corporation', 'fka'],
    ]);
    expect(komid.addresses).toEqual([{ full: 'Central District, Pyongyang, North Korea', city: 'Pyongyang', country: 'KP' }]);
    expect(komid.identifiers).toEqual([{ type: 'un_ref', value: 'KPe.001', label: 'UN reference (other information)' }]);
    expect(komid.listedOn).toBe('2009-05-02');
    const ship = entities[1]!;
    expect(ship.schema).toBe('Vessel');
    expect(ship.names.map((n) => [n.full, n.kind])).toEqual([['SAM JONG 2', 'primary'], ['YU JONG 3', 'fka']]);
    expect(ship.identifiers).toEqual([{ type: 'imo', value: '7408873', label: 'IMO number' }]);
    expect(ship.properties?.objectType).toEqual(['vessel']);
  });

  it('warns about references it cannot resolve and unknown object types', async () => {
    const doc = `<swiss-sanctions-list date="2026-01-01"><target ssid="1" sanctions-set-id="9"><object object-type="submarine"><identity main="true"><name name-type="primary-name" quality="good"><name-part name-part-type="whole-name"><value>X</value></name-part></name><address place-id="77"/></identity></object></target></swiss-sanctions-list>`;
    const { entities, warnings } = await parse(doc);
    expect(entities[0]!.schema).toBe('LegalEntity');
    expect(warnings).toEqual([
      'seco.xml:line 1: target 1 refers to unknown place 77',
      'seco.xml:line 1: unknown object-type "submarine" for target 1',
      'seco.xml:line 1: target 1 refers to unknown sanctions-set 9',
    ]);
  });

  it('refuses the wrong root, malformed XML, a DOCTYPE, an empty file, a target without ssid or identity, and over-long text', async () => {
    await expect(parse('<?xml version="1.0"?><sdnList><sdnEntry/></sdnList>')).rejects.toThrow(/^seco\.xml:line 1: unexpected root element <sdnList>, expected <swiss-sanctions-list>$/);
    await expect(parse(xml.slice(0, xml.indexOf('</target>') - 10))).rejects.toThrow(/^seco\.xml:line \d+: malformed XML/);
    await expect(parse('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><swiss-sanctions-list/>')).rejects.toThrow(/DOCTYPE declarations are not accepted/);
    await expect(parse('')).rejects.toThrow(/^seco\.xml: file is empty$/);
    await expect(parse('<swiss-sanctions-list date="2026-01-01"/>')).rejects.toThrow(/^seco\.xml: no <target> elements/);
    await expect(parse('<swiss-sanctions-list><target><entity/></target></swiss-sanctions-list>')).rejects.toThrow(/^seco\.xml:line 1: <target> has no ssid attribute$/);
    await expect(parse('<swiss-sanctions-list><target ssid="5"><entity/></target></swiss-sanctions-list>')).rejects.toThrow(/^seco\.xml:line 1: target 5 has no <identity>$/);
    const long = `<swiss-sanctions-list><target ssid="5"><entity><justification>${'x'.repeat(MAX_FIELD_LENGTH + 1)}</justification></entity></target></swiss-sanctions-list>`;
    await expect(parse(long)).rejects.toThrow(/<justification> text exceeds 65536 characters/);
  });
});
