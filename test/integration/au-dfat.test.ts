import { describe, expect, it } from 'vitest';
import { sourceFilesFromPath } from '../../src/ingest/files.js';
import { formats } from '../../src/sources/au-dfat.js';
import { readXlsxRows } from '../../src/sources/xlsx.js';
import { HAS_SHARED_DATA, sharedFile } from '../helpers/data.js';
import { parseAll } from '../helpers/parse.js';

describe.skipIf(!HAS_SHARED_DATA)('Australia DFAT Consolidated List on the real file', () => {
  const path = sharedFile('au', 'dfat_consolidated', '2024-11-11', 'regulation8_consolidated.xlsx');

  it('reads 9,560 rows into one entity per base reference', async () => {
    const files = await sourceFilesFromPath(path);
    expect(formats[0]!.detect('PK\u0003\u0004', files[0]!.baseName)).toBe(true);
    let rows = 0;
    let blank = 0;
    const bases = new Set<string>();
    const rowNames: [string, string][] = [];
    for await (const r of readXlsxRows(files[0]!)) {
      if (r.rowNumber === 1) continue;
      rows++;
      const ref = (r.cells[0] ?? '').trim();
      if (ref === '') blank++;
      else {
        bases.add(ref.match(/^\d+/)![0]);
        rowNames.push([ref.match(/^\d+/)![0], (r.cells[1] ?? '').replace(/\s+/g, ' ').trim()]);
      }
    }
    expect(rows).toBe(9560);
    // The sheet ends with 7 empty rows; the rest carry 3,062 base references (not 3,163 as the data README says).
    expect(blank).toBe(7);

    const { entities, published, warnings, ms } = await parseAll(formats[0]!, files);
    console.log(`[au-dfat] 2024-11-11: ${entities.length} entities in ${ms.toFixed(0)} ms`);
    expect(warnings).toEqual([]);
    expect(published).toBe('2024-11-11');
    expect(entities).toHaveLength(bases.size);
    expect(entities).toHaveLength(3062);
    // Every row's name lands in its entity; a few rows repeat a name within a designation, kept once.
    const byId = new Map(entities.map((e) => [e.sourceId, new Set(e.names.map((n) => n.full))]));
    for (const [base, full] of rowNames) expect(byId.get(base)!.has(full), `${base}: ${full}`).toBe(true);
    const names = entities.reduce((n, e) => n + e.names.length, 0);
    expect(names).toBeLessThanOrEqual(9553);
    expect(names).toBeGreaterThan(9500);
    for (const e of entities) {
      expect(e.names.filter((n) => n.kind === 'primary'), e.id).toHaveLength(1);
      expect(e.programs?.length, e.id).toBe(1);
    }

    // 147: Aiman al-Zawahiri — Arabic original-script name (row 147p), born 19 June 1951 in Giza, Egyptian.
    const zawahiri = entities.find((e) => e.id === 'au_dfat_sanctions:147')!;
    expect(zawahiri.schema).toBe('Person');
    expect(zawahiri.names).toContainEqual({ full: 'أيمن محمد ربيع الظواهري', kind: 'original_script', script: 'Arabic' });
    expect(zawahiri.birthDates).toContainEqual({ date: '1951-06-19' });
    expect(zawahiri.countries).toContainEqual({ code: 'EG', name: 'Egyptian', role: 'citizenship' });
    expect(zawahiri.listedOn).toBe('2001-01-25');
    expect(zawahiri.programs).toEqual(["1267/1989/2253 (ISIL (Da'esh) and Al-Qaida)"]);

    const two = entities.find((e) => e.id === 'au_dfat_sanctions:2')!;
    expect(two.caption).toBe('MOHAMMAD HASSAN AKHUND');
    expect(two.birthDates).toEqual([{ from: '1955', to: '1958', approximate: true }, { from: '1945', to: '1950', approximate: true }]);
    expect(two.countries).toContainEqual({ code: 'AF', role: 'citizenship' });

    const dprk = entities.filter((e) => e.programs?.some((p) => p.includes('DPRK')));
    expect(dprk.length).toBeGreaterThan(100);
  });
});
