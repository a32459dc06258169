import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { IDENTIFIER_TYPES, SCHEMAS, type IdentifierType, type Schema } from '../../model/entity.js';
import type { ScreenQuery } from '../../match/types.js';
import { parseDate } from '../../sources/dates.js';
import { ApiError } from '../errors.js';
import { toScreenQuery, type ApiQuery } from '../queries.js';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../schemas.js';
import { textProblem } from '../text-guard.js';

/**
 * Turns an uploaded CSV, XLSX or JSONL file into screening queries. Columns are matched by header,
 * case and punctuation ignored: name, schema (or type), birth_date (dob), country (countries,
 * nationality), gender, id (reference), and one column per identifier type (passport, imo, crypto...).
 */
export type UploadFormat = 'csv' | 'xlsx' | 'jsonl';

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function detectFormat(filename: string, data: Buffer): UploadFormat {
  const lower = filename.toLowerCase();
  if (data.subarray(0, 4).equals(XLSX_MAGIC) || lower.endsWith('.xlsx')) return 'xlsx';
  if (/\.(jsonl|ndjson|json)$/.test(lower)) return 'jsonl';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  return data.toString('utf8', 0, 64).trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

type Field = keyof ApiQuery | { identifier: IdentifierType };

const HEADER_ALIASES: Record<string, Field> = {
  name: 'name',
  fullname: 'name',
  entityname: 'name',
  schema: 'schema',
  type: 'schema',
  entitytype: 'schema',
  birthdate: 'birthDate',
  dateofbirth: 'birthDate',
  dob: 'birthDate',
  country: 'countries',
  countries: 'countries',
  nationality: 'countries',
  citizenship: 'countries',
  jurisdiction: 'countries',
  gender: 'gender',
  sex: 'gender',
  id: 'id',
  reference: 'id',
  ref: 'id',
  customerid: 'id',
  wallet: { identifier: 'crypto' },
  walletaddress: { identifier: 'crypto' },
  passportnumber: { identifier: 'passport' },
  imonumber: { identifier: 'imo' },
  ...Object.fromEntries(IDENTIFIER_TYPES.map((t) => [t.replace(/_/g, ''), { identifier: t }])),
};

const headerKey = (h: string): string => h.toLowerCase().replace(/[^a-z0-9]/g, '');

const SCHEMA_ALIASES: Record<string, Schema> = {
  ...Object.fromEntries(SCHEMAS.map((s) => [s.toLowerCase(), s])),
  individual: 'Person',
  person: 'Person',
  entity: 'Organization',
  organisation: 'Organization',
  company: 'Company',
  vessel: 'Vessel',
  ship: 'Vessel',
  aircraft: 'Aircraft',
  airplane: 'Aircraft',
  wallet: 'CryptoWallet',
};

export interface ParsedUpload {
  queries: ScreenQuery[];
  format: UploadFormat;
}

class RowErrors {
  readonly messages: string[] = [];
  add(row: number, message: string): void {
    if (this.messages.length < 20) this.messages.push(`row ${row}: ${message}`);
    else if (this.messages.length === 20) this.messages.push('… more errors not shown');
  }
  throwIfAny(): void {
    if (this.messages.length > 0) throw new ApiError(400, `the file has invalid rows: ${this.messages.join('; ')}`, { code: 'invalid_file', field: 'file' });
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    return '';
  }
  return String(value);
}

function rowToQuery(header: (Field | undefined)[], cells: string[], row: number, errors: RowErrors): ScreenQuery | undefined {
  const q: ApiQuery = { name: '' };
  const identifiers: NonNullable<ApiQuery['identifiers']> = [];
  for (let i = 0; i < header.length; i++) {
    const field = header[i];
    const value = (cells[i] ?? '').trim();
    if (!field || !value) continue;
    const problem = textProblem(value);
    if (problem) return void errors.add(row, `column ${i + 1} ${problem}`);
    if (value.length > (field === 'name' ? MAX_NAME_LENGTH : MAX_TEXT_LENGTH)) return void errors.add(row, `column ${i + 1} is too long`);
    if (typeof field === 'object') {
      identifiers.push({ type: field.identifier, value });
      continue;
    }
    switch (field) {
      case 'schema': {
        const s = SCHEMA_ALIASES[value.toLowerCase()];
        if (!s) return void errors.add(row, `unknown schema "${value}" (use ${SCHEMAS.join(', ')})`);
        q.schema = s;
        break;
      }
      case 'birthDate': {
        const d = parseDate(value);
        if (!d) return void errors.add(row, `birth date "${value}" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`);
        q.birthDate = d;
        break;
      }
      case 'countries':
        q.countries = [...(q.countries ?? []), ...value.split(/[;,|]/).map((c) => c.trim()).filter(Boolean)];
        break;
      case 'gender': {
        const g = value.toLowerCase();
        const gender = g === 'm' || g === 'male' ? 'male' : g === 'f' || g === 'female' ? 'female' : g === 'other' ? 'other' : undefined;
        if (gender) q.gender = gender;
        break;
      }
      case 'id':
        q.id = value;
        break;
      case 'name':
        q.name = value;
        break;
      default:
        break;
    }
  }
  if (!q.name) {
    if (cells.every((c) => !c.trim())) return undefined;
    return void errors.add(row, 'name is empty');
  }
  if (identifiers.length) q.identifiers = identifiers;
  try {
    return toScreenQuery(q, `row ${row}`);
  } catch (err) {
    errors.add(row, (err as Error).message.replace(/^row \d+\./, ''));
    return undefined;
  }
}

function tableToQueries(rows: string[][], maxRows: number): ScreenQuery[] {
  const [head, ...body] = rows;
  if (!head) throw new ApiError(400, 'the file is empty', { code: 'invalid_file', field: 'file' });
  const header = head.map((h) => HEADER_ALIASES[headerKey(h)]);
  if (!header.includes('name')) {
    throw new ApiError(400, `the first row must be a header with a "name" column (found: ${head.slice(0, 12).join(', ')})`, { code: 'invalid_file', field: 'file' });
  }
  if (body.length > maxRows) throw new ApiError(400, `the file has ${body.length} rows; the limit is ${maxRows}`, { code: 'too_large', field: 'file' });
  const errors = new RowErrors();
  const queries: ScreenQuery[] = [];
  body.forEach((cells, i) => {
    const q = rowToQuery(header, cells, i + 2, errors);
    if (q) queries.push(q);
  });
  errors.throwIfAny();
  return queries;
}

async function xlsxRows(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new ApiError(400, 'the file is not a readable XLSX workbook', { code: 'invalid_file', field: 'file' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ApiError(400, 'the workbook has no sheet', { code: 'invalid_file', field: 'file' });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push(values.map(cellText));
  });
  return rows;
}

function csvRows(data: Buffer): string[][] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  if (text.includes('\uFFFD')) throw new ApiError(400, 'the file is not valid UTF-8 text (save the CSV as UTF-8)', { code: 'invalid_file', field: 'file' });
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  try {
    return parseCsv(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, max_record_size: 64 * 1024 }) as string[][];
  } catch (err) {
    throw new ApiError(400, `the CSV file cannot be read: ${(err as Error).message.slice(0, 200)}`, { code: 'invalid_file', field: 'file' });
  }
}

function jsonlQueries(data: Buffer, maxRows: number): ScreenQuery[] {
  const lines = data.toString('utf8').split(/\r?\n/);
  const errors = new RowErrors();
  const queries: ScreenQuery[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    if (queries.length >= maxRows) return errors.add(i + 1, `more than ${maxRows} queries`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return errors.add(i + 1, 'is not valid JSON');
    }
    const v = value as Record<string, unknown>;
    const cells: string[] = [];
    const header: Field[] = [];
    for (const key of ['id', 'name', 'schema', 'birthDate', 'gender'] as const) {
      if (v[key] !== undefined) {
        header.push(key === 'birthDate' ? 'birthDate' : key);
        cells.push(typeof v[key] === 'string' ? (v[key] as string) : JSON.stringify(v[key]));
      }
    }
    for (const c of [v.country, ...(Array.isArray(v.countries) ? v.countries : [])]) {
      if (typeof c === 'string') {
        header.push('countries');
        cells.push(c);
      }
    }
    for (const ident of Array.isArray(v.identifiers) ? v.identifiers : []) {
      const t = (ident as { type?: unknown }).type;
      const val = (ident as { value?: unknown }).value;
      if (typeof t === 'string' && (IDENTIFIER_TYPES as readonly string[]).includes(t) && typeof val === 'string') {
        header.push({ identifier: t as IdentifierType });
        cells.push(val);
      }
    }
    const q = rowToQuery(header, cells, i + 1, errors);
    if (q) queries.push(q);
  });
  errors.throwIfAny();
  return queries;
}

export async function parseUpload(filename: string, data: Buffer, maxRows: number): Promise<ParsedUpload> {
  const format = detectFormat(filename, data);
  const queries = format === 'jsonl' ? jsonlQueries(data, maxRows) : tableToQueries(format === 'xlsx' ? await xlsxRows(data) : csvRows(data), maxRows);
  if (queries.length === 0) throw new ApiError(400, 'the file has no queries', { code: 'invalid_file', field: 'file' });
  return { queries, format };
}
