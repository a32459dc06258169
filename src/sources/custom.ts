/**
 * A company's own lists (blocked applicant emails, internal blocklists, wallets) in a small documented
 * CSV or JSON-lines format; see docs/custom-lists.md. Custom lists are strict: a bad row stops the import
 * with the file and line, because a silently skipped blocklist entry is a missed hit.
 */
import { Readable, pipeline } from 'node:stream';
import { parse as csvParse } from 'csv-parse';
import type { Entity, IdentifierType, Schema } from '../model/entity.js';
import { SCHEMAS } from '../model/entity.js';
import { EntityBuilder, cleanText } from './assemble.js';
import { parseDate, parsePartialDate } from './dates.js';
import { MAX_FIELD_LENGTH, SourceError } from './errors.js';
import { MAX_LINE_LENGTH, readLines, utf8Chunks } from './lines.js';
import type { DatasetInfo, ParseContext, SourceFile, SourceFormat } from './types.js';

export const CUSTOM_COLUMNS = [
  'id', 'name', 'schema', 'aliases', 'birth_date', 'country', 'email', 'phone', 'website',
  'passport', 'national_id', 'crypto', 'program', 'listed_on', 'notes',
] as const;

/** Columns that may hold several values, separated by ";" in CSV (JSON lines may use arrays instead). */
const MULTI = new Set(['aliases', 'birth_date', 'country', 'email', 'phone', 'website', 'passport', 'national_id', 'crypto', 'program']);

const ID_COLUMNS: Record<string, IdentifierType> = {
  email: 'email',
  phone: 'phone',
  website: 'website',
  passport: 'passport',
  national_id: 'national_id',
};

const SCHEMA_BY_NAME = new Map<string, Schema>(SCHEMAS.map((s) => [s.toLowerCase(), s]));
SCHEMA_BY_NAME.set('airplane', 'Aircraft');

type Row = Map<string, string[]>;

/** "Fraud Emails.csv" → "fraud_emails": the dataset name when the caller gives none. */
export function datasetFromFileName(baseName: string): string {
  const stem = baseName.replace(/\.(csv|jsonl|ndjson|json)$/i, '');
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return slug || 'custom';
}

const normaliseColumn = (c: string): string => c.trim().toLowerCase().replace(/[\s-]+/g, '_');

function rowToEntity(row: Row, dataset: string, file: string, line: number): Entity {
  const fail = (message: string): never => {
    throw new SourceError(file, `line ${line}`, message);
  };
  for (const [k, vs] of row) for (const v of vs) if (v.length > MAX_FIELD_LENGTH) fail(`field ${k} exceeds ${MAX_FIELD_LENGTH} characters`);
  const one = (k: string): string | undefined => cleanText(row.get(k)?.join(' '));
  const many = (k: string): string[] => (row.get(k) ?? []).map((v) => v.trim()).filter(Boolean);

  const id = one('id');
  if (!id) return fail('row without an id');
  const schemaText = one('schema');
  const schema = schemaText ? SCHEMA_BY_NAME.get(schemaText.toLowerCase()) : 'Person';
  if (!schema) return fail(`unknown schema "${schemaText}" (expected one of ${SCHEMAS.join(', ')})`);

  const b = new EntityBuilder(dataset, id, schema);
  b.name(one('name'), 'primary');
  for (const a of many('aliases')) b.name(a, 'aka');
  for (const d of many('birth_date')) {
    const date = parsePartialDate(d);
    if (!date || date.text !== undefined) fail(`birth_date "${d}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    b.birthDate(date);
  }
  for (const c of many('country')) b.country(c, schema === 'Person' ? 'other' : 'location');
  for (const [col, type] of Object.entries(ID_COLUMNS)) {
    for (const v of many(col)) {
      if (type === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) fail(`email "${v}" is not an email address`);
      b.identifier({ type, value: type === 'email' ? v.toLowerCase() : v });
    }
  }
  for (const c of many('crypto')) {
    const m = c.match(/^([A-Za-z0-9]{2,12})\s*:\s*(\S+)$/);
    if (!m) fail(`crypto "${c}" must be written ASSET:address, e.g. ETH:0x…`);
    else b.identifier({ type: 'crypto', value: m[2] as string, asset: (m[1] as string).toUpperCase() });
  }
  for (const p of many('program')) b.program(p);
  const listed = one('listed_on');
  if (listed) {
    const iso = parseDate(listed);
    if (!iso) fail(`listed_on "${listed}" is not a date (YYYY-MM-DD)`);
    b.listedOn(iso);
  }
  b.remark(row.get('notes')?.join('\n'));
  for (const [k, vs] of row) if (!(CUSTOM_COLUMNS as readonly string[]).includes(k)) for (const v of vs) b.property(k, v);

  if (b.entity.names.length === 0 && !b.entity.identifiers?.length) fail(`row ${id} has neither a name nor an identifier`);
  return b.build();
}

class IdRegistry {
  private readonly seen = new Map<string, number>();
  check(entity: Entity, file: string, line: number): void {
    const first = this.seen.get(entity.sourceId);
    if (first !== undefined) throw new SourceError(file, `line ${line}`, `duplicate id "${entity.sourceId}" (first used on line ${first})`);
    this.seen.set(entity.sourceId, line);
  }
}

async function* csvRows(file: SourceFile): AsyncGenerator<{ row: Row; line: number }> {
  const parser = csvParse({ bom: true, skip_empty_lines: true, info: true, max_record_size: MAX_LINE_LENGTH });
  // pipeline() destroys the parser with a decoding error, so the loop below sees it.
  pipeline(Readable.from(utf8Chunks(await file.open(), file.name)), parser, () => {});
  let header: string[] | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record.map(normaliseColumn);
        if (!header.includes('id')) throw new SourceError(file.name, `line ${info.lines}`, `missing required column "id" (columns: ${record.join(', ')})`);
        const dup = header.find((c, i) => c !== '' && header?.indexOf(c) !== i);
        if (dup) throw new SourceError(file.name, `line ${info.lines}`, `column "${dup}" appears twice`);
        continue;
      }
      const row: Row = new Map();
      record.forEach((value, i) => {
        const col = header?.[i];
        if (!col || value.trim() === '') return;
        row.set(col, MULTI.has(col) ? value.split(';') : [value]);
      });
      yield { row, line: info.lines };
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    const e = err as Error & { lines?: number };
    throw new SourceError(file.name, e.lines === undefined ? undefined : `line ${e.lines}`, `malformed CSV: ${e.message}`);
  }
  if (!header) throw new SourceError(file.name, undefined, 'no header row');
}

function jsonRow(text: string, file: string, line: number): Row {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new SourceError(file, `line ${line}`, `invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new SourceError(file, `line ${line}`, 'expected a JSON object per line');
  const row: Row = new Map();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const col = normaliseColumn(k);
    const list = Array.isArray(v) ? v : [v];
    const out: string[] = [];
    for (const item of list) {
      if (item === null || item === undefined || item === '') continue;
      if (typeof item !== 'string' && typeof item !== 'number') throw new SourceError(file, `line ${line}`, `field ${k} must be text, a number or a list of them`);
      // A JSON string is one value: ";" splits only CSV cells, where lists have no other notation.
      out.push(String(item));
    }
    if (out.length > 0) row.set(col, out);
  }
  return row;
}

async function* jsonRows(file: SourceFile): AsyncGenerator<{ row: Row; line: number }> {
  let any = false;
  for await (const { text, line } of readLines(await file.open(), file.name)) {
    if (text.trim() === '') continue;
    any = true;
    yield { row: jsonRow(text, file.name, line), line };
  }
  if (!any) throw new SourceError(file.name, undefined, 'no rows in file');
}

function parser(rows: (file: SourceFile) => AsyncGenerator<{ row: Row; line: number }>) {
  return async function* parse(ctx: ParseContext): AsyncGenerator<Entity> {
    const ids = new IdRegistry();
    for (const file of ctx.files) {
      for await (const { row, line } of rows(file)) {
        const entity = rowToEntity(row, ctx.dataset, file.name, line);
        ids.check(entity, file.name, line);
        yield entity;
      }
    }
  };
}

const firstLine = (head: string): string => head.replace(/^\ufeff|^ï»¿/, '').split(/\r?\n/, 1)[0] ?? '';

export const formats: SourceFormat[] = [
  {
    name: 'custom_csv',
    description: 'Custom list, CSV with a header row (id, name, schema, aliases, ...; see docs/custom-lists.md)',
    defaultDataset: (files) => datasetFromFileName(files[0]?.baseName ?? 'custom'),
    detect: (head, baseName) => {
      if (!/\.csv$/i.test(baseName)) return false;
      const cols = firstLine(head).split(',').map((c) => normaliseColumn(c.replace(/^"|"$/g, '')));
      return cols.includes('id') && cols.some((c) => c !== 'id' && (CUSTOM_COLUMNS as readonly string[]).includes(c));
    },
    parse: parser(csvRows),
  },
  {
    name: 'custom_jsonl',
    description: 'Custom list, JSON lines: one object per line with the custom-list fields (see docs/custom-lists.md)',
    defaultDataset: (files) => datasetFromFileName(files[0]?.baseName ?? 'custom'),
    detect: (head, baseName) => {
      if (!/\.(jsonl|ndjson)$/i.test(baseName)) return false;
      const line = firstLine(head);
      return /^\s*\{/.test(line) && /"id"\s*:/.test(line) && !/"properties"\s*:\s*\{/.test(line);
    },
    parse: parser(jsonRows),
  },
];

/** Custom lists are named by their owner at import time; there is nothing to register in advance. */
export const datasets: DatasetInfo[] = [];
