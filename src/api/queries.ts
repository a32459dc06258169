import type { Gender, IdentifierType, Schema } from '../model/entity.js';
import { countryCode } from '../model/countries.js';
import type { ScreenQuery } from '../match/types.js';
import { badRequest } from './errors.js';

/** A query as the API and the CLI JSONL accept it: `country` or `countries`, codes or names. */
export interface ApiQuery {
  id?: string;
  name: string;
  schema?: Schema;
  birthDate?: string;
  country?: string;
  countries?: string[];
  gender?: Gender;
  identifiers?: { type: IdentifierType; value: string; asset?: string }[];
}

export function resolveCountries(values: string[], field: string): string[] {
  const codes: string[] = [];
  values.forEach((v, i) => {
    const code = countryCode(v);
    if (!code) throw badRequest(values.length > 1 ? `${field}.${i}` : field, `"${v.slice(0, 60)}" is not a known country code or name`);
    if (!codes.includes(code)) codes.push(code);
  });
  return codes;
}

/** Schema validation already ran; this resolves countries and drops empty optional parts. */
export function toScreenQuery(q: ApiQuery, field: string): ScreenQuery {
  const name = q.name.trim();
  if (!name) throw badRequest(`${field}.name`, 'must not be blank');
  const rawCountries = [...(q.country ? [q.country] : []), ...(q.countries ?? [])];
  const countries = rawCountries.length ? resolveCountries(rawCountries, q.country ? `${field}.country` : `${field}.countries`) : [];
  return {
    ...(q.id !== undefined ? { id: q.id } : {}),
    name,
    ...(q.schema ? { schema: q.schema } : {}),
    ...(q.birthDate ? { birthDate: q.birthDate } : {}),
    ...(countries.length ? { countries } : {}),
    ...(q.gender ? { gender: q.gender } : {}),
    ...(q.identifiers?.length ? { identifiers: q.identifiers.map((i) => ({ type: i.type, value: i.value.trim(), ...(i.asset ? { asset: i.asset } : {}) })) } : {}),
  };
}
