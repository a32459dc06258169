import type { Entity, NameKind, Schema } from '../model/entity.js';
import { columnsFromHeader } from './columns.js';
import { parseDate, parsePartialDate } from './dates.js';
import { EntityBuilder, resolveCountry, scriptOf } from './entity-builder.js';
import { splitEnumerated } from './enumerations.js';
import { SourceError } from './errors.js';
import type { DatasetInfo, ParseContext, SourceFile, SourceFormat } from './types.js';
import { readXlsxRows } from './xlsx.js';

export const DATASET = 'au_dfat_sanctions';

const REQUIRED = [
  'Reference', 'Name of Individual or Entity', 'Type', 'Name Type', 'Date of Birth', 'Place of Birth', 'Citizenship',
  'Address', 'Additional Information', 'Listing Information', 'Committees', 'Control Date',
] as const;

const SCHEMAS: Record<string, Schema> = { individual: 'Person', entity: 'Organization' };

/** DFAT types these by hand: case, trailing spaces and wording vary ("Aka ", "original Script", "Formerly known as"). */
function nameKind(nameType: string): NameKind | undefined {
  const t = nameType.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === 'primary name') return 'primary';
  if (t === 'aka' || t === 'also known as') return 'aka';
  if (t === 'original script') return 'original_script';
  if (t === 'formerly known as' || t === 'fka' || t === 'previously listed as') return 'fka';
  return undefined;
}

/** "NA", "na", "-" and the like mean "not available", not a value. */
const isBlank = (v: string): boolean => /^(?:n\/?a|none|-+|unknown)?$/i.test(v.trim());

/** Several values in one cell: "a) 1955 b) 1956", "x; y", or one per line. */
function values(text: string): string[] {
  if (isBlank(text)) return [];
  return splitEnumerated(text)
    .flatMap((v) => v.split(/\s*;\s*|\s*\n\s*/))
    .map((v) => v.trim())
    .filter((v) => !isBlank(v));
}

const DATE_IN_TEXT = /\b(\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})\b/;

/** The first date in a listing note ("Listed on: 30 Nov. 2012 (amended …)", "Designated … on 2 March 2012"). */
export function listingDate(text: string): string | undefined {
  const m = text.match(DATE_IN_TEXT);
  return m ? parseDate((m[1] as string).replace(',', ''), 'dmy') : undefined;
}

function baseReference(ref: string): string | undefined {
  return ref.trim().match(/^(\d+)[a-z]*\d*$/i)?.[1];
}

/**
 * One row per name, rows of one designation sharing a reference ("2", "2a", "2b"). The rows are
 * merged in memory: the file is a few thousand designations, and the publication date
 * (the latest Control Date) is only known after the last row anyway.
 */
async function* parseFile(ctx: ParseContext, file: SourceFile): AsyncGenerator<Entity> {
  let columns: ReturnType<typeof columnsFromHeader> | undefined;
  const groups = new Map<string, { b: EntityBuilder; control: string }>();
  let published: string | undefined;
  for await (const { rowNumber, cells } of readXlsxRows(file)) {
    if (cells.every((c) => c.trim() === '')) continue;
    const position = `row ${rowNumber}`;
    if (!columns) {
      columns = columnsFromHeader(cells, REQUIRED, file.name, position);
      continue;
    }
    const get = (name: (typeof REQUIRED)[number]): string => columns!.get(cells, name);
    const ref = get('Reference');
    const base = baseReference(ref);
    if (!base) throw new SourceError(file.name, position, `unreadable Reference "${ref}"`);
    let group = groups.get(base);
    if (!group) {
      const type = get('Type');
      const schema = SCHEMAS[type.toLowerCase()];
      if (!schema) ctx.warn(`${file.name}:${position}: unknown Type "${type}" for reference ${base}`);
      group = { b: new EntityBuilder(ctx.dataset, base, schema ?? 'LegalEntity'), control: '' };
      groups.set(base, group);
    }
    const { b } = group;

    const full = get('Name of Individual or Entity').replace(/\s+/g, ' ');
    const nameType = get('Name Type');
    let kind = nameKind(nameType);
    if (!kind) {
      ctx.warn(`${file.name}:${position}: unknown Name Type "${nameType}", read as an alias`);
      kind = 'aka';
    }
    if (full) {
      const script = scriptOf(full);
      // Some "aka" rows are in the original script; the characters decide.
      b.addName({ full, kind: kind === 'aka' && script !== 'Latin' ? 'original_script' : kind, script });
    }

    for (const v of values(get('Date of Birth'))) {
      for (const d of v.split(/,?\s+or\s+|\s*>>\s*/)) b.addBirthDate(parsePartialDate(d.replace(/[.,]+$/, ''), 'dmy'));
    }
    for (const place of values(get('Place of Birth'))) {
      b.addBirthPlace(place);
      const country = place.split(',').pop() as string;
      if (resolveCountry(country.trim())) b.addCountry(country, 'birth');
    }
    for (const c of values(get('Citizenship'))) {
      // "Russian and Ukrainian" is two; "Trinidad and Tobago" is one: split only what does not resolve whole.
      const parts = resolveCountry(c) ? [c] : c.split(/\s+and\s+|\s*,\s*|\s*\/\s*/);
      for (const part of parts) b.addCountry(part, 'citizenship');
    }
    for (const address of values(get('Address'))) {
      const last = (address.split(',').pop() as string).trim().replace(/\.$/, '');
      const code = resolveCountry(last);
      b.addAddress(code ? { full: address, country: code } : { full: address });
      if (code) b.addCountry(last, 'location');
    }
    const info = get('Additional Information');
    if (!isBlank(info)) {
      b.addRemark(info);
      for (const m of info.matchAll(/\bIMO(?:\s+(?:number|no\.?))?[\s:.]*(\d{7})\b/gi)) b.addIdentifier({ type: 'imo', value: m[1] as string, label: 'IMO' });
    }
    const listing = get('Listing Information');
    if (!isBlank(listing)) {
      b.addRemark(listing);
      b.setListedOn(listingDate(listing));
    }
    b.addProgram(get('Committees').replace(/\s+/g, ' '));
    const control = parseDate(get('Control Date'), 'dmy');
    if (control) {
      if (control > group.control) group.control = control;
      if (!published || control > published) published = control;
    }
  }
  if (!columns) throw new SourceError(file.name, undefined, 'no header row found (expected Reference, Name of Individual or Entity, …)');
  if (published) ctx.setPublished(published);
  else ctx.warn(`${file.name}: no Control Date in any row; publication date unknown`);
  for (const { b, control } of groups.values()) {
    if (control) b.addProperty('controlDate', control);
    yield b.build();
  }
}

async function* parse(ctx: ParseContext): AsyncGenerator<Entity> {
  for (const file of ctx.files) yield* parseFile(ctx, file);
}

export const formats: SourceFormat[] = [
  {
    name: 'au_dfat_consolidated_xlsx',
    description: 'Australia DFAT Consolidated List (regulation8_consolidated.xlsx): one row per name, grouped by Reference',
    defaultDataset: () => DATASET,
    detect: (head, baseName) => /^regulation8_consolidated.*\.xlsx$/.test(baseName) && head.startsWith('PK'),
    parse,
  },
];

export const datasets: DatasetInfo[] = [
  {
    name: DATASET,
    title: 'Australia DFAT Consolidated List',
    publisher: 'Department of Foreign Affairs and Trade (Australian Sanctions Office)',
    country: 'AU',
    // DFAT's copyright page: content is licensed under Creative Commons Attribution 4.0 International unless marked otherwise.
    licence: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    format: 'au_dfat_consolidated_xlsx',
    urls: ['https://www.dfat.gov.au/sites/default/files/regulation8_consolidated.xlsx'],
    localGlobs: ['au/dfat_consolidated/*/regulation8_consolidated.xlsx'],
    enabledByDefault: true,
    homepage: 'https://www.dfat.gov.au/international-relations/security/sanctions/consolidated-list',
  },
];
