import type { Entity, IdentifierType, Schema } from '../model/entity.js';
import { SCHEMAS } from '../model/entity.js';
import { countryCode } from '../model/countries.js';
import type { QueryIdentifier } from '../match/types.js';
import type { VersionInfo } from '../store/types.js';

/**
 * Translation between Vigil's entity model and FollowTheMoney, the model yente clients speak.
 * Only the mapping lives here; the routes decide what to screen.
 */
export type FtmProperties = Record<string, string[]>;

const TO_FTM_SCHEMA: Record<Schema, string> = {
  Person: 'Person',
  Organization: 'Organization',
  Company: 'Company',
  Vessel: 'Vessel',
  Aircraft: 'Airplane',
  CryptoWallet: 'CryptoWallet',
  LegalEntity: 'LegalEntity',
};

/** FtM schemata a query may name, with the Vigil schema they screen as (undefined: any). */
const FROM_FTM_SCHEMA: Record<string, Schema | undefined> = {
  ...Object.fromEntries(SCHEMAS.map((s) => [s, s])),
  Airplane: 'Aircraft',
  Thing: undefined,
};

export const ftmSchema = (schema: Schema): string => TO_FTM_SCHEMA[schema];
export const isKnownFtmSchema = (name: string): boolean => name in FROM_FTM_SCHEMA;
export const vigilSchema = (name: string): Schema | undefined => FROM_FTM_SCHEMA[name];

const IDENTIFIER_PROPERTY: Record<IdentifierType, string> = {
  passport: 'passportNumber',
  national_id: 'idNumber',
  tax_id: 'taxNumber',
  registration: 'registrationNumber',
  other_id: 'idNumber',
  imo: 'imoNumber',
  mmsi: 'mmsi',
  bic: 'swiftBic',
  lei: 'leiCode',
  email: 'email',
  phone: 'phone',
  website: 'website',
  crypto: 'publicKey',
  aircraft_tail: 'registrationNumber',
  aircraft_serial: 'serialNumber',
  un_ref: 'unscId',
};

const QUERY_IDENTIFIERS: Record<string, IdentifierType> = {
  passportNumber: 'passport',
  idNumber: 'national_id',
  taxNumber: 'tax_id',
  innCode: 'tax_id',
  vatCode: 'tax_id',
  registrationNumber: 'registration',
  ogrnCode: 'registration',
  okpoCode: 'registration',
  imoNumber: 'imo',
  mmsi: 'mmsi',
  swiftBic: 'bic',
  bicCode: 'bic',
  leiCode: 'lei',
  email: 'email',
  phone: 'phone',
  website: 'website',
  publicKey: 'crypto',
  unscId: 'un_ref',
};

const COUNTRY_PROPERTIES = ['nationality', 'citizenship', 'country', 'jurisdiction', 'mainCountry', 'residency', 'flag'];

function push(props: FtmProperties, key: string, value: string | undefined): void {
  if (!value) return;
  const list = (props[key] ??= []);
  if (!list.includes(value)) list.push(value);
}

export function toFtmProperties(e: Entity): FtmProperties {
  const p: FtmProperties = {};
  for (const n of e.names) {
    const key = n.kind === 'primary' ? 'name' : n.kind === 'fka' ? 'previousName' : n.kind === 'weak' || n.kind === 'low_quality' ? 'weakAlias' : 'alias';
    push(p, key, n.full);
  }
  if (!p.name) push(p, 'name', e.caption);
  for (const d of e.birthDates ?? []) push(p, 'birthDate', d.date ?? d.from ?? d.text);
  for (const d of e.deathDates ?? []) push(p, 'deathDate', d.date ?? d.from ?? d.text);
  for (const place of e.birthPlaces ?? []) push(p, 'birthPlace', place);
  if (e.gender) push(p, 'gender', e.gender);
  for (const c of e.countries ?? []) {
    const code = c.code?.toLowerCase();
    const key = c.role === 'nationality' || c.role === 'citizenship' || c.role === 'jurisdiction' || c.role === 'flag' ? c.role : c.role === 'birth' ? 'birthCountry' : 'country';
    push(p, key, code ?? c.name);
  }
  for (const a of e.addresses ?? []) push(p, 'address', a.full);
  for (const i of e.identifiers ?? []) {
    push(p, IDENTIFIER_PROPERTY[i.type], i.value);
    if (i.type === 'crypto') push(p, 'currency', i.asset);
  }
  for (const prog of e.programs ?? []) push(p, 'program', prog);
  for (const t of e.titles ?? []) push(p, 'title', t);
  for (const t of e.positions ?? []) push(p, 'position', t);
  for (const r of e.remarks ?? []) push(p, 'notes', r);
  if (e.listedOn) push(p, 'createdAt', e.listedOn);
  if (e.sourceUrl) push(p, 'sourceUrl', e.sourceUrl);
  push(p, 'topics', 'sanction');
  for (const [k, values] of Object.entries(e.properties ?? {})) {
    if (/^[a-z][A-Za-z]*$/.test(k) && !(k in p)) for (const v of values) push(p, k, v);
  }
  return p;
}

export interface YenteEntity {
  id: string;
  caption: string;
  schema: string;
  properties: FtmProperties;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

export function toYenteEntity(e: Entity, version: VersionInfo | undefined): YenteEntity {
  return {
    id: e.id,
    caption: e.caption,
    schema: ftmSchema(e.schema),
    properties: toFtmProperties(e),
    datasets: [e.dataset],
    referents: [],
    target: true,
    first_seen: e.listedOn ? `${e.listedOn}T00:00:00` : (version?.importedAt ?? null),
    last_seen: version?.importedAt ?? null,
    last_change: null,
  };
}

/** yente accepts a bare string where a list is expected. */
export function propertyValues(props: Record<string, unknown>, key: string): string[] {
  const v = props[key];
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter((x) => x.length > 0);
}

export interface FtmQuery {
  names: string[];
  schema: Schema | undefined;
  birthDate: string | undefined;
  countries: string[];
  gender: 'male' | 'female' | 'other' | undefined;
  identifiers: QueryIdentifier[];
}

const PARTIAL_DATE = /^(\d{4})(-\d{2})?(-\d{2})?/;

export function fromFtmExample(schemaName: string, props: Record<string, unknown>): FtmQuery {
  const names = [...propertyValues(props, 'name'), ...propertyValues(props, 'alias'), ...propertyValues(props, 'previousName')];
  const parts = ['firstName', 'secondName', 'middleName', 'fatherName', 'lastName'].flatMap((k) => propertyValues(props, k).slice(0, 1));
  if (parts.length > 0) names.push(parts.join(' '));
  const birthDate = propertyValues(props, 'birthDate')
    .map((d) => PARTIAL_DATE.exec(d)?.[0])
    .find((d) => d !== undefined);
  const countries: string[] = [];
  for (const key of COUNTRY_PROPERTIES) {
    for (const v of propertyValues(props, key)) {
      const code = countryCode(v);
      if (code && !countries.includes(code)) countries.push(code);
    }
  }
  const g = propertyValues(props, 'gender')[0]?.toLowerCase();
  const currency = propertyValues(props, 'currency')[0];
  const identifiers: QueryIdentifier[] = [];
  for (const [key, type] of Object.entries(QUERY_IDENTIFIERS)) {
    for (const value of propertyValues(props, key)) identifiers.push({ type, value, ...(type === 'crypto' && currency ? { asset: currency } : {}) });
  }
  return {
    names: [...new Set(names)],
    schema: vigilSchema(schemaName),
    birthDate,
    countries,
    gender: g === 'male' || g === 'female' || g === 'other' ? g : undefined,
    identifiers,
  };
}
