import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import { sourceFileFromBuffer } from '../../../src/ingest/files.js';
import { ofacCsv, splitPrograms } from '../../../src/sources/ofac-csv.js';
import { MAX_FIELD_LENGTH, SourceError } from '../../../src/sources/errors.js';

/** Files as OFAC writes them: Windows-1252, CRLF, a closing 0x1A byte. */
function legacy(name: string, lines: string[], eol = '\r\n'): ReturnType<typeof sourceFileFromBuffer> {
  const text = lines.map((l) => l + eol).join('');
  return sourceFileFromBuffer(name, Buffer.concat([Buffer.from(text, 'latin1'), Buffer.from([0x1a])]));
}

const E = '-0- ';
const longRemark = 'DOB 25 Apr 1965; a.k.a. ' + "'WHOIS HACKING TEAM'; Linked To: BANCO NACIONAL DE CUBA.";
// OFAC splits long remarks at a fixed length, here inside "HACKING".
const cut = longRemark.indexOf('KING');

const SDN = [
  `306,"BANCO NACIONAL DE CUBA",${E},"CUBA",${E},${E},${E},${E},${E},${E},${E},"a.k.a. 'BNC'."`,
  `2674,"OCEAN STAR",vessel,"IRAN] [IFSR",${E},"9HA1234","Crude Oil Tanker","150,000","81,000","Panama","NITC","Vessel Registration Identification IMO 9187629; MMSI 572469210."`,
  `43377,"KIM, Sang Man","individual","DPRK4] [CYBER2","Director",${E},${E},${E},${E},${E},${E},"${longRemark.slice(0, cut)}"`,
  `43378,"GARC\xcdA, Jos\xe9","individual","SDNTK",${E},${E},${E},${E},${E},${E},${E},${E}`,
];
const ADD = [
  `306,199,"Zweierstrasse 35","Zurich CH-8022","Switzerland",${E}`,
  `306,200,${E},${E},${E},${E}`,
  `2674,201,${E},${E},"Iran","registered owner"`,
  `43377,202,${E},"Pyongyang","Korea, North",${E}`,
];
const ALT = [`306,220,"aka","NATIONAL BANK OF CUBA",${E}`, `43377,67286,"aka","KIM, Sangman",${E}`, `43377,67287,"fka","KIM, S.M.","low quality"`];
const COMMENTS = [`43377,"${longRemark.slice(cut)}"`];

async function run(files: ReturnType<typeof sourceFileFromBuffer>[], dataset = 'us_ofac_sdn'): Promise<{ entities: Entity[]; warnings: string[] }> {
  const entities: Entity[] = [];
  const warnings: string[] = [];
  for await (const e of ofacCsv.parse({ dataset, files, setPublished: () => undefined, warn: (w) => warnings.push(w) })) entities.push(e);
  return { entities, warnings };
}

const fullSet = (): ReturnType<typeof sourceFileFromBuffer>[] => [
  legacy('sdn.csv', SDN),
  legacy('add.csv', ADD),
  legacy('alt.csv', ALT),
  // sdn_comments.csv came with LF line ends in the 2023 snapshot.
  legacy('sdn_comments.csv', COMMENTS, '\n'),
];

describe('OFAC legacy CSV set', () => {
  it('joins the four files into entities', async () => {
    const { entities, warnings } = await run(fullSet());
    expect(warnings).toEqual([]);
    expect(entities.map((e) => e.id)).toEqual(['us_ofac_sdn:306', 'us_ofac_sdn:2674', 'us_ofac_sdn:43377', 'us_ofac_sdn:43378']);
    const [bank, vessel, kim, garcia] = entities as [Entity, Entity, Entity, Entity];

    expect(bank.schema).toBe('Organization');
    expect(bank.names.map((n) => [n.full, n.kind])).toEqual([
      ['BANCO NACIONAL DE CUBA', 'primary'],
      ['NATIONAL BANK OF CUBA', 'aka'],
      ['BNC', 'weak'],
    ]);
    expect(bank.addresses).toEqual([{ full: 'Zweierstrasse 35, Zurich CH-8022, Switzerland', street: 'Zweierstrasse 35', city: 'Zurich CH-8022', country: 'CH' }]);

    expect(vessel.schema).toBe('Vessel');
    expect(vessel.programs).toEqual(['IRAN', 'IFSR']);
    expect(vessel.identifiers).toEqual([
      { type: 'imo', value: '9187629', label: 'Vessel Registration Identification' },
      { type: 'mmsi', value: '572469210', label: 'MMSI' },
    ]);
    expect(vessel.properties).toEqual({
      'Vessel Call Sign': ['9HA1234'],
      'Vessel Type': ['Crude Oil Tanker'],
      'Vessel Tonnage': ['150,000'],
      'Vessel Gross Registered Tonnage': ['81,000'],
      'Vessel Owner': ['NITC'],
    });
    expect(vessel.countries).toEqual([
      { code: 'PA', role: 'flag' },
      { code: 'IR', role: 'location' },
    ]);
    expect(vessel.remarks).toEqual(['address Iran: registered owner']);

    expect(kim.schema).toBe('Person');
    expect(kim.caption).toBe('Sang Man KIM');
    expect(kim.names).toEqual([
      { full: 'Sang Man KIM', kind: 'primary', script: 'Latin', parts: { given: 'Sang Man', family: 'KIM' } },
      { full: 'Sangman KIM', kind: 'aka', script: 'Latin', parts: { given: 'Sangman', family: 'KIM' } },
      { full: 'S.M. KIM', kind: 'fka', script: 'Latin', parts: { given: 'S.M.', family: 'KIM' } },
      // Joined across the split in the comments file: "WHOIS HAC" + "KING TEAM'".
      { full: 'WHOIS HACKING TEAM', kind: 'weak', script: 'Latin' },
    ]);
    expect(kim.titles).toEqual(['Director']);
    expect(kim.programs).toEqual(['DPRK4', 'CYBER2']);
    expect(kim.birthDates).toEqual([{ date: '1965-04-25' }]);
    expect(kim.relationships).toEqual([{ target: 'us_ofac_sdn:306', type: 'linked_to', label: 'Linked To' }]);
    expect(kim.remarks).toEqual(['alias S.M. KIM: low quality', 'Linked To: BANCO NACIONAL DE CUBA.']);

    // Windows-1252 bytes decoded, not mangled.
    expect(garcia.caption).toBe('José GARCÍA');
  });

  it('reads the consolidated set into us_ofac_cons', async () => {
    const files = [legacy('cons_prim.csv', SDN.slice(0, 1)), legacy('cons_add.csv', ADD.slice(0, 1)), legacy('cons_alt.csv', ALT.slice(0, 1)), legacy('cons_comments.csv', [])];
    expect(ofacCsv.defaultDataset(files)).toBe('us_ofac_cons');
    const { entities } = await run(files, 'us_ofac_cons');
    expect(entities.map((e) => [e.id, e.names.length, e.addresses?.length])).toEqual([['us_ofac_cons:306', 3, 1]]);
  });

  it('detects the principal file and names its companions', () => {
    expect(ofacCsv.detect(SDN.join('\r\n'), 'sdn.csv')).toBe(true);
    expect(ofacCsv.detect(ADD.join('\r\n'), 'add.csv')).toBe(false);
    expect(ofacCsv.detect('name,dob\r\n', 'sdn.csv')).toBe(false);
    expect(ofacCsv.companions?.(legacy('cons_prim.csv', []))).toEqual(['cons_add.csv', 'cons_alt.csv', 'cons_comments.csv']);
  });

  it('warns about missing companions and orphan rows instead of dropping them silently', async () => {
    const { entities, warnings } = await run([legacy('sdn.csv', SDN.slice(0, 1)), legacy('alt.csv', [...ALT.slice(0, 1), `999,1,"aka","NOBODY",${E}`])]);
    expect(entities).toHaveLength(1);
    expect(warnings).toEqual([
      'sdn.csv: companion file add.csv not found; its data is missing from this import',
      'sdn.csv: companion file sdn_comments.csv not found; its data is missing from this import',
      'alt.csv:line 2: ent_num 999 has no row in the principal file',
    ]);
  });

  it('splits bracketed program lists', () => {
    expect(splitPrograms('IRAN] [SDGT] [IRGC] [IFSR')).toEqual(['IRAN', 'SDGT', 'IRGC', 'IFSR']);
    expect(splitPrograms('SDGT')).toEqual(['SDGT']);
  });

  describe('bad input', () => {
    const fails = async (files: ReturnType<typeof sourceFileFromBuffer>[], pattern: RegExp): Promise<void> => {
      const err = await run(files).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SourceError);
      expect((err as Error).message).toMatch(pattern);
    };
    it('wrong column count names the file and line', () =>
      fails([legacy('sdn.csv', [SDN[0] as string, '307,"SHORT ROW","individual"'])], /^sdn\.csv:line 2: expected 12 columns, found 3/));
    it('wrong column count in a companion', () => fails([legacy('sdn.csv', SDN), legacy('add.csv', ['306,199,"x"'])], /^add\.csv:line 1: expected 6 columns, found 3/));
    it('not the CSV set', () => fails([legacy('people.csv', SDN)], /not the OFAC legacy CSV set/));
    it('empty file', () => fails([sourceFileFromBuffer('sdn.csv', Buffer.alloc(0))], /^sdn\.csv: file is empty/));
    it('only the end-of-file byte', () => fails([sourceFileFromBuffer('sdn.csv', Buffer.from([0x1a]))], /^sdn\.csv: file is empty/));
    it('NUL bytes (a binary file)', () =>
      fails([sourceFileFromBuffer('sdn.csv', Buffer.concat([Buffer.from(SDN[0] + '\r\n', 'latin1'), Buffer.from([0x30, 0x00, 0x01])]))], /^sdn\.csv:line 2: invalid byte 0x00/));
    it('bytes undefined in Windows-1252', () =>
      fails([sourceFileFromBuffer('sdn.csv', Buffer.from(SDN[0]!.replace('CUBA', 'CU\x81A') + '\r\n', 'latin1'))], /^sdn\.csv:line 1: invalid byte 0x81/));
    it('a stray 0x1A before the end', () =>
      fails([sourceFileFromBuffer('sdn.csv', Buffer.concat([Buffer.from(SDN[0] + '\r\n', 'latin1'), Buffer.from([0x1a]), Buffer.from(SDN[1] + '\r\n', 'latin1')]))], /stray 0x1A/));
    it('truncated inside a quoted field', () => fails([sourceFileFromBuffer('sdn.csv', Buffer.from(SDN[0]!.slice(0, SDN[0]!.indexOf('a.k.a.') + 3), 'latin1'))], /^sdn\.csv:line \d+: malformed CSV/));
    it('over-long field', () =>
      fails([legacy('sdn.csv', [SDN[0]!.replace("a.k.a. 'BNC'.", 'x'.repeat(MAX_FIELD_LENGTH + 1))])], /^sdn\.csv:line 1: field exceeds/));
    it('rows out of order', () => fails([legacy('sdn.csv', [SDN[2] as string, SDN[0] as string])], /^sdn\.csv:line 2: rows are not sorted by ent_num \(306 after 43377\)/));
    it('non-numeric ent_num', () => fails([legacy('sdn.csv', [SDN[0]!.replace(/^306/, 'abc')])], /^sdn\.csv:line 1: ent_num "abc" is not a number/));
    it('unknown SDN_Type', () => fails([legacy('sdn.csv', [SDN[0]!.replace(`"BANCO NACIONAL DE CUBA",${E}`, '"BANCO NACIONAL DE CUBA","spaceship"')])], /unknown SDN_Type "spaceship"/));
  });
});
