import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import { sourceFileFromBuffer, sourceFilesFromPath } from '../../../src/ingest/files.js';
import { MAX_FIELD_LENGTH, SourceError } from '../../../src/sources/errors.js';
import { datasets, formats } from '../../../src/sources/ftm-json.js';
import type { SourceFile } from '../../../src/sources/types.js';

const format = formats[0]!;
const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'ftm', 'entities.ftm.json');

async function parse(files: SourceFile[], dataset = 'opensanctions'): Promise<{ byId: Map<string, Entity>; warnings: string[] }> {
  const byId = new Map<string, Entity>();
  const warnings: string[] = [];
  for await (const e of format.parse({ dataset, files, setPublished: () => {}, warn: (m) => warnings.push(m) })) byId.set(e.id, e);
  return { byId, warnings };
}

describe('FollowTheMoney JSON lines: the fixture', () => {
  it('yields only screenable entities, with ids under the caller\'s dataset', async () => {
    const { byId, warnings } = await parse(await sourceFilesFromPath(FIXTURE), 'os_sanctions');
    expect([...byId.keys()].sort()).toEqual([
      'os_sanctions:NK-kim-sang-man',
      'os_sanctions:ofac-ansan-shipping',
      'os_sanctions:ofac-chinyong',
      'os_sanctions:ofac-plane-ep-mmh',
      'os_sanctions:ofac-vessel-an-san-1',
      'os_sanctions:ofac-wallet-1d6g',
    ]);
    expect(warnings).toEqual(['entities.ftm.json: 1 Security record(s) are neither screenable nor links, not imported']);
  });

  it('maps a Person with names, parts, identifiers, sanction, passport, wallet and directorship', async () => {
    const { byId } = await parse(await sourceFilesFromPath(FIXTURE));
    const kim = byId.get('opensanctions:NK-kim-sang-man')!;
    expect(kim).toMatchObject({
      schema: 'Person',
      caption: 'Sang Man KIM',
      birthDates: [{ date: '1965-04-25' }],
      countries: [{ code: 'KP', role: 'nationality' }],
      gender: 'male',
      positions: ['Chief Executive Officer'],
      programs: ['US-DPRK4'],
      listedOn: '2023-05-23',
      sourceUrl: 'https://ofac.treasury.gov/recent-actions/20230523',
    });
    expect(kim.names).toEqual([
      { full: 'Sang Man KIM', kind: 'primary', script: 'Latin', parts: { given: 'Sang Man', family: 'KIM' } },
      { full: 'Kim Sangman', kind: 'aka', script: 'Latin' },
      { full: '김상만', kind: 'aka', script: 'Hangul' },
    ]);
    expect(kim.identifiers).toEqual([
      { type: 'passport', value: '109420132' },
      { type: 'email', value: 'kim.sm@example.com' },
      { type: 'crypto', value: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ', asset: 'XBT' },
      { type: 'passport', value: '827220538', country: 'KP', label: 'Passport', expires: '2027-05-01' },
    ]);
    expect(kim.relationships).toEqual([
      { target: 'opensanctions:ofac-chinyong', type: 'director_of', label: 'CEO' },
      { target: 'opensanctions:ofac-wallet-1d6g', type: 'holder_of' },
    ]);
    expect(kim.remarks).toEqual([
      'Linked to DPRK IT workers generating revenue for the DPRK.',
      'Sanction reason: Acting for or on behalf of the Chinyong Information Technology Cooperation Company.',
    ]);
    expect(kim.properties).toMatchObject({
      topics: ['sanction'],
      createdAt: ['2023-05-23'],
      referents: ['ofac-43377'],
      datasets: ['us_ofac_sdn'],
      first_seen: ['2023-05-24T00:00:00'],
      program: ["Democratic People's Republic of Korea Sanctions"],
      'sanction.authority': ['Office of Foreign Assets Control'],
    });
  });

  it('maps Company, Organization, Vessel, Aircraft and CryptoWallet, and ownership both ways', async () => {
    const { byId } = await parse(await sourceFilesFromPath(FIXTURE));
    const chinyong = byId.get('opensanctions:ofac-chinyong')!;
    expect(chinyong).toMatchObject({ schema: 'Company', programs: ['US-DPRK3'], listedOn: '2018-09-13' });
    expect(chinyong.addresses).toEqual([{ full: 'Pyongyang, North Korea', city: 'Pyongyang', country: 'KP' }]);
    expect(chinyong.countries).toEqual([
      { code: 'KP', role: 'location' },
      { code: 'KP', role: 'jurisdiction' },
    ]);
    expect(chinyong.relationships).toEqual([{ target: 'opensanctions:NK-kim-sang-man', type: 'has_director', label: 'CEO' }]);

    const ansan = byId.get('opensanctions:ofac-ansan-shipping')!;
    expect(ansan.names.map((n) => n.kind)).toEqual(['primary', 'weak', 'fka']);
    expect(ansan.relationships).toEqual([{ target: 'opensanctions:ofac-vessel-an-san-1', type: 'owner_of', label: 'Registered owner, 100%' }]);
    // The bond it owns is not screenable: the link is kept as a property, not as a dangling relationship.
    expect(ansan.properties?.['owner_of.unlisted']).toEqual(['opensanctions:sec-ansan-bond']);

    const vessel = byId.get('opensanctions:ofac-vessel-an-san-1')!;
    expect(vessel).toMatchObject({ schema: 'Vessel', countries: [{ code: 'KP', role: 'flag' }], programs: ['UN-SCDPRK'] });
    expect(vessel.identifiers).toEqual([
      { type: 'imo', value: '7303803' },
      { type: 'mmsi', value: '445999000' },
    ]);
    expect(vessel.relationships).toEqual([{ target: 'opensanctions:ofac-ansan-shipping', type: 'owned_by', label: 'Registered owner, 100%' }]);
    expect(vessel.properties).toMatchObject({ type: ['Oil Tanker'], tonnage: ['1500'] });

    const plane = byId.get('opensanctions:ofac-plane-ep-mmh')!;
    expect(plane.schema).toBe('Aircraft');
    expect(plane.identifiers).toEqual([
      { type: 'aircraft_tail', value: 'EP-MMH' },
      { type: 'aircraft_serial', value: '416' },
    ]);

    const wallet = byId.get('opensanctions:ofac-wallet-1d6g')!;
    expect(wallet).toMatchObject({
      schema: 'CryptoWallet',
      caption: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ',
      identifiers: [{ type: 'crypto', value: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ', asset: 'XBT' }],
      relationships: [{ target: 'opensanctions:NK-kim-sang-man', type: 'held_by' }],
    });
  });
});

describe('FollowTheMoney JSON lines: bad input', () => {
  const fails = async (data: string | Buffer, pattern: RegExp): Promise<void> => {
    const err = await parse([sourceFileFromBuffer('entities.ftm.json', data)]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SourceError);
    expect((err as Error).message).toMatch(pattern);
  };
  const good = '{"id": "a", "schema": "Person", "properties": {"name": ["A B"]}}';

  it('invalid JSON names the line', async () => fails(`${good}\n${good}\n{"id": "b", "schema": "Person", "properties": {\n`, /^entities\.ftm\.json:line 3: invalid JSON/));
  it('truncated last line', async () => fails(`${good}\n{"id": "b", "sch`, /^entities\.ftm\.json:line 2: invalid JSON/));
  it('not an object', async () => fails(`${good}\n["a"]\n`, /line 2: expected a JSON object per line/));
  it('missing id or schema', async () => {
    await fails('{"schema": "Person", "properties": {}}', /line 1: entity without a string "id"/);
    await fails('{"id": "x", "properties": {}}', /line 1: entity x without a "schema"/);
  });
  it('wrong format', async () => fails('<?xml version="1.0"?><CONSOLIDATED_LIST/>', /line 1: not FollowTheMoney JSON lines/));
  it('empty file', async () => fails('', /^entities\.ftm\.json: file is empty/));
  it('blank file', async () => fails('\n\n', /no entities in file/));
  it('over-long field', async () => fails(`{"id": "a", "schema": "Person", "properties": {"name": ["${'x'.repeat(MAX_FIELD_LENGTH + 1)}"]}}`, /line 1: entity a: property name exceeds/));
  it('nested value', async () => fails('{"id": "a", "schema": "Person", "properties": {"name": [{"x": 1}]}}', /property name holds a non-text value/));
  it('invalid UTF-8 names the line', async () =>
    fails(Buffer.concat([Buffer.from(`${good}\n${good}\n{"id": "c", "schema": "Person", "properties": {"name": ["`), Buffer.from([0xe2, 0x28, 0xa1]), Buffer.from('"]}}\n')]), /^entities\.ftm\.json:line 3: invalid UTF-8/));
});

describe('FollowTheMoney format registration', () => {
  it('detects JSON lines and registers the OpenSanctions dataset as opt-in', () => {
    expect(format.detect('{"id": "NK-abc", "caption": "X", "schema": "Person"', 'export.json')).toBe(true);
    expect(format.detect('anything', 'entities.ftm.json')).toBe(true);
    expect(format.detect('id,name\n1,x', 'list.csv')).toBe(false);
    expect(format.defaultDataset([])).toBe('opensanctions');
    expect(datasets[0]).toMatchObject({
      name: 'opensanctions',
      urls: ['https://data.opensanctions.org/datasets/latest/sanctions/entities.ftm.json'],
      enabledByDefault: false,
    });
    expect(datasets[0]!.licence).toMatch(/CC BY-NC/);
  });
});
