import type { Entity } from '../../src/model/entity.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Role } from '../../src/store/types.js';

/** A small hand-written list in two versions: fast to load, and every field the API exposes is present. */
export const DATASET = 'e2e_list';
export const SINGLE = 'e2e_single';

const base = (sourceId: string, e: Omit<Entity, 'id' | 'dataset' | 'sourceId'>, dataset = DATASET): Entity => ({ id: `${dataset}:${sourceId}`, dataset, sourceId, ...e });

const sidorov = base('p1', {
  schema: 'Person',
  caption: 'Ivan Petrovich SIDOROV',
  names: [
    { full: 'Ivan Petrovich SIDOROV', kind: 'primary', script: 'Latin' },
    { full: 'Иван Петрович Сидоров', kind: 'original_script', script: 'Cyrillic' },
  ],
  birthDates: [{ date: '1970-01-15' }],
  gender: 'male',
  countries: [{ code: 'RU', role: 'nationality' }],
  identifiers: [{ type: 'passport', value: '7512345678', country: 'RU' }],
  programs: ['UKRAINE-EO13661'],
  listedOn: '2014-03-20',
  relationships: [{ target: `${DATASET}:o1`, type: 'director_of' }],
});

const company = base('o1', {
  schema: 'Organization',
  caption: 'Sidorov Trading Company LLC',
  names: [{ full: 'Sidorov Trading Company LLC', kind: 'primary' }],
  countries: [{ code: 'RU', role: 'jurisdiction' }],
  programs: ['UKRAINE-EO13661'],
});

const wallet = base('w1', {
  schema: 'CryptoWallet',
  caption: 'ETH 0x1111111111111111111111111111111111111111',
  names: [{ full: 'Lazurite Wallet', kind: 'primary' }],
  identifiers: [{ type: 'crypto', asset: 'ETH', value: '0x1111111111111111111111111111111111111111' }],
  programs: ['CYBER2'],
});

const vessel = base('v1', {
  schema: 'Vessel',
  caption: 'OCEAN STAR',
  names: [{ full: 'OCEAN STAR', kind: 'primary' }],
  identifiers: [{ type: 'imo', value: 'IMO 9074729' }],
  countries: [{ code: 'KP', role: 'flag' }],
  programs: ['DPRK3'],
});

const gonzalez = base('p2', {
  schema: 'Person',
  caption: 'Maria GONZALEZ LOPEZ',
  names: [{ full: 'Maria GONZALEZ LOPEZ', kind: 'primary' }],
  birthDates: [{ date: '1980' }],
  gender: 'female',
  countries: [{ code: 'VE', role: 'nationality' }],
  programs: ['VENEZUELA'],
});

export const V1: Entity[] = [sidorov, company, wallet, vessel, gonzalez];

/** v2: Gonzalez delisted, Sidorov gains an alias, Chen Wei listed. */
export const V2: Entity[] = [
  { ...sidorov, names: [...sidorov.names, { full: 'Vanya Sidorov', kind: 'aka' }] },
  company,
  wallet,
  vessel,
  base('p3', { schema: 'Person', caption: 'CHEN Wei', names: [{ full: 'CHEN Wei', kind: 'primary' }, { full: '陈伟', kind: 'original_script' }], countries: [{ code: 'CN', role: 'nationality' }], programs: ['CYBER2'] }),
];

export const SINGLE_V1: Entity[] = [base('x1', { schema: 'Company', caption: 'Northwind Shipping Ltd', names: [{ full: 'Northwind Shipping Ltd', kind: 'primary' }], countries: [{ code: 'IR', role: 'jurisdiction' }] }, SINGLE)];

async function* each(entities: Entity[]) {
  yield* entities;
}

export type Keys = Record<Role, string>;

/** Imports the fixture (two versions of one list, one version of another) and creates one key per role. */
export async function prepareDb(path: string): Promise<Keys> {
  const store = new SqliteStore(path);
  try {
    await store.importVersion({ dataset: DATASET, published: '2025-01-01', fileHash: 'v1', source: 'e2e fixture', format: 'fixture' }, each(V1));
    await store.importVersion({ dataset: DATASET, published: '2025-02-01', fileHash: 'v2', source: 'e2e fixture', format: 'fixture' }, each(V2));
    await store.importVersion({ dataset: SINGLE, published: '2025-02-01', fileHash: 's1', source: 'e2e fixture', format: 'fixture' }, each(SINGLE_V1));
    return {
      screener: (await store.createApiKey('screener', 'e2e')).key,
      analyst: (await store.createApiKey('analyst', 'e2e')).key,
      admin: (await store.createApiKey('admin', 'e2e')).key,
    };
  } finally {
    await store.close();
  }
}
