/**
 * OFAC legacy CSV set: sdn.csv + add.csv + alt.csv + sdn_comments.csv (SDN list) and
 * cons_prim.csv + cons_add.csv + cons_alt.csv + cons_comments.csv (Consolidated list).
 * The principal file has one row per party; addresses and aliases are joined by ent_num (all files are sorted by it,
 * so they are merged while streaming); remarks longer than 1,000 characters continue in the comments file.
 * Almost every detail lives in the remarks, which ofac-remarks.ts parses.
 */
import type { Address, Entity, NameKind, Schema } from '../model/entity.js';
import { entityId } from '../model/entity.js';
import { countryCode } from '../model/countries.js';
import type { DatasetInfo, ParseContext, SourceFile, SourceFormat } from './types.js';
import { SourceError } from './errors.js';
import { csvValue, readLegacyCsv, scanIdAndName, type CsvRow } from './ofac-csv-reader.js';
import { applyRemarkFacts, parseRemarks } from './ofac-remarks.js';
import { OFAC_DETAILS_URL } from './ofac-classic-xml.js';
import {
  captionOf,
  compactEntity,
  nameFromListForm,
  OFAC_EXPORTS,
  ofacDatasets,
  ofacSchema,
  pushCountry,
  pushProperty,
} from './ofac-common.js';

interface CsvSet {
  dataset: string;
  principal: string;
  address: string;
  alias: string;
  comments: string;
}

const SETS: CsvSet[] = [
  { dataset: 'us_ofac_sdn', principal: 'sdn.csv', address: 'add.csv', alias: 'alt.csv', comments: 'sdn_comments.csv' },
  { dataset: 'us_ofac_cons', principal: 'cons_prim.csv', address: 'cons_add.csv', alias: 'cons_alt.csv', comments: 'cons_comments.csv' },
];

const PRINCIPAL_COLUMNS = 12;
const ADDRESS_COLUMNS = 6;
const ALIAS_COLUMNS = 5;
const COMMENT_COLUMNS = 2;

/** Vessel columns of the principal file, named as OFAC's other formats name them. */
const VESSEL_COLUMNS: [number, string][] = [
  [5, 'Vessel Call Sign'],
  [6, 'Vessel Type'],
  [7, 'Vessel Tonnage'],
  [8, 'Vessel Gross Registered Tonnage'],
  [10, 'Vessel Owner'],
];

function setFor(baseName: string): CsvSet | undefined {
  return SETS.find((s) => s.principal === baseName);
}

function entNum(row: CsvRow, file: SourceFile): number {
  const text = (row.fields[0] ?? '').trim();
  if (!/^\d{1,12}$/.test(text)) throw new SourceError(file.name, `line ${row.line}`, `ent_num "${text.slice(0, 40)}" is not a number`);
  return Number(text);
}

/** "DPRK3] [CYBER2": OFAC prints several programs as one bracketed list. */
export function splitPrograms(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\]\s*\[/)
    .map((p) => p.replace(/^\[|\]$/g, '').trim())
    .filter((p) => p !== '');
}

/** Upper case, single spaces, no closing period: "KPD S.A." in a Linked To (which eats the period) still finds "KPD S.A.". */
function nameKey(name: string): string {
  return name.toUpperCase().replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

/**
 * Rows of a sorted companion file, handed out per ent_num while the principal file is streamed.
 * Rows whose ent_num never appears in the principal file are reported, not dropped silently.
 */
class CompanionCursor {
  private readonly rows: AsyncGenerator<CsvRow> | undefined;
  private pending: { id: number; row: CsvRow } | undefined;
  private lastId = -1;
  private done = false;
  consumed = 0;

  constructor(
    private readonly file: SourceFile | undefined,
    columns: number,
    private readonly warn: (m: string) => void,
  ) {
    this.rows = file ? readLegacyCsv(file, columns, true) : undefined;
    if (!file) this.done = true;
  }

  private async next(): Promise<{ id: number; row: CsvRow } | undefined> {
    if (this.pending || this.done || !this.rows || !this.file) return this.pending;
    const r = await this.rows.next();
    if (r.done) {
      this.done = true;
      return undefined;
    }
    const id = entNum(r.value, this.file);
    if (id < this.lastId) throw new SourceError(this.file.name, `line ${r.value.line}`, `rows are not sorted by ent_num (${id} after ${this.lastId})`);
    this.lastId = id;
    this.pending = { id, row: r.value };
    return this.pending;
  }

  /** All rows for `id`; rows for smaller ids (no principal row) are reported and skipped. */
  async take(id: number): Promise<CsvRow[]> {
    const out: CsvRow[] = [];
    for (let p = await this.next(); p && p.id <= id; p = await this.next()) {
      this.pending = undefined;
      this.consumed++;
      if (p.id === id) out.push(p.row);
      else this.warn(`${this.file?.name}:line ${p.row.line}: ent_num ${p.id} has no row in the principal file`);
    }
    return out;
  }

  async finish(): Promise<void> {
    for (let p = await this.next(); p; p = await this.next()) {
      this.pending = undefined;
      this.warn(`${this.file?.name}:line ${p.row.line}: ent_num ${p.id} has no row in the principal file`);
    }
  }
}

function mapAddress(row: CsvRow): Address | undefined {
  const street = csvValue(row.fields[2]);
  // OFAC puts city, state/province and postal code in one column.
  const city = csvValue(row.fields[3]);
  const countryText = csvValue(row.fields[4]);
  const full = [street, city, countryText].filter(Boolean).join(', ');
  if (!full) return undefined;
  const addr: Address = { full };
  if (street) addr.street = street;
  if (city) addr.city = city;
  if (countryText) addr.country = countryCode(countryText) ?? countryText;
  return addr;
}

function aliasKind(type: string | undefined): NameKind {
  return (type ?? '').toLowerCase() === 'fka' ? 'fka' : 'aka';
}

export interface CsvEntityParts {
  principal: CsvRow;
  addresses: CsvRow[];
  aliases: CsvRow[];
  /** Continuation of the remark from the comments file. */
  overflow?: string;
}

/** Builds one entity from a principal row and its companion rows. Exported for tests. */
export function mapCsvEntity(parts: CsvEntityParts, dataset: string, file: SourceFile, resolve?: (name: string) => string | undefined): Entity {
  const f = parts.principal.fields;
  const id = String(entNum(parts.principal, file));
  const typeText = f[2] ?? '';
  const schema: Schema | undefined = ofacSchema(typeText);
  if (!schema) throw new SourceError(file.name, `line ${parts.principal.line}`, `ent_num ${id}: unknown SDN_Type "${typeText.trim()}"`);
  const entity: Entity = { id: entityId(dataset, id), dataset, sourceId: id, schema, caption: '', names: [], sourceUrl: OFAC_DETAILS_URL + id };
  const primary = nameFromListForm(csvValue(f[1]) ?? '', schema, 'primary');
  if (!primary) throw new SourceError(file.name, `line ${parts.principal.line}`, `ent_num ${id} has no name`);
  entity.names.push(primary);
  for (const alt of parts.aliases) {
    const name = nameFromListForm(csvValue(alt.fields[3]) ?? '', schema, aliasKind(csvValue(alt.fields[2])));
    if (name) entity.names.push(name);
    const remark = csvValue(alt.fields[4]);
    if (remark) (entity.remarks ??= []).push(`alias ${name?.full ?? ''}: ${remark}`);
  }
  const programs = splitPrograms(csvValue(f[3]));
  if (programs.length > 0) entity.programs = programs;
  const title = csvValue(f[4]);
  if (title) entity.titles = [title];
  for (const [col, key] of VESSEL_COLUMNS) pushProperty(entity, key, csvValue(f[col]));
  pushCountry(entity, csvValue(f[9]), 'flag');

  for (const row of parts.addresses) {
    const addr = mapAddress(row);
    if (addr) {
      (entity.addresses ??= []).push(addr);
      pushCountry(entity, csvValue(row.fields[4]), 'location');
    }
    const remark = csvValue(row.fields[5]);
    if (remark) (entity.remarks ??= []).push(`address ${addr?.full ?? ''}: ${remark}`);
  }

  // The split at 1,000 characters falls anywhere, even inside a word or before a space: join the raw texts.
  const rawRemark = f[11] ?? '';
  const remark = csvValue(rawRemark) === undefined ? parts.overflow ?? '' : rawRemark + (parts.overflow ?? '');
  if (remark.trim() !== '') {
    const facts = parseRemarks(remark);
    applyRemarkFacts(entity, facts);
    for (const target of facts.linkedTo) {
      const targetId = resolve?.(target);
      if (targetId && targetId !== id) {
        const rels = (entity.relationships ??= []);
        const rel = { target: entityId(dataset, targetId), type: 'linked_to', label: 'Linked To' };
        if (!rels.some((r) => r.target === rel.target)) rels.push(rel);
      }
    }
  }
  entity.caption = captionOf(entity.names);
  if (entity.programs) entity.programs = entity.programs.filter((p, i, a) => a.indexOf(p) === i);
  return compactEntity(entity);
}

/** First pass: primary names to ent_num, so "Linked To: NAME" can become a relationship. Ambiguous names are left out. */
async function nameIndex(file: SourceFile): Promise<Map<string, string>> {
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  for await (const [id, name] of scanIdAndName(file)) {
    const key = nameKey(name);
    if (key === '' || key === '-0-') continue;
    if (index.has(key) && index.get(key) !== id) ambiguous.add(key);
    else index.set(key, id);
  }
  for (const k of ambiguous) index.delete(k);
  return index;
}

async function readComments(file: SourceFile | undefined): Promise<Map<number, string>> {
  const map = new Map<number, string>();
  if (!file) return map;
  for await (const row of readLegacyCsv(file, COMMENT_COLUMNS, true)) {
    const id = entNum(row, file);
    // Kept raw: the continuation may start with the space the split fell on.
    const text = row.fields[1] ?? '';
    map.set(id, (map.get(id) ?? '') + (csvValue(text) === undefined ? '' : text));
  }
  return map;
}

async function* parseCsvSet(ctx: ParseContext): AsyncGenerator<Entity> {
  const principal = ctx.files.find((f) => setFor(f.baseName));
  if (!principal) {
    throw new SourceError(ctx.files[0]?.name ?? '(no file)', undefined, 'not the OFAC legacy CSV set: expected sdn.csv or cons_prim.csv');
  }
  const set = setFor(principal.baseName) as CsvSet;
  const companion = (name: string): SourceFile | undefined => {
    const file = ctx.files.find((f) => f.baseName === name);
    if (!file) ctx.warn(`${principal.name}: companion file ${name} not found; its data is missing from this import`);
    return file;
  };
  const addFile = companion(set.address);
  const altFile = companion(set.alias);
  const comments = await readComments(companion(set.comments));
  const index = await nameIndex(principal);
  const resolve = (name: string): string | undefined => index.get(nameKey(name));

  const addresses = new CompanionCursor(addFile, ADDRESS_COLUMNS, ctx.warn);
  const aliases = new CompanionCursor(altFile, ALIAS_COLUMNS, ctx.warn);
  let lastId = -1;
  for await (const row of readLegacyCsv(principal, PRINCIPAL_COLUMNS)) {
    const id = entNum(row, principal);
    if (id <= lastId) throw new SourceError(principal.name, `line ${row.line}`, `rows are not sorted by ent_num (${id} after ${lastId})`);
    lastId = id;
    const overflow = comments.get(id);
    comments.delete(id);
    yield mapCsvEntity({ principal: row, addresses: await addresses.take(id), aliases: await aliases.take(id), overflow }, ctx.dataset, principal, resolve);
  }
  await addresses.finish();
  await aliases.finish();
  for (const id of comments.keys()) ctx.warn(`${set.comments}: ent_num ${id} has no row in the principal file`);
}

export const ofacCsv: SourceFormat = {
  name: 'ofac_csv',
  description: 'OFAC legacy CSV set (sdn.csv/add.csv/alt.csv/sdn_comments.csv or the cons_*.csv equivalents)',
  defaultDataset: (files) => setFor(files.find((f) => setFor(f.baseName))?.baseName ?? '')?.dataset ?? 'us_ofac_sdn',
  detect: (head, baseName) => setFor(baseName) !== undefined && /^\d+,"/.test(head),
  companions: (principal) => {
    const set = setFor(principal.baseName);
    return set ? [set.address, set.alias, set.comments] : [];
  },
  parse: parseCsvSet,
};

export const formats: SourceFormat[] = [ofacCsv];

const SDN_BASE = 'https://www.treasury.gov/ofac/downloads/';

export const datasets: DatasetInfo[] = ofacDatasets(ofacCsv.name, {
  sdn: { urls: ['sdn.csv', 'add.csv', 'alt.csv', 'sdn_comments.csv'].map((f) => SDN_BASE + f), localGlobs: ['ofac/sdn_csv/*/sdn.csv'], enabledByDefault: false },
  cons: {
    urls: ['cons_prim.csv', 'cons_add.csv', 'cons_alt.csv', 'cons_comments.csv'].map((f) => `${SDN_BASE}consolidated/${f}`),
    localGlobs: ['ofac/consolidated_csv/*/cons_prim.csv'],
    enabledByDefault: false,
  },
});

/** The same files from OFAC's Sanctions List Service, for callers that prefer it. */
export const SLS_CSV_URLS = {
  us_ofac_sdn: ['SDN.CSV', 'ADD.CSV', 'ALT.CSV', 'SDN_COMMENTS.CSV'].map((f) => OFAC_EXPORTS + f),
  us_ofac_cons: ['CONS_PRIM.CSV', 'CONS_ADD.CSV', 'CONS_ALT.CSV', 'CONS_COMMENTS.CSV'].map((f) => OFAC_EXPORTS + f),
};
