import type { Entity, Schema } from '../model/entity.js';
import { columnsFromHeader, type Columns } from './columns.js';
import { EntityBuilder, resolveCountry, scriptOf } from './entity-builder.js';
import { SourceError } from './errors.js';
import { japaneseCountryCode } from './jp-countries.js';
import { parseJapaneseDate } from './jp-dates.js';
import type { DatasetInfo, ParseContext, SourceFile, SourceFormat } from './types.js';
import { readXlsxRows } from './xlsx.js';

export const DATASET = 'jp_mof_sanctions';
export const INDEX_URL = 'https://www.mof.go.jp/policy/international_policy/gaitame_kawase/gaitame/economic_sanctions/list.html';

/**
 * Ministry of Finance 「経済制裁措置及び対象者リスト」: one workbook per regime, published from the
 * index page. A sheet carries the regime's title, then sections (「（１）個人」, 「（２）団体」) each
 * with its own header row (番号, 告示日付, 日本語表記, 英語表記, 別称, 生年月日, 国籍, 旅券番号, 住所,
 * その他の情報) and one row per designation.
 */

const REQUIRED = ['番号', '日本語表記', '英語表記'] as const;
type Column = (typeof REQUIRED)[number] | '告示日付' | '別称' | '生年月日' | '出生地' | '国籍' | '旅券番号' | '身分証明書番号' | '住所' | '役職' | 'その他の情報';

/** The list files the index page links to: workbooks under the economic_sanctions directory. */
export const LIST_FILE_PATTERN = /href="([^"]*\/economic_sanctions\/[^"]+\.xlsx?)"/gi;

/** Resolves the workbook links of the index page (relative links against the page's URL). */
export function listFileUrls(indexHtml: string, pageUrl = INDEX_URL): string[] {
  const out = new Set<string>();
  for (const m of indexHtml.matchAll(LIST_FILE_PATTERN)) out.add(new URL(m[1] as string, pageUrl).href);
  return [...out];
}

interface Section {
  schema: Schema | undefined;
  label: string;
}

/** Section headings name the kind of target: 個人 (individuals), 団体 (entities), 船舶 (ships). */
function sectionOf(text: string): Section | undefined {
  if (text.length > 40) return undefined;
  if (/個人/.test(text)) return { schema: 'Person', label: 'p' };
  if (/団体|法人|企業/.test(text)) return { schema: 'Organization', label: 'e' };
  if (/船舶/.test(text)) return { schema: 'Vessel', label: 'v' };
  return undefined;
}

/** Multi-value cells: 「、」, 「；」, semicolons, slashes between full values, or one per line. */
const splitValues = (text: string): string[] =>
  text
    .split(/\s*[、；;\n]\s*|\s+\/\s+/)
    .map((v) => v.trim().replace(/^[（(]([^（()）]*)[）)]$/, '$1').trim())
    .filter((v) => v !== '' && !/^(?:-|－|―|なし|不明|n\/?a)$/i.test(v));

function country(text: string): string {
  const bare = text.replace(/[（(].*$/, '').trim();
  return japaneseCountryCode(bare) ?? resolveCountry(bare) ?? text;
}

const UN_REF = /\b([A-Z]{2}[ie]\.\d{3})\b/;
const IMO = /IMO(?:番号|\s*(?:number|no\.?))?\s*[:：]?\s*(\d{7})\b/i;

function rowToEntity(ctx: ParseContext, cells: string[], cols: Columns, section: Section | undefined, program: string, fileStem: string, position: string, fileName: string): Entity {
  const get = (c: Column): string => cols.get(cells, c);
  const number = get('番号').replace(/[.．]$/, '');
  const ja = get('日本語表記');
  const en = get('英語表記');
  if (!ja && !en) throw new SourceError(fileName, position, `entry ${number} has neither 日本語表記 nor 英語表記`);
  const schema: Schema = section?.schema ?? (get('生年月日') || get('旅券番号') ? 'Person' : 'Organization');
  const b = new EntityBuilder(ctx.dataset, `${fileStem}/${section?.label ?? ''}${number}`, schema);
  if (en) b.addName({ full: en.replace(/\s+/g, ' '), kind: 'primary', script: scriptOf(en) });
  if (ja) {
    const script = scriptOf(ja);
    // Katakana renderings put a middle dot between name parts; the name itself has no spaces.
    b.addName({ full: ja, kind: en ? 'original_script' : 'primary', script, lang: 'ja' });
  }
  for (const alias of splitValues(get('別称'))) {
    const script = scriptOf(alias);
    b.addName(script === 'Latin' ? { full: alias, kind: 'aka', script } : { full: alias, kind: 'original_script', script, ...(script === 'Japanese' || script === 'Han' ? { lang: 'ja' } : {}) });
  }
  for (const d of splitValues(get('生年月日'))) {
    const iso = parseJapaneseDate(d);
    if (schema === 'Person') b.addBirthDate(iso ? { date: iso } : { text: d });
    else b.addProperty('incorporationDate', iso ?? d);
  }
  for (const p of splitValues(get('出生地'))) {
    b.addBirthPlace(p);
    const c = country(p.split(/[,，、]/).pop() as string);
    if (/^[A-Z]{2}$/.test(c)) b.addCountry(c, 'birth');
  }
  for (const n of splitValues(get('国籍'))) b.addCountry(country(n), 'nationality');
  for (const p of splitValues(get('旅券番号'))) {
    const m = p.match(/^([A-Z0-9-]{4,})\s*(?:[（(](.+)[）)])?$/i);
    if (m) b.addIdentifier({ type: 'passport', value: m[1] as string, label: '旅券番号', ...(m[2] ? { note: m[2] } : {}) });
    else b.addRemark(`旅券番号: ${p}`);
  }
  for (const p of splitValues(get('身分証明書番号'))) b.addIdentifier({ type: 'national_id', value: p, label: '身分証明書番号' });
  for (const a of get('住所').split(/\s*[；;\n]\s*/).filter((x) => x.trim() !== '')) {
    // Japanese addresses lead with the country (「シリア、ダマスカス」), English ones end with it.
    const parts = a.split(/[,，、]/).map((x) => x.trim());
    const code = [parts[0] as string, parts[parts.length - 1] as string].map(country).find((c) => /^[A-Z]{2}$/.test(c)) ?? '';
    b.addAddress(/^[A-Z]{2}$/.test(code) ? { full: a, country: code } : { full: a });
    if (/^[A-Z]{2}$/.test(code)) b.addCountry(code, 'location');
  }
  for (const p of splitValues(get('役職'))) b.addPosition(p);
  const other = get('その他の情報');
  if (other) {
    const un = other.match(UN_REF);
    if (un) b.addIdentifier({ type: 'un_ref', value: un[1] as string, label: 'UN reference (その他の情報)' });
    const imo = other.match(IMO);
    if (imo) b.addIdentifier({ type: 'imo', value: imo[1] as string, label: 'IMO' });
    b.addRemark(other);
  }
  const notice = get('告示日付');
  if (notice) {
    const iso = parseJapaneseDate(notice);
    if (iso) b.setListedOn(iso);
    else ctx.warn(`${fileName}:${position}: unreadable 告示日付 "${notice}"`);
  }
  b.addProgram(program);
  b.addProperty('number', number);
  return b.build();
}

const isHeader = (cells: string[]): boolean => cells.some((c) => c.trim() === '日本語表記') && cells.some((c) => c.trim() === '英語表記');

async function* parseFile(ctx: ParseContext, file: SourceFile): AsyncGenerator<Entity> {
  const fileStem = file.baseName.replace(/\.xlsx?$/i, '');
  let cols: Columns | undefined;
  let section: Section | undefined;
  let program = '';
  let count = 0;
  let latest: string | undefined;
  const seen = new Set<string>();
  for await (const { rowNumber, cells } of readXlsxRows(file)) {
    const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length === 0) continue;
    const position = `row ${rowNumber}`;
    if (isHeader(cells) || (!cols && filled.includes('番号'))) {
      cols = columnsFromHeader(cells, REQUIRED, file.name, position);
      continue;
    }
    if (filled.length <= 2 && (!cols || (!cols.get(cells, '日本語表記') && !cols.get(cells, '英語表記')))) {
      // Headings: the regime's title first, then section headings.
      const s = sectionOf(filled[0] as string);
      if (s) section = s;
      else if (!program) program = filled.join(' ');
      continue;
    }
    if (!cols) throw new SourceError(file.name, position, 'data before any header row: expected a header with 番号, 日本語表記, 英語表記');
    if (!cols.get(cells, '番号')) throw new SourceError(file.name, position, 'row without 番号');
    const e = rowToEntity(ctx, cells, cols, section, program || fileStem, fileStem, position, file.name);
    if (seen.has(e.id)) throw new SourceError(file.name, position, `entry ${e.sourceId} appears twice`);
    seen.add(e.id);
    if (e.listedOn && (!latest || e.listedOn > latest)) latest = e.listedOn;
    count++;
    yield e;
  }
  if (!cols) throw new SourceError(file.name, undefined, 'no header row found (expected 番号, 日本語表記, 英語表記, …)');
  if (count === 0) ctx.warn(`${file.name}: header found but no entries`);
  // The workbook carries no issue date of its own: the latest notice date is the best lower bound.
  if (latest) ctx.setPublished(latest);
}

async function* parse(ctx: ParseContext): AsyncGenerator<Entity> {
  for (const file of ctx.files) yield* parseFile(ctx, file);
}

export const formats: SourceFormat[] = [
  {
    name: 'jp_mof_xlsx',
    description: 'Japan MOF economic-sanctions target list workbook (番号, 告示日付, 日本語表記, 英語表記, 別称, 生年月日, 国籍, 旅券番号, 住所, その他の情報)',
    defaultDataset: () => DATASET,
    // The header sits in the sheet, not in the zip's first bytes: recognise the file by where it came from.
    detect: (head, baseName) => head.startsWith('PK') && /^(?:jp[-_]mof|mof[-_]|economic[-_]sanctions)/.test(baseName) && /\.xlsx$/.test(baseName),
    parse,
  },
];

export const datasets: DatasetInfo[] = [
  {
    name: DATASET,
    title: 'Japan MOF Economic Sanctions Target List (経済制裁措置及び対象者リスト)',
    publisher: 'Ministry of Finance, Japan (財務省)',
    country: 'JP',
    licence: 'Public Data License (version 1.0) / Government of Japan Standard Terms of Use (compatible with CC BY 4.0)',
    format: 'jp_mof_xlsx',
    // The index page links one workbook per regime (listFileUrls); downloading through the index is
    // not automated, so the dataset is off by default and read from local copies.
    urls: [INDEX_URL],
    localGlobs: ['jp/mof/*/*.xlsx'],
    enabledByDefault: false,
    homepage: INDEX_URL,
  },
];
