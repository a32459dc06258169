import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLists } from '../../eval/lists.js';
import { REPO_ROOT } from '../../eval/paths.js';
import type { ScanCase } from '../../eval/scan/metrics.js';
import { buildScanIndex, type ScanIndex } from '../../src/scan/scan-index.js';
import { scanText } from '../../src/scan/scan.js';
import type { ScanResult } from '../../src/scan/types.js';
import { HAS_SHARED_DATA } from '../helpers/data.js';

/** The scanner on the real lists (OFAC SDN and Consolidated, UN, UK), through the real import pipeline. */
let index: ScanIndex;
const found = (r: ScanResult): string[] => r.entities.map((e) => e.entityId).sort();

describe.skipIf(!HAS_SHARED_DATA)('vigil scan on the real lists', () => {
  beforeAll(async () => {
    const { entities } = await loadLists();
    index = buildScanIndex(entities);
  });

  it('finds the DPRK designees of a German news paragraph, with offsets', () => {
    const text = 'Das US-Finanzministerium hat Kim Sang Man und die Firma Chinyong Information Technology Cooperation Company sanktioniert.';
    const r = scanText(index, text);
    expect(found(r)).toEqual(['us_ofac_sdn:43377', 'us_ofac_sdn:43379']);
    expect(r.mentions.map((m) => [m.start, m.end, m.text])).toEqual([
      [29, 41, 'Kim Sang Man'],
      [56, 107, 'Chinyong Information Technology Cooperation Company'],
    ]);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds the company and the wallet in a SWIFT remittance line', () => {
    const text = ':70:/INV 2291 PAYMENT TO CHINYONG INFORMATION TECHNOLOGY COOPERATION CO LTD WALLET 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40';
    const r = scanText(index, text);
    expect(r.mentions.map((m) => [m.entityId, m.kind, m.text])).toEqual([
      ['us_ofac_sdn:43379', 'name', 'CHINYONG INFORMATION TECHNOLOGY COOPERATION CO LTD'],
      ['us_ofac_sdn:43377', 'identifier', '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40'],
    ]);
  });

  it('finds nothing in a CV or in news quoting officials and reporters', () => {
    const cv = 'CURRICULUM VITAE\nJane Miller, Senior Software Engineer\nExperience: Acme GmbH, Munich (2018-2023); Deutsche Bank AG, Frankfurt (2015-2018)\nEducation: Technical University of Munich\nContact: jane.miller@example.com, +49 170 1234567';
    const news =
      'Treasury Secretary Janet Yellen said on Tuesday that the department would keep working with allies. Deputy Secretary Wally Adeyemo and Secretary of State Antony Blinken declined to comment. Reporting by John Smith and Maria Garcia; editing by David Brown.';
    expect(scanText(index, cv).mentions).toEqual([]);
    expect(scanText(index, news).mentions).toEqual([]);
  });

  it('finds listed parties named in Korean, Russian, Chinese and Arabic', () => {
    expect(found(scanText(index, '미국 재무부는 김상만과 로케트공업부를 제재 대상으로 지정했다.'))).toEqual(['us_ofac_sdn:26852', 'us_ofac_sdn:43377']);
    expect(found(scanText(index, 'Минфин США ввёл санкции против Олега Владимировича Дерипаски.'))).toEqual(['gb_hmt_sanctions:14214', 'us_ofac_sdn:24283']);
    expect(found(scanText(index, '英国政府宣布制裁宁波欧腾机械有限公司。'))).toEqual(['gb_hmt_sanctions:16765']);
    expect(found(scanText(index, 'فرض مجلس الأمن عقوبات على عزت ابراهيم الدوري.'))).toEqual(['gb_hmt_sanctions:7580', 'un_sc_sanctions:IQi.006', 'us_ofac_sdn:7848']);
  });

  it.each(['cases.json', 'holdout.json'])('meets the expectations of every eval text in %s', (file) => {
    const cases = JSON.parse(readFileSync(join(REPO_ROOT, 'eval', 'scan', file), 'utf8')) as ScanCase[];
    for (const c of cases) {
      const ids = found(scanText(index, c.text));
      const allowed = new Set(c.expect.flat());
      expect(ids.filter((id) => !allowed.has(id)), `${c.id}: unexpected`).toEqual([]);
      expect(c.expect.filter((g) => !g.some((id) => ids.includes(id))), `${c.id}: missed`).toEqual([]);
    }
  });
});
