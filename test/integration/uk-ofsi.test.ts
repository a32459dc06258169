import { describe, expect, it } from 'vitest';
import { sourceFilesFromPath } from '../../src/ingest/files.js';
import type { Entity } from '../../src/model/entity.js';
import { formats } from '../../src/sources/uk-ofsi.js';
import { readXlsxRows } from '../../src/sources/xlsx.js';
import { HAS_SHARED_DATA, sharedFile } from '../helpers/data.js';
import { parseAll } from '../helpers/parse.js';

const xlsxFormat = formats.find((f) => f.name === 'uk_ofsi_conlist_xlsx')!;

/** Every row's Latin name, keyed by Group ID, read independently of the parser. */
async function rowNames(path: string): Promise<{ rows: number; names: Map<string, Set<string>> }> {
  const [file] = await sourceFilesFromPath(path);
  let header: string[] | undefined;
  let rows = 0;
  const names = new Map<string, Set<string>>();
  for await (const r of readXlsxRows(file!)) {
    if (r.rowNumber === 1) continue;
    if (!header) {
      header = r.cells;
      continue;
    }
    rows++;
    const get = (n: string): string => (r.cells[header!.indexOf(n)] ?? '').trim();
    const full = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Name 6'].map(get).filter((p) => p !== '').join(' ');
    const group = get('Group ID');
    if (!names.has(group)) names.set(group, new Set());
    names.get(group)!.add(full);
  }
  return { rows, names };
}

describe.skipIf(!HAS_SHARED_DATA)('UK OFSI ConList on the real files', () => {
  const april10 = sharedFile('uk', 'ofsi_conlist', '2025-04-10', 'ConList.xlsx');
  const april14 = sharedFile('uk', 'ofsi_conlist', '2025-04-14', 'ConList.xlsx');
  let entities: Entity[] = [];

  it('2025-04-10: 4,686 entities from 18,796 rows, every row name kept', async () => {
    const files = await sourceFilesFromPath(april10);
    expect(xlsxFormat.detect('PK\u0003\u0004', files[0]!.baseName)).toBe(true);
    const result = await parseAll(xlsxFormat, files);
    entities = result.entities;
    console.log(`[uk-ofsi] ConList 2025-04-10: ${entities.length} entities in ${result.ms.toFixed(0)} ms`);
    expect(result.published).toBe('2025-04-10');
    expect(result.warnings).toEqual([]);
    expect(entities).toHaveLength(4686);
    expect(new Set(entities.map((e) => e.id)).size).toBe(4686);

    const { rows, names } = await rowNames(april10);
    expect(rows).toBe(18796);
    expect(names.size).toBe(4686);
    // Rows repeat a name once per extra date of birth or address, so distinct row names are fewer than rows.
    const byId = new Map(entities.map((e) => [e.sourceId, e]));
    let distinct = 0;
    for (const [group, set] of names) {
      const got = new Set(byId.get(group)!.names.filter((n) => n.kind !== 'original_script').map((n) => n.full));
      for (const full of set) expect(got.has(full), `${group}: ${full}`).toBe(true);
      distinct += set.size;
      expect(got.size).toBe(set.size);
    }
    expect(distinct).toBeGreaterThan(12000);
    for (const e of entities) expect(e.caption).not.toBe('');
  });

  it('keeps DPRK people: Hangul names (only on Russia-regime designations in this file), dates of birth and passports', () => {
    const dprk = entities.filter((e) => e.programs?.includes("Democratic People's Republic of Korea"));
    expect(dprk.length).toBeGreaterThan(100);
    // Group 13327: JANG BOM SU (Tanchon Commercial Bank), DPRK regime, UN KPi.016, born 22/02/1958, diplomatic passport 836110034.
    const jang = entities.find((e) => e.id === 'gb_hmt_sanctions:13327')!;
    expect(jang.schema).toBe('Person');
    expect(jang.birthDates).toEqual([{ date: '1958-02-22' }, { date: '1957-04-15' }]);
    expect(jang.identifiers).toContainEqual({ type: 'un_ref', value: 'KPi.016', label: 'UN Ref' });
    expect(jang.identifiers?.find((i) => i.type === 'passport')).toMatchObject({ value: '836110034', note: expect.stringMatching(/diplomatic passport/) });

    const hangul = entities.filter((e) => e.names.some((n) => n.script === 'Hangul' && n.kind === 'original_script'));
    expect(hangul.map((e) => e.sourceId).sort()).toEqual(['16815', '16816', '16817', '16818', '16820']);
    // Group 16816: KIM YONG BOK, Hangul 김영복, designated under the Russia regime on 24/02/2025.
    const kim = entities.find((e) => e.id === 'gb_hmt_sanctions:16816')!;
    expect(kim.caption).toBe('KIM YONG BOK');
    expect(kim.names).toContainEqual({ full: '김영복', kind: 'original_script', script: 'Hangul', lang: 'ko' });
    expect(kim.countries).toContainEqual({ code: 'KP', role: 'nationality' });
    expect(kim.listedOn).toBe('2025-02-24');
  });

  it('turns ships into vessels with IMO numbers and flags', () => {
    const ships = entities.filter((e) => e.schema === 'Vessel');
    expect(ships.length).toBeGreaterThan(10);
    for (const s of ships) expect(s.identifiers?.some((i) => i.type === 'imo' && /^\d{7}$/.test(i.value)), s.id).toBe(true);
    const samJong = entities.find((e) => e.id === 'gb_hmt_sanctions:13651')!;
    expect(samJong.caption).toBe('SAM JONG 2');
    expect(samJong.identifiers).toContainEqual({ type: 'imo', value: '7408873', label: 'IMO number' });
    expect(samJong.countries).toContainEqual({ code: 'KP', role: 'flag' });
    expect(samJong.names.map((n) => n.full)).toContain('YU_JONG_3');
  });

  it('2025-04-14: 4,688 entities', async () => {
    const result = await parseAll(xlsxFormat, await sourceFilesFromPath(april14));
    console.log(`[uk-ofsi] ConList 2025-04-14: ${result.entities.length} entities in ${result.ms.toFixed(0)} ms`);
    expect(result.published).toBe('2025-04-14');
    expect(result.entities).toHaveLength(4688);
  });
});
