import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/entity.js';
import { sourceFilesFromPath } from '../../src/ingest/files.js';
import { ofacCsv } from '../../src/sources/ofac-csv.js';
import { HAS_SHARED_DATA, sharedFile } from '../helpers/data.js';

async function parseDir(dir: string, dataset: string): Promise<{ entities: Entity[]; warnings: string[]; ms: number }> {
  const files = await sourceFilesFromPath(dir);
  const entities: Entity[] = [];
  const warnings: string[] = [];
  const t0 = performance.now();
  for await (const e of ofacCsv.parse({ dataset, files, setPublished: () => undefined, warn: (w) => warnings.push(w) })) entities.push(e);
  return { entities, warnings, ms: performance.now() - t0 };
}

/** Counted straight from the bytes, independently of the parser: one record per line in these files. */
function rowCount(path: string, pattern = /\n/g): number {
  return (readFileSync(path, 'latin1').match(pattern) ?? []).length;
}

describe.skipIf(!HAS_SHARED_DATA)('OFAC legacy CSV set on the real files (skipped without ../shared/data)', () => {
  const sdnDir = sharedFile('ofac', 'sdn_csv', '2023-12-28');

  it('sdn.csv 2023-12-28: 13,821 entities with every alias and address row attached', async () => {
    const { entities, warnings, ms } = await parseDir(sdnDir, 'us_ofac_sdn');
    console.log(`sdn.csv set 2023-12-28: ${entities.length} entities in ${ms.toFixed(0)} ms`);
    expect(warnings).toEqual([]);
    expect(rowCount(`${sdnDir}/sdn.csv`)).toBe(13821);
    expect(entities).toHaveLength(13821);
    expect(new Set(entities.map((e) => e.id)).size).toBe(13821);

    const aliasRows = rowCount(`${sdnDir}/alt.csv`);
    expect(aliasRows).toBe(17091);
    const aliasNames = entities.reduce((n, e) => n + e.names.filter((x) => x.kind === 'aka' || x.kind === 'fka').length, 0);
    expect(aliasNames).toBe(aliasRows);

    // 2,652 address rows are placeholders with every field "-0-": they carry nothing to attach.
    const addressRows = rowCount(`${sdnDir}/add.csv`);
    const emptyAddressRows = rowCount(`${sdnDir}/add.csv`, /^\d+,\d+,-0- ,-0- ,-0- ,-0- \r$/gm);
    expect(addressRows).toBe(18990);
    const addresses = entities.reduce((n, e) => n + (e.addresses?.length ?? 0), 0);
    expect(addresses + emptyAddressRows).toBe(addressRows);
    expect(emptyAddressRows).toBe(2652);

    const byId = new Map(entities.map((e) => [e.sourceId, e]));

    // Lazarus Group: 8 ETH addresses in the remark; its a.k.a.s continue in sdn_comments.csv, split inside "HACKING".
    const lazarus = byId.get('27307') as Entity;
    expect(lazarus.caption).toBe('LAZARUS GROUP');
    const eth = (lazarus.identifiers ?? []).filter((i) => i.type === 'crypto' && i.asset === 'ETH').map((i) => i.value);
    expect(eth).toHaveLength(8);
    expect(eth).toContain('0x098B716B8Aaf21512996dC57EB0615e2383E2f96');
    expect(lazarus.names.filter((n) => n.kind === 'weak').map((n) => n.full)).toEqual(
      expect.arrayContaining(['HIDDEN COBRA', 'WHOIS HACKING TEAM', 'RED DOT', 'APPLEWORM']),
    );
    expect(lazarus.programs).toEqual(['DPRK3']);

    // KIM Sang Man was designated on 2023-05-23, so he IS in this December 2023 snapshot.
    const kim = byId.get('43377') as Entity;
    expect(kim.schema).toBe('Person');
    expect(kim.caption).toBe('Sang Man KIM');
    expect(kim.names[0]?.parts).toEqual({ given: 'Sang Man', family: 'KIM' });
    expect(kim.names).toContainEqual({ full: 'Sangman KIM', kind: 'aka', script: 'Latin', parts: { given: 'Sangman', family: 'KIM' } });
    expect(kim.birthDates).toEqual([{ date: '1965-04-25' }]);
    expect(kim.gender).toBe('male');
    expect(kim.countries).toContainEqual({ code: 'KP', role: 'nationality' });
    expect((kim.identifiers ?? []).filter((i) => i.type === 'passport').map((i) => i.value)).toEqual(['109420132', '827220538', '563220082']);
    expect(kim.identifiers).toContainEqual({ type: 'passport', value: '109420132', label: 'Passport', country: 'KP', issued: '2019-10-16', expires: '2024-10-16' });
    const kimCrypto = (kim.identifiers ?? []).filter((i) => i.type === 'crypto').map((i) => `${i.asset} ${i.value}`);
    expect(kimCrypto).toEqual([
      'XBT 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ',
      'XBT 1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z',
      'ETH 0x97b1043abd9e6fc31681635166d430a458d14f9c',
      'ETH 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40',
      'USDT 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40',
      'USDC 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40',
    ]);

    // A remark split before a space ("By U.S. " + "Financial ...") keeps its space.
    const semenov = byId.get('44718') as Entity;
    expect(semenov.properties?.['Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions']).toEqual([
      'North Korea Sanctions Regulations section 510.214',
    ]);

    // "Linked To: LAZARUS GROUP." becomes a relationship to 27307.
    expect(byId.get('28263')?.relationships).toContainEqual({ target: 'us_ofac_sdn:27307', type: 'linked_to', label: 'Linked To' });
    expect(entities.reduce((n, e) => n + (e.relationships?.length ?? 0), 0)).toBeGreaterThan(5000);

    const schemas = new Map<string, number>();
    for (const e of entities) schemas.set(e.schema, (schemas.get(e.schema) ?? 0) + 1);
    expect(Object.fromEntries(schemas)).toEqual({ Organization: 6033, Person: 6646, Vessel: 764, Aircraft: 378 });
  });

  it('cons_prim.csv 2025-12-19: 442 entities', async () => {
    const dir = sharedFile('ofac', 'consolidated_csv', '2025-12-19');
    const { entities, warnings } = await parseDir(dir, 'us_ofac_cons');
    expect(warnings).toEqual([]);
    expect(entities).toHaveLength(rowCount(`${dir}/cons_prim.csv`));
    expect(entities).toHaveLength(442);
    expect(entities.reduce((n, e) => n + e.names.filter((x) => x.kind === 'aka' || x.kind === 'fka').length, 0)).toBe(rowCount(`${dir}/cons_alt.csv`));
    expect(entities.every((e) => e.id.startsWith('us_ofac_cons:'))).toBe(true);
  });
});
