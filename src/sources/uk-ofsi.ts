import type { Name, NameKind, Schema } from '../model/entity.js';
import { columnsFromHeader, type Columns } from './columns.js';
import { readCsvRows } from './csv-rows.js';
import { parseDate, parsePartialDate } from './dates.js';
import { EntityBuilder, scriptOf } from './entity-builder.js';
import { splitEnumerated } from './enumerations.js';
import { SourceError } from './errors.js';
import { addLabelledInformation, ukName } from './uk-ofsi-info.js';
import type { DatasetInfo, ParseContext, SourceFile, SourceFormat } from './types.js';
import { readXlsxRows } from './xlsx.js';

export const DATASET = 'gb_hmt_sanctions';
const BASE_URL = 'https://ofsistorage.blob.core.windows.net/publishlive/2022format';

/** Present in every ConList since the 2022 format; the non-Latin and quality columns are newer and optional. */
const REQUIRED = [
  'Name 6', 'Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Title', 'DOB', 'Town of Birth', 'Country of Birth',
  'Nationality', 'Passport Number', 'Passport Details', 'National Identification Number', 'National Identification Details',
  'Position', 'Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6', 'Post/Zip Code', 'Country',
  'Other Information', 'Group Type', 'Alias Type', 'Regime', 'Listed On', 'Group ID',
] as const;

const SCHEMAS: Record<string, Schema> = { individual: 'Person', entity: 'Organization', ship: 'Vessel' };

const LANGUAGES: Record<string, string> = {
  russian: 'ru', russia: 'ru', ukrainian: 'uk', ukraine: 'uk', belarusian: 'be', persian: 'fa', 'persian/farsi': 'fa', farsi: 'fa',
  arabic: 'ar', chinese: 'zh', korean: 'ko', georgian: 'ka', hebrew: 'he', bulgarian: 'bg', turkish: 'tr', kazakh: 'kk',
  serbian: 'sr', bosnian: 'bs', spanish: 'es', thai: 'th', greek: 'el', japanese: 'ja', burmese: 'my', romanian: 'ro',
};

interface Row {
  cells: string[];
  position: string;
}

async function* rowsOf(file: SourceFile): AsyncGenerator<Row> {
  if (file.baseName.endsWith('.xlsx')) {
    for await (const r of readXlsxRows(file)) yield { cells: r.cells, position: `row ${r.rowNumber}` };
  } else {
    for await (const r of readCsvRows(file)) yield { cells: r.cells, position: `line ${r.line}` };
  }
}

function nameKind(aliasType: string, quality: string): NameKind {
  const t = aliasType.toLowerCase();
  if (t === 'primary name') return 'primary';
  if (t === 'fka') return 'fka';
  // "Low quality" aliases are the UN's low-quality a.k.a.s: too vague to match on alone.
  if (/low/i.test(quality)) return 'low_quality';
  return 'aka';
}

function latinName(c: Columns, cells: string[], kind: NameKind, schema: Schema): Name | undefined {
  const name = ukName(
    [1, 2, 3, 4, 5].map((i) => c.get(cells, `Name ${i}`)),
    c.get(cells, 'Name 6'),
    schema === 'Person',
  );
  return name && { full: name.full, kind, script: scriptOf(name.full), parts: name.parts };
}

function addRow(b: EntityBuilder, c: Columns, cells: string[], ctx: ParseContext): void {
  const kind = nameKind(c.get(cells, 'Alias Type'), c.get(cells, 'Alias Quality'));
  const name = latinName(c, cells, kind, b.schema);
  if (name) b.addName(name);
  const nonLatin = c.get(cells, 'Name Non-Latin Script');
  if (nonLatin) {
    const language = c.get(cells, 'Non-Latin Script Language');
    const lang = LANGUAGES[language.toLowerCase()];
    const n: Name = { full: nonLatin, kind: 'original_script', script: scriptOf(nonLatin, c.get(cells, 'Non-Latin Script Type')) };
    if (lang) n.lang = lang;
    else if (language) b.addProperty('nonLatinScriptLanguage', language);
    b.addName(n);
  }
  for (const t of splitEnumerated(c.get(cells, 'Title'))) b.addTitle(t);

  // Several rows of one person can carry different dates of birth: each is one candidate date.
  const dob = c.get(cells, 'DOB');
  if (dob) b.addBirthDate(parsePartialDate(dob, 'dmy'));
  const town = c.get(cells, 'Town of Birth');
  const birthCountry = c.get(cells, 'Country of Birth');
  const place = [town, birthCountry].filter((p) => p !== '').join(', ');
  if (place) b.addBirthPlace(place);
  for (const country of splitEnumerated(birthCountry)) b.addCountry(country, 'birth');
  for (const n of splitEnumerated(c.get(cells, 'Nationality'))) b.addCountry(n, 'nationality');

  addDocuments(b, 'passport', 'Passport', c.get(cells, 'Passport Number'), c.get(cells, 'Passport Details'));
  addDocuments(b, 'national_id', 'National Identification', c.get(cells, 'National Identification Number'), c.get(cells, 'National Identification Details'));
  for (const p of splitEnumerated(c.get(cells, 'Position'))) b.addPosition(p);

  const lines = [1, 2, 3, 4, 5, 6].map((i) => c.get(cells, `Address ${i}`)).filter((l) => l !== '');
  const postalCode = c.get(cells, 'Post/Zip Code');
  const country = c.get(cells, 'Country');
  if (lines.length > 0 || postalCode || country) {
    const full = [...lines, postalCode, country].filter((p) => p !== '').join(', ');
    b.addAddress({
      full,
      ...(lines.length > 0 ? { street: lines.join(', ') } : {}),
      ...(postalCode ? { postalCode } : {}),
      ...(country ? { country } : {}),
    });
    for (const k of splitEnumerated(country)) b.addCountry(k, 'location');
  }

  addLabelledInformation(b, c.get(cells, 'Other Information'), ctx);
  b.addProgram(c.get(cells, 'Regime'));
  b.setListedOn(parseDate(c.get(cells, 'Listed On'), 'dmy'));
  const designated = parseDate(c.get(cells, 'UK Sanctions List Date Designated'), 'dmy');
  if (designated) b.addProperty('designatedOn', designated);
  const updated = parseDate(c.get(cells, 'Last Updated'), 'dmy');
  if (updated) b.addProperty('lastUpdated', updated);
}

/**
 * Numbers come as "123", "(1) 123 (2) 456" or "726457392. 753337929"; details are paired with numbers
 * when they are enumerated the same way, otherwise they describe all of them.
 */
function addDocuments(b: EntityBuilder, type: 'passport' | 'national_id', label: string, numbers: string, details: string): void {
  const values = splitEnumerated(numbers).flatMap((v) => v.split(/[.;,]\s+/)).map((v) => v.trim()).filter((v) => v !== '');
  const notes = splitEnumerated(details);
  if (values.length === 0) {
    if (details) b.addRemark(`${label} details: ${details}`);
    return;
  }
  values.forEach((value, i) => {
    const note = notes.length === values.length ? notes[i] : details || undefined;
    b.addIdentifier(note ? { type, value, label, note } : { type, value, label });
  });
}

/**
 * The ConList is sorted by name, not by group: a group's rows are scattered through the file
 * (3,818 of 4,686 groups in the 2025-04-10 list), so rows are merged in memory by Group ID.
 * That holds one small builder per designation (about 5,000) — bounded by the list, which OFSI
 * caps by policy at a few tens of thousands of rows; a streaming merge would need a sorted input.
 */
async function* parseConList(ctx: ParseContext, file: SourceFile): AsyncGenerator<ReturnType<EntityBuilder['build']>> {
  let columns: Columns | undefined;
  let first = true;
  const groups = new Map<string, EntityBuilder>();
  for await (const { cells, position } of rowsOf(file)) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (first) {
      first = false;
      if ((cells[0] ?? '').trim().toLowerCase() === 'last updated') {
        const published = parseDate(cells[1] ?? '', 'dmy');
        if (published) ctx.setPublished(published);
        else ctx.warn(`${file.name}:${position}: unreadable "Last Updated" date "${cells[1] ?? ''}"`);
        continue;
      }
      ctx.warn(`${file.name}:${position}: no "Last Updated" line; publication date unknown`);
    }
    if (!columns) {
      columns = columnsFromHeader(cells, REQUIRED, file.name, position);
      continue;
    }
    const groupId = columns.get(cells, 'Group ID');
    if (!groupId) throw new SourceError(file.name, position, 'row has no Group ID');
    let b = groups.get(groupId);
    if (!b) {
      const groupType = columns.get(cells, 'Group Type');
      const schema = SCHEMAS[groupType.toLowerCase()];
      if (!schema) ctx.warn(`${file.name}:${position}: unknown Group Type "${groupType}" for group ${groupId}`);
      b = new EntityBuilder(ctx.dataset, groupId, schema ?? 'LegalEntity');
      groups.set(groupId, b);
    }
    addRow(b, columns, cells, ctx);
  }
  if (first) throw new SourceError(file.name, undefined, 'file is empty');
  if (!columns) throw new SourceError(file.name, undefined, 'no header row (expected the ConList columns after "Last Updated")');
  for (const b of groups.values()) yield b.build();
}

async function* parse(ctx: ParseContext): AsyncGenerator<ReturnType<EntityBuilder['build']>> {
  for (const file of ctx.files) yield* parseConList(ctx, file);
}

export const formats: SourceFormat[] = [
  {
    name: 'uk_ofsi_conlist_csv',
    description: 'UK OFSI Consolidated List (ConList.csv, 2022 format): one row per name, grouped by Group ID',
    defaultDataset: () => DATASET,
    detect: (head, baseName) => /^(\ufeff|ï»¿)?last updated,/i.test(head) || (/^conlist.*\.csv$/.test(baseName) && /name 6/i.test(head)),
    parse,
  },
  {
    name: 'uk_ofsi_conlist_xlsx',
    description: 'UK OFSI Consolidated List (ConList.xlsx, 2022 format): one row per name, grouped by Group ID',
    defaultDataset: () => DATASET,
    detect: (head, baseName) => /^conlist.*\.xlsx$/.test(baseName) && head.startsWith('PK'),
    parse,
  },
];

const common = {
  name: DATASET,
  title: 'UK HM Treasury OFSI Consolidated List of Financial Sanctions Targets',
  publisher: 'HM Treasury, Office of Financial Sanctions Implementation',
  country: 'GB',
  licence: 'Open Government Licence v3.0',
  homepage: 'https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets',
};

export const datasets: DatasetInfo[] = [
  { ...common, format: 'uk_ofsi_conlist_xlsx', urls: [`${BASE_URL}/ConList.xlsx`], localGlobs: ['uk/ofsi_conlist/*/ConList.xlsx'], enabledByDefault: true },
  { ...common, format: 'uk_ofsi_conlist_csv', urls: [`${BASE_URL}/ConList.csv`], localGlobs: ['uk/ofsi_conlist/*/ConList.csv'], enabledByDefault: false },
];
