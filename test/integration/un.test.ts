import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/entity.js';
import { sourceFilesFromPath } from '../../src/ingest/files.js';
import { formats } from '../../src/sources/un-xml.js';
import { HAS_SHARED_DATA, SHARED_DATA, sharedFile } from '../helpers/data.js';

async function load(date: string): Promise<{ entities: Map<string, Entity>; published?: string; ms: number }> {
  const files = await sourceFilesFromPath(sharedFile('un', date, 'consolidated.xml'));
  const entities = new Map<string, Entity>();
  let published: string | undefined;
  const t0 = performance.now();
  const ctx = { dataset: 'un_sc_sanctions', files, setPublished: (d: string) => (published = d), warn: () => {} };
  for await (const e of formats[0]!.parse(ctx)) {
    expect(entities.has(e.id), `duplicate id ${e.id}`).toBe(false);
    entities.set(e.id, e);
  }
  return { entities, published, ms: performance.now() - t0 };
}

const count = (m: Map<string, Entity>, pred: (e: Entity) => boolean): number => [...m.values()].filter(pred).length;

describe.skipIf(!HAS_SHARED_DATA)(`UN consolidated list on the real files (${SHARED_DATA})`, () => {
  it('2026-02-27: 730 persons, 273 entities, publication date, spot checks', async () => {
    const { entities, published, ms } = await load('2026-02-27');
    expect(published).toBe('2026-02-27');
    expect(entities.size).toBe(1003);
    expect(count(entities, (e) => e.schema === 'Person')).toBe(730);
    expect(count(entities, (e) => e.schema !== 'Person')).toBe(273);
    expect(count(entities, (e) => e.programs?.includes('DPRK') ?? false)).toBe(155);
    expect(ms).toBeLessThan(5000);

    // KPi.066: a DPRK munitions official, born between 1967 and 1969.
    const kim = entities.get('un_sc_sanctions:KPi.066')!;
    expect(kim).toMatchObject({
      schema: 'Person',
      caption: 'KIM JONG SIK',
      programs: ['DPRK'],
      listedOn: '2017-12-22',
      gender: 'male',
      birthDates: [{ from: '1967', to: '1969' }],
    });
    expect(kim.names).toEqual([
      { full: 'KIM JONG SIK', kind: 'primary', script: 'Latin', parts: { ordered: ['KIM', 'JONG SIK'] } },
      { full: 'Kim Cho’ng-sik', kind: 'aka', script: 'Latin' },
    ]);
    expect(kim.countries).toContainEqual({ code: 'KP', role: 'nationality' });
    expect(kim.positions?.[0]).toMatch(/Munitions Industry Department/);

    // An Arabic original-script name.
    const saddam = entities.get('un_sc_sanctions:IQi.001')!;
    expect(saddam.names).toContainEqual({ full: 'صدام حسين التكريتي', kind: 'original_script', script: 'Arabic' });
    expect(saddam.birthDates).toEqual([{ date: '1937-04-28' }]);
    expect(count(entities, (e) => e.names.some((n) => n.kind === 'original_script' && n.script === 'Arabic'))).toBeGreaterThan(300);

    // The DPRK records with IMO numbers are ship owners and managers (IMO company numbers), not ships:
    // the file lists no vessel as an entity of its own.
    const ansan = entities.get('un_sc_sanctions:KPe.062')!;
    expect(ansan.schema).toBe('Organization');
    expect(ansan.identifiers).toContainEqual({ type: 'imo', value: '5676084', label: 'IMO company number' });
    expect(count(entities, (e) => e.identifiers?.some((i) => i.type === 'imo') ?? false)).toBe(16);
    expect(count(entities, (e) => e.schema === 'Vessel')).toBe(0);

    // The 2026 file writes "KPe.056 " with a trailing space: ids are trimmed.
    expect(entities.has('un_sc_sanctions:KPe.056')).toBe(true);
    expect(entities.get('un_sc_sanctions:KPe.034')!.identifiers).toContainEqual({ type: 'bic', value: 'ILSIKPPY', label: 'SWIFT/BIC' });

    // Every record keeps its reference as an identifier, every name has a script.
    for (const e of entities.values()) {
      expect(e.identifiers?.[0]).toMatchObject({ type: 'un_ref', value: e.sourceId });
      expect(e.caption).not.toBe('');
      for (const n of e.names) expect(n.script).toBeDefined();
    }
  });

  it('2024-09-26: 682 persons and 193 entities', async () => {
    const { entities, published } = await load('2024-09-26');
    expect(published).toBe('2024-09-26');
    expect(count(entities, (e) => e.schema === 'Person')).toBe(682);
    expect(count(entities, (e) => e.schema !== 'Person')).toBe(193);
  });
});
