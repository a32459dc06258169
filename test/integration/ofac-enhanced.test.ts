import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/entity.js';
import { sourceFilesFromPath } from '../../src/ingest/files.js';
import { ofacEnhanced } from '../../src/sources/ofac-enhanced.js';
import { HAS_SHARED_DATA, sharedFile } from '../helpers/data.js';

describe.skipIf(!HAS_SHARED_DATA)('OFAC enhanced XML on the real CONS_ENHANCED.ZIP (skipped without ../shared/data)', () => {
  it('2025-01-10: one entity per <entity> element, published 2025-01-10', async () => {
    const files = await sourceFilesFromPath(sharedFile('ofac', 'consolidated_enhanced', '2025-01-10', 'CONS_ENHANCED.ZIP'));
    expect(files.map((f) => f.baseName)).toEqual(['cons_enhanced.xml']);
    const file = files[0]!;

    // Counted independently of the parser: <entity id=...> opening tags in the unzipped text.
    let text = '';
    for await (const chunk of await file.open()) text += (chunk as Buffer).toString('utf8');
    const expected = (text.match(/<entity id="/g) ?? []).length;
    expect(expected).toBe(443);

    const entities: Entity[] = [];
    const warnings: string[] = [];
    let published: string | undefined;
    const t0 = performance.now();
    for await (const e of ofacEnhanced.parse({ dataset: 'us_ofac_cons', files, setPublished: (d) => (published = d), warn: (w) => warnings.push(w) })) entities.push(e);
    console.log(`CONS_ENHANCED.ZIP 2025-01-10: ${entities.length} entities in ${(performance.now() - t0).toFixed(0)} ms`);
    expect(entities).toHaveLength(expected);
    expect(published).toBe('2025-01-10');
    expect(warnings).toEqual([]);
    expect(new Set(entities.map((e) => e.id)).size).toBe(expected);

    const vtb = entities.find((e) => e.id === 'us_ofac_cons:17013') as Entity;
    expect(vtb.caption).toBe('VTB BANK PUBLIC JOINT STOCK COMPANY');
    expect(vtb.names).toContainEqual({ full: 'БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО', kind: 'original_script', script: 'Cyrillic' });
    expect(vtb.names).toContainEqual({ full: 'VNESHTORGBANK', kind: 'fka', script: 'Latin' });
    expect(vtb.names).toContainEqual({ full: 'JSC VTB BANK NEW DELHI BRANCH', kind: 'weak', script: 'Latin' });
    expect(vtb.programs).toEqual(expect.arrayContaining(['UKRAINE-EO13662', 'RUSSIA-EO14024']));
    expect(vtb.identifiers).toEqual(
      expect.arrayContaining([
        { type: 'tax_id', value: '7702070139', label: 'Tax ID No.', country: 'RU' },
        { type: 'bic', value: 'VTBRRUMM', label: 'SWIFT/BIC' },
        { type: 'lei', value: '253400V1H6ART1UQ0N98', label: 'Legal Entity Number', country: 'RU' },
        { type: 'website', value: 'www.vtb.ru', label: 'Website', note: 'Russian Language website for the bank' },
      ]),
    );

    const haniya = entities.find((e) => e.id === 'us_ofac_cons:9639') as Entity;
    expect(haniya.schema).toBe('Person');
    expect(haniya.names[0]).toEqual({ full: 'Ismail Abdul Salah HANIYA', kind: 'primary', script: 'Latin', parts: { family: 'HANIYA', given: 'Ismail Abdul Salah' } });
    expect(haniya.birthDates).toEqual([{ date: '1962' }]);
    expect(haniya.programs).toEqual(['NS-PLC']);
    expect(haniya.listedOn).toBe('2006-04-12');

    // Every relationship in the file points at an entity (the consolidated list links to SDN parties too).
    const rels = entities.reduce((n, e) => n + (e.relationships?.length ?? 0), 0);
    expect(rels).toBe((text.match(/<relationship id="/g) ?? []).length);
  });
});
