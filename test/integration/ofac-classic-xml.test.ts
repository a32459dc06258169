import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/entity.js';
import { sourceFilesFromPath } from '../../src/ingest/files.js';
import { ofacClassicXml } from '../../src/sources/ofac-classic-xml.js';
import { HAS_SHARED_DATA, sharedFile } from '../helpers/data.js';

async function parseFile(path: string): Promise<{ entities: Entity[]; published?: string; warnings: string[]; ms: number }> {
  const files = await sourceFilesFromPath(path);
  const entities: Entity[] = [];
  const warnings: string[] = [];
  let published: string | undefined;
  const t0 = performance.now();
  for await (const e of ofacClassicXml.parse({ dataset: 'us_ofac_cons', files, setPublished: (d) => (published = d), warn: (w) => warnings.push(w) })) {
    entities.push(e);
  }
  return { entities, published, warnings, ms: performance.now() - t0 };
}

describe.skipIf(!HAS_SHARED_DATA)('OFAC classic XML on the real consolidated.xml files (skipped without ../shared/data)', () => {
  it('2026-01-08: 442 entries, published 2026-01-08', async () => {
    const { entities, published, warnings, ms } = await parseFile(sharedFile('ofac', 'consolidated_xml', '2026-01-08', 'consolidated.xml'));
    console.log(`consolidated.xml 2026-01-08: ${entities.length} entities in ${ms.toFixed(0)} ms`);
    expect(entities).toHaveLength(442);
    expect(published).toBe('2026-01-08');
    expect(warnings).toEqual([]);
    expect(new Set(entities.map((e) => e.id)).size).toBe(442);
    expect(entities.every((e) => e.id.startsWith('us_ofac_cons:') && e.caption !== '' && (e.programs?.length ?? 0) > 0)).toBe(true);

    // Ismail HANIYA: a person with a.k.a.s, a year of birth, a place of birth and a program.
    const haniya = entities.find((e) => e.id === 'us_ofac_cons:9639') as Entity;
    expect(haniya.schema).toBe('Person');
    expect(haniya.caption).toBe('Ismail Abdul Salah HANIYA');
    expect(haniya.names.filter((n) => n.kind === 'aka').map((n) => n.full)).toEqual(['Ismail HANIYA', 'Ismaeel HANIYYA']);
    expect(haniya.birthDates).toEqual([{ date: '1962' }]);
    expect(haniya.birthPlaces).toEqual(['Shati']);
    expect(haniya.programs).toEqual(['NS-PLC']);

    // VTB Bank: identifiers of several kinds, strong and weak aliases.
    const vtb = entities.find((e) => e.id === 'us_ofac_cons:17013') as Entity;
    expect(vtb.schema).toBe('Organization');
    expect(vtb.programs).toEqual(['UKRAINE-EO13662', 'RUSSIA-EO14024']);
    expect(vtb.identifiers).toEqual(
      expect.arrayContaining([
        { type: 'tax_id', value: '7702070139', label: 'Tax ID No.', country: 'RU' },
        { type: 'bic', value: 'VTBRRUMM', label: 'SWIFT/BIC' },
        { type: 'lei', value: '253400V1H6ART1UQ0N98', label: 'Legal Entity Number' },
      ]),
    );
    expect(vtb.names).toContainEqual({ full: 'JSC VTB BANK NEW DELHI BRANCH', kind: 'weak', script: 'Latin' });
    expect(vtb.names).toContainEqual({ full: 'VNESHTORGBANK', kind: 'fka', script: 'Latin' });

    const idCount = entities.reduce((n, e) => n + (e.identifiers?.length ?? 0), 0);
    expect(idCount).toBeGreaterThan(1000);
  });

  it('2024-05-06: 443 entries, published 2024-05-06', async () => {
    const { entities, published, warnings } = await parseFile(sharedFile('ofac', 'consolidated_xml', '2024-05-06', 'consolidated.xml'));
    expect(entities).toHaveLength(443);
    expect(published).toBe('2024-05-06');
    expect(warnings).toEqual([]);
  });
});
