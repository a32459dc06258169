import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/entity.js';
import { sourceFileFromBuffer, sourceFilesFromPath } from '../../src/ingest/files.js';
import { resolveCrossList, type CrossListResolution } from '../../src/match/crosslist.js';
import { FORMATS } from '../../src/sources/registry.js';
import { formats as krFormats } from '../../src/sources/kr-fsc.js';
import { HAS_SHARED_DATA, sharedFile } from '../helpers/data.js';
import { parseAll } from '../helpers/parse.js';

const LISTS: [format: string, path: string[]][] = [
  ['ofac_advanced_xml', ['ofac', 'sdn_advanced', '2025-11-19', 'sdn_advanced.xml.gz']],
  ['un_sc_xml', ['un', '2026-02-27', 'consolidated.xml']],
  ['uk_ofsi_conlist_xlsx', ['uk', 'ofsi_conlist', '2025-04-10', 'ConList.xlsx']],
  ['au_dfat_consolidated_xlsx', ['au', 'dfat_consolidated', '2024-11-11', 'regulation8_consolidated.xlsx']],
];

async function load(): Promise<Entity[]> {
  const out: Entity[] = [];
  for (const [name, path] of LISTS) {
    const format = FORMATS.find((f) => f.name === name)!;
    out.push(...(await parseAll(format, await sourceFilesFromPath(sharedFile(...path)))).entities);
  }
  return out;
}

const members = (r: CrossListResolution, id: string): string[] => r.groupOf(id)?.members.map((m) => m.entityId) ?? [];
const explanations = (r: CrossListResolution, id: string): string[] => r.groupOf(id)?.links.map((l) => `${l.a} ~ ${l.b}: ${l.explanation}`) ?? [];

describe.skipIf(!HAS_SHARED_DATA)('cross-list resolution on the real OFAC, UN, UK and AU lists with the Korean fixture', () => {
  it('resolves KIM Sang Man and the Technical Reconnaissance Bureau across OFAC and Korea, and UN/UK/AU listings by UN reference', async () => {
    const lists = await load();
    const kr = await parseAll(krFormats[0]!, [sourceFileFromBuffer('fsc-annex.txt', readFileSync(join(import.meta.dirname, '..', 'fixtures', 'kr', 'fsc-annex.txt')))]);

    const base = resolveCrossList(lists);
    console.log(`[crosslist] OFAC+UN+UK+AU: ${base.stats.entities} entities, ${base.stats.groups} groups of ${base.stats.entitiesGrouped} entries; ${base.stats.identifierLinks} identifier and ${base.stats.nameLinks} name links; ${base.stats.refused} refused; ${base.stats.ms.toFixed(0)} ms`);
    const sizes: Record<string, number> = {};
    for (const g of base.groups) sizes[g.datasets.join('+')] = (sizes[g.datasets.join('+')] ?? 0) + 1;
    console.log('[crosslist] groups by datasets', sizes);
    // Every group spans lists and never holds two entries of one list.
    for (const g of base.groups) expect(new Set(g.members.map((m) => m.dataset)).size, g.id).toBe(g.members.length);
    expect(base.groups.length).toBeGreaterThan(1000);

    // UN KPi.016 JANG BOM SU: the UK quotes the UN reference, the passport ties OFAC, the names and dates tie AU.
    expect(members(base, 'un_sc_sanctions:KPi.016')).toEqual(['au_dfat_sanctions:3150', 'gb_hmt_sanctions:13327', 'un_sc_sanctions:KPi.016', 'us_ofac_sdn:18556']);
    expect(explanations(base, 'un_sc_sanctions:KPi.016')).toContain('un_sc_sanctions:KPi.016 ~ gb_hmt_sanctions:13327: same UN reference KPI016');
    // The Reconnaissance General Bureau: the same target on all four lists.
    expect(members(base, 'un_sc_sanctions:KPe.031')).toEqual(['au_dfat_sanctions:3173', 'gb_hmt_sanctions:12448', 'un_sc_sanctions:KPe.031', 'us_ofac_sdn:12210']);

    const all = resolveCrossList([...lists, ...kr.entities]);
    console.log(`[crosslist] with the Korean fixture: ${all.stats.entities} entities, ${all.stats.groups} groups, ${all.stats.ms.toFixed(0)} ms`);
    expect(members(all, 'kr_fsc_sanctions:745')).toEqual(['kr_fsc_sanctions:745', 'us_ofac_sdn:43377']);
    expect(explanations(all, 'kr_fsc_sanctions:745')).toEqual(['us_ofac_sdn:43377 ~ kr_fsc_sanctions:745: same document number 109420132']);
    expect(members(all, 'kr_fsc_sanctions:731')).toEqual(['kr_fsc_sanctions:731', 'us_ofac_sdn:43337']);
    expect(explanations(all, 'kr_fsc_sanctions:731')).toEqual([
      'us_ofac_sdn:43337 ~ kr_fsc_sanctions:731: names "TECHNICAL RECONNAISSANCE BUREAU" and "TECHNOLOGY RECONNAISSANCE BUREAU" are the same words but for "technical" / "technology" (one side gives no country)',
    ]);
    // The Korean SAM JONG 2 joins the OFAC and UK entries by IMO number.
    expect(members(all, 'kr_fsc_sanctions:750')).toEqual(['gb_hmt_sanctions:13651', 'kr_fsc_sanctions:750', 'us_ofac_sdn:23734']);
    expect(all.alsoListedBy('kr_fsc_sanctions:750').map((a) => a.reason)).toEqual(['same IMO number 7408873', 'same IMO number 7408873']);
  }, 600_000);
});
