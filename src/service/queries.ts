import { parse as parseCsv } from 'csv-parse';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { IDENTIFIER_TYPES, SCHEMAS, type Gender, type IdentifierType, type Schema } from '../model/entity.js';
import type { QueryIdentifier, ScreenQuery } from '../match/types.js';

export class QueryInputError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(`${where}: ${message}`);
    this.name = 'QueryInputError';
  }
}

const MAX_NAME = 500;

export function parseSchema(value: string | undefined, where: string): Schema | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim().toLowerCase();
  const found = SCHEMAS.find((s) => s.toLowerCase() === v) ?? (v === 'individual' ? 'Person' : v === 'entity' ? 'Organization' : undefined);
  if (!found) throw new QueryInputError(where, `unknown schema "${value}" (expected one of ${SCHEMAS.join(', ')})`);
  return found;
}

function parseGender(value: string | undefined, where: string): Gender | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'm' || v === 'male') return 'male';
  if (v === 'f' || v === 'female') return 'female';
  if (v === 'other' || v === 'x') return 'other';
  throw new QueryInputError(where, `unknown gender "${value}"`);
}

function parseBirthDate(value: string | undefined, where: string): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim();
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new QueryInputError(where, `birth date "${value}" must be YYYY, YYYY-MM or YYYY-MM-DD`);
  return v;
}

function parseCountries(value: unknown, where: string): string[] | undefined {
  const list = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[;,]/) : []).map((c) => String(c).trim()).filter((c) => c !== '');
  if (list.length === 0) return undefined;
  for (const c of list) if (!/^[A-Za-z]{2}$/.test(c)) throw new QueryInputError(where, `country "${c}" must be an ISO 3166-1 alpha-2 code`);
  return list.map((c) => c.toUpperCase());
}

function parseIdentifier(raw: unknown, where: string): QueryIdentifier {
  if (!raw || typeof raw !== 'object') throw new QueryInputError(where, 'identifiers must be objects {type, value}');
  const { type, value, asset } = raw as Record<string, unknown>;
  if (typeof type !== 'string' || !(IDENTIFIER_TYPES as readonly string[]).includes(type)) {
    throw new QueryInputError(where, `identifier type "${String(type)}" is not one of ${IDENTIFIER_TYPES.join(', ')}`);
  }
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_NAME) throw new QueryInputError(where, 'identifier value must be a non-empty string');
  return { type: type as IdentifierType, value: value.trim(), ...(typeof asset === 'string' && asset ? { asset } : {}) };
}

/**
 * Turns one loosely-typed record (a JSON line, a CSV row, an API body) into a screen query, naming
 * the field that is wrong. Identifier columns in CSV (passport, email, crypto, ...) become identifiers.
 */
export function toScreenQuery(record: Record<string, unknown>, where: string): ScreenQuery {
  const str = (k: string): string | undefined => {
    const v = record[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' && typeof v !== 'number') throw new QueryInputError(where, `field "${k}" must be a string`);
    return String(v);
  };
  const name = (str('name') ?? '').trim();
  if (name.length > MAX_NAME) throw new QueryInputError(where, `field "name" is longer than ${MAX_NAME} characters`);
  const identifiers: QueryIdentifier[] = [];
  if (record.identifiers !== undefined) {
    if (!Array.isArray(record.identifiers)) throw new QueryInputError(where, 'field "identifiers" must be an array');
    for (const raw of record.identifiers) identifiers.push(parseIdentifier(raw, where));
  }
  for (const type of IDENTIFIER_TYPES) {
    const v = typeof record[type] === 'string' ? (record[type] as string).trim() : '';
    if (!v) continue;
    for (const part of v.split(';').map((p) => p.trim()).filter(Boolean)) {
      const colon = type === 'crypto' ? part.indexOf(':') : -1;
      identifiers.push(colon > 0 ? { type, asset: part.slice(0, colon), value: part.slice(colon + 1) } : { type, value: part });
    }
  }
  if (!name && identifiers.length === 0) throw new QueryInputError(where, 'a query needs a "name" or at least one identifier');
  const id = str('id');
  const query: ScreenQuery = { name };
  if (id !== undefined && id !== '') query.id = id;
  const schema = parseSchema(str('schema'), where);
  if (schema) query.schema = schema;
  const birthDate = parseBirthDate(str('birthDate') ?? str('birth_date'), where);
  if (birthDate) query.birthDate = birthDate;
  const countries = parseCountries(record.countries ?? record.country ?? record.nationality, where);
  if (countries) query.countries = countries;
  const gender = parseGender(str('gender'), where);
  if (gender) query.gender = gender;
  if (identifiers.length > 0) query.identifiers = identifiers;
  return query;
}

/** Reads queries from CSV (header row) or JSON lines, detected from the first non-blank character. */
export async function* readQueries(input: Readable, name: string, format?: 'csv' | 'jsonl'): AsyncGenerator<ScreenQuery> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  let first = await iterator.next();
  let lineNo = 1;
  while (!first.done && first.value.trim() === '') {
    first = await iterator.next();
    lineNo++;
  }
  if (first.done) return;
  const kind = format ?? (first.value.trimStart().startsWith('{') ? 'jsonl' : 'csv');
  if (kind === 'jsonl') {
    let line: IteratorResult<string> = first;
    while (!line.done) {
      const text = line.value.trim();
      if (text !== '') {
        let record: unknown;
        try {
          record = JSON.parse(text);
        } catch {
          throw new QueryInputError(`${name}:${lineNo}`, 'invalid JSON');
        }
        if (!record || typeof record !== 'object' || Array.isArray(record)) throw new QueryInputError(`${name}:${lineNo}`, 'each line must be a JSON object');
        yield toScreenQuery(record as Record<string, unknown>, `${name}:${lineNo}`);
      }
      line = await iterator.next();
      lineNo++;
    }
    return;
  }
  const csv = parseCsv({ columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, relax_column_count: false, bom: true });
  const feed = (async () => {
    let line: IteratorResult<string> = first;
    while (!line.done) {
      if (!csv.write(`${line.value}\n`)) await new Promise((r) => csv.once('drain', r));
      line = await iterator.next();
    }
    csv.end();
  })();
  let row = 1;
  try {
    for await (const record of csv) {
      row++;
      yield toScreenQuery(record as Record<string, unknown>, `${name}: row ${row}`);
    }
  } catch (err) {
    if (err instanceof QueryInputError) throw err;
    throw new QueryInputError(`${name}: row ${row + 1}`, err instanceof Error ? err.message : String(err));
  }
  await feed;
}
