import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/entity.js';
import { sourceFilesFromPath } from '../../src/ingest/files.js';
import { ofacAdvancedFormat } from '../../src/sources/ofac-advanced.js';
import { HAS_SHARED_DATA, sharedFile } from '../helpers/data.js';

interface Run {
  count: number;
  ids: Set<string>;
  kept: Map<string, Entity>;
  incoming: Map<string, Array<{ from: string; type: string }>>;
  published?: string;
  warnings: string[];
  ms: number;
  schemas: Record<string, number>;
  withoutProgram: number;
  withoutListing: number;
}

/** Parses a whole file, keeping only what the assertions need so the test itself stays small in memory. */
async function parseFile(date: string, keep: readonly string[]): Promise<Run> {
  const files = await sourceFilesFromPath(sharedFile('ofac', 'sdn_advanced', date, 'sdn_advanced.xml.gz'));
  const run: Run = { count: 0, ids: new Set(), kept: new Map(), incoming: new Map(), warnings: [], ms: 0, schemas: {}, withoutProgram: 0, withoutListing: 0 };
  const wanted = new Set(keep);
  const t0 = performance.now();
  const ctx = { dataset: ofacAdvancedFormat.defaultDataset(files), files, setPublished: (d: string) => (run.published = d), warn: (w: string) => run.warnings.push(w) };
  for await (const e of ofacAdvancedFormat.parse(ctx)) {
    run.count++;
    run.ids.add(e.id);
    run.schemas[e.schema] = (run.schemas[e.schema] ?? 0) + 1;
    if (!e.programs?.length) run.withoutProgram++;
    if (!e.listedOn) run.withoutListing++;
    if (wanted.has(e.id)) run.kept.set(e.id, e);
    for (const r of e.relationships ?? []) {
      if (!wanted.has(r.target)) continue;
      const list = run.incoming.get(r.target) ?? [];
      list.push({ from: e.id, type: r.type });
      run.incoming.set(r.target, list);
    }
  }
  run.ms = performance.now() - t0;
  return run;
}

const KIM = 'us_ofac_sdn:43377';
const LAZARUS = 'us_ofac_sdn:27307';
const CHINYONG = 'us_ofac_sdn:43379';

describe.skipIf(!HAS_SHARED_DATA)('OFAC advanced XML on the real sdn_advanced.xml files (skipped without ../shared/data)', () => {
  it('2025-11-19: 18,367 profiles, every one complete, published 2025-11-19', { timeout: 120_000 }, async () => {
    const run = await parseFile('2025-11-19', [KIM, LAZARUS, CHINYONG]);
    console.log(`sdn_advanced.xml 2025-11-19: ${run.count} entities in ${run.ms.toFixed(0)} ms, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
    expect(run.count).toBe(18367);
    expect(run.ids.size).toBe(18367);
    expect(run.published).toBe('2025-11-19');
    expect(run.warnings).toEqual([]);
    expect(run.schemas).toEqual({ Organization: 9359, Person: 7303, Vessel: 1370, Aircraft: 335 });
    // Every SDN profile has a sanctions entry: programs and listing date come from the trailing section.
    expect(run.withoutProgram).toBe(0);
    expect(run.withoutListing).toBe(0);

    const kim = run.kept.get(KIM) as Entity;
    expect(kim.schema).toBe('Person');
    expect(kim.caption).toBe('Sang Man Kim');
    expect(kim.names).toContainEqual({ full: '김상만', kind: 'original_script', script: 'Hangul', parts: { family: '김', given: '상만' } });
    expect(kim.names).toContainEqual({ full: 'Sangman Kim', kind: 'aka', script: 'Latin', parts: { family: 'Kim', given: 'Sangman' } });
    expect(kim.birthDates).toEqual([{ date: '1965-04-25' }]);
    expect(kim.gender).toBe('male');
    expect(kim.countries).toContainEqual({ code: 'KP', name: 'Korea, North', role: 'nationality' });
    const passports = kim.identifiers?.filter((i) => i.type === 'passport').map((i) => i.value);
    expect(passports).toEqual(['109420132', '827220538', '563220082']);
    const crypto = kim.identifiers?.filter((i) => i.type === 'crypto').map((i) => `${i.asset} ${i.value}`);
    expect(crypto?.sort()).toEqual(
      [
        'XBT 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ',
        'XBT 1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z',
        'ETH 0x97b1043abd9e6fc31681635166d430a458d14f9c',
        'ETH 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40',
        'USDT 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40',
        'USDC 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40',
      ].sort(),
    );
    expect(new Set(kim.identifiers?.filter((i) => i.type === 'crypto').map((i) => i.value)).size).toBe(4);
    expect(kim.programs).toEqual(['DPRK4']);
    expect(kim.listedOn).toBe('2023-05-23');
    expect(kim.sourceUrl).toBe('https://sanctionssearch.ofac.treas.gov/Details.aspx?id=43377');

    const lazarus = run.kept.get(LAZARUS) as Entity;
    expect(lazarus.caption).toBe('Lazarus Group');
    const eth = lazarus.identifiers?.filter((i) => i.type === 'crypto' && i.asset === 'ETH').map((i) => i.value) ?? [];
    expect(eth).toHaveLength(8);
    expect(eth).toContain('0x098B716B8Aaf21512996dC57EB0615e2383E2f96');

    // The file links four profiles to Chinyong (From → To); it has no outgoing links of its own.
    const chinyong = run.kept.get(CHINYONG) as Entity;
    expect(chinyong.caption).toBe('Chinyong Information Technology Cooperation Company');
    expect(chinyong.names).toContainEqual({ full: 'Jinyong IT Cooperation Company', kind: 'aka', script: 'Latin' });
    expect(chinyong.relationships).toBeUndefined();
    expect(run.incoming.get(CHINYONG)).toEqual([
      { from: 'us_ofac_sdn:48260', type: 'owned_or_controlled_by' },
      { from: 'us_ofac_sdn:48261', type: 'owned_or_controlled_by' },
      { from: 'us_ofac_sdn:55062', type: 'owned_or_controlled_by' },
      { from: 'us_ofac_sdn:55065', type: 'providing_support_to' },
    ]);
    expect(chinyong.programs).toEqual(['DPRK2']);
  });

  it('2025-11-04: 18,264 profiles, published 2025-11-04', { timeout: 120_000 }, async () => {
    const run = await parseFile('2025-11-04', [KIM]);
    console.log(`sdn_advanced.xml 2025-11-04: ${run.count} entities in ${run.ms.toFixed(0)} ms`);
    expect(run.count).toBe(18264);
    expect(run.ids.size).toBe(18264);
    expect(run.published).toBe('2025-11-04');
    expect(run.warnings).toEqual([]);
    expect(run.withoutProgram).toBe(0);
    expect(run.kept.get(KIM)?.programs).toEqual(['DPRK4']);
  });
});
