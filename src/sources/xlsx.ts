import { SaxesParser } from 'saxes';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { SourceError, MAX_FIELD_LENGTH } from './errors.js';
import type { SourceFile } from './types.js';

/**
 * Streaming XLSX row reader.
 *
 * Why not exceljs's WorkbookReader: it reads the zip front to back through local headers, and the
 * OFSI ConList.xlsx (written with data descriptors) makes it fail with "invalid signature: 0x8074b50"
 * as an uncaught error that kills the process. The zip central directory is the authoritative index,
 * so the archive is read through it (yauzl) and each part is streamed through saxes:
 * memory holds the compressed archive and the shared-string table, never the sheet.
 */

export interface XlsxRow {
  /** 1-based row number as the sheet gives it (rows can be skipped in the file). */
  rowNumber: number;
  /** Cell texts by column (index 0 = column A); empty cells are ''. Trailing empty cells are omitted. */
  cells: string[];
}

export interface XlsxReadOptions {
  /** Sheet name; the first sheet of the workbook when absent. */
  sheet?: string;
}

/** A compressed workbook larger than this is refused: the real lists are a few MB. */
export const MAX_XLSX_BYTES = 256 * 1024 * 1024;
/** Shared strings are held in memory; a part inflating past this is refused (zip-bomb guard). */
const MAX_SHARED_STRINGS_BYTES = 512 * 1024 * 1024;
const MAX_SMALL_PART_BYTES = 16 * 1024 * 1024;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

async function readAll(file: SourceFile): Promise<Buffer> {
  const stream = await file.open();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    if (total === 0 && buf.length > 0) {
      const head = buf.subarray(0, 4);
      if (head.length === 4 && !head.equals(ZIP_MAGIC)) {
        stream.destroy();
        throw new SourceError(file.name, undefined, 'not an XLSX workbook: the file is not a zip archive');
      }
    }
    total += buf.length;
    if (total > MAX_XLSX_BYTES) {
      stream.destroy();
      throw new SourceError(file.name, undefined, `workbook exceeds ${MAX_XLSX_BYTES} bytes`);
    }
    chunks.push(buf);
  }
  if (total === 0) throw new SourceError(file.name, undefined, 'file is empty');
  const data = Buffer.concat(chunks, total);
  if (data.length < 4 || !data.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new SourceError(file.name, undefined, 'not an XLSX workbook: the file is not a zip archive');
  }
  return data;
}

interface Archive {
  zip: yauzl.ZipFile;
  entries: Map<string, yauzl.Entry>;
}

function openArchive(data: Buffer, fileName: string): Promise<Archive> {
  return new Promise((resolve, reject) => {
    const bad = (err: Error): void => reject(new SourceError(fileName, undefined, `not a readable zip archive: ${err.message}`));
    yauzl.fromBuffer(data, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err || !zip) return bad(err ?? new Error('no archive'));
      const entries = new Map<string, yauzl.Entry>();
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve({ zip, entries }));
      zip.on('error', bad);
      zip.readEntry();
    });
  });
}

function openEntry(archive: Archive, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    archive.zip.openReadStream(entry, (err, stream) => (err || !stream ? reject(err ?? new Error('no stream')) : resolve(stream)));
  });
}

/** Runs a saxes parser over one zip part, decoding UTF-8 strictly. `onChunk` lets a caller hand out results between chunks. */
async function* saxPart(
  archive: Archive,
  entry: yauzl.Entry,
  where: (line: number) => string,
  fileName: string,
  setup: (parser: SaxesParser, fail: (message: string) => void) => void,
): AsyncGenerator<void> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let failure: SourceError | undefined;
  const fail = (message: string): void => {
    if (!failure) failure = new SourceError(fileName, where(parser.line), message);
  };
  parser.on('doctype', () => fail('DOCTYPE declarations are not accepted'));
  parser.on('error', (err) => fail(`malformed XML: ${err.message.replace(/^.*?:\d+:\d+: /, '')}`));
  setup(parser, fail);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let stream: Readable;
  try {
    stream = await openEntry(archive, entry);
  } catch (err) {
    throw new SourceError(fileName, entry.fileName, `cannot read zip member: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    for await (const chunk of stream) {
      let text: string;
      try {
        text = decoder.decode(chunk as Buffer, { stream: true });
      } catch {
        throw new SourceError(fileName, where(parser.line), 'invalid UTF-8 byte sequence');
      }
      parser.write(text);
      if (failure) throw failure;
      yield;
    }
    parser.close();
  } catch (err) {
    if (failure) throw failure;
    if (err instanceof SourceError) throw err;
    throw new SourceError(fileName, where(parser.line), err instanceof Error ? err.message : String(err));
  } finally {
    stream.destroy();
  }
  if (failure) throw failure;
}

async function drain(gen: AsyncGenerator<void>): Promise<void> {
  for await (const _ of gen);
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon === -1 ? qname : qname.slice(colon + 1);
}

interface SheetRef {
  name: string;
  path: string;
}

async function readWorkbook(archive: Archive, fileName: string): Promise<{ sheets: SheetRef[]; date1904: boolean }> {
  const book = archive.entries.get('xl/workbook.xml');
  if (!book) throw new SourceError(fileName, undefined, 'not an XLSX workbook: xl/workbook.xml is missing');
  if (book.uncompressedSize > MAX_SMALL_PART_BYTES) throw new SourceError(fileName, 'xl/workbook.xml', 'part is implausibly large');
  const declared: { name: string; rid: string }[] = [];
  let date1904 = false;
  await drain(
    saxPart(archive, book, (l) => `xl/workbook.xml line ${l}`, fileName, (p) => {
      p.on('opentag', (tag) => {
        const name = localName(tag.name);
        if (name === 'sheet') {
          let rid = '';
          for (const [k, v] of Object.entries(tag.attributes)) if (localName(k) === 'id') rid = String(v);
          declared.push({ name: String(tag.attributes.name ?? ''), rid });
        } else if (name === 'workbookPr') {
          const v = String(tag.attributes.date1904 ?? '');
          date1904 = v === '1' || v === 'true';
        }
      });
    }),
  );
  const targets = new Map<string, string>();
  const rels = archive.entries.get('xl/_rels/workbook.xml.rels');
  if (rels) {
    await drain(
      saxPart(archive, rels, (l) => `xl/_rels/workbook.xml.rels line ${l}`, fileName, (p) => {
        p.on('opentag', (tag) => {
          if (localName(tag.name) === 'Relationship') targets.set(String(tag.attributes.Id ?? ''), String(tag.attributes.Target ?? ''));
        });
      }),
    );
  }
  const sheets = declared.map((s, i) => {
    const target = targets.get(s.rid) ?? `worksheets/sheet${i + 1}.xml`;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    return { name: s.name, path };
  });
  return { sheets, date1904 };
}

/** Built-in number formats that are dates (ECMA-376 18.8.30, plus the common East Asian ones). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateFormatCode(code: string): boolean {
  // Quoted literals, escapes and [colour]/[locale] blocks are not date tokens.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%E+\- ]*$/i.test(bare);
}

/** Which cell style indexes (cellXfs) format numbers as dates. */
async function readDateStyles(archive: Archive, fileName: string): Promise<Set<number>> {
  const dateStyles = new Set<number>();
  const styles = archive.entries.get('xl/styles.xml');
  if (!styles) return dateStyles;
  if (styles.uncompressedSize > MAX_SMALL_PART_BYTES) throw new SourceError(fileName, 'xl/styles.xml', 'part is implausibly large');
  const customDate = new Map<number, boolean>();
  let inCellXfs = false;
  let xfIndex = 0;
  await drain(
    saxPart(archive, styles, (l) => `xl/styles.xml line ${l}`, fileName, (p) => {
      p.on('opentag', (tag) => {
        const name = localName(tag.name);
        if (name === 'numFmt') customDate.set(Number(tag.attributes.numFmtId), isDateFormatCode(String(tag.attributes.formatCode ?? '')));
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) {
          const id = Number(tag.attributes.numFmtId ?? 0);
          if (customDate.get(id) ?? BUILTIN_DATE_FORMATS.has(id)) dateStyles.add(xfIndex);
          xfIndex++;
        }
      });
      p.on('closetag', (tag) => {
        if (localName(tag.name) === 'cellXfs') inCellXfs = false;
      });
    }),
  );
  return dateStyles;
}

async function readSharedStrings(archive: Archive, fileName: string): Promise<string[]> {
  const strings: string[] = [];
  const part = archive.entries.get('xl/sharedStrings.xml');
  if (!part) return strings;
  if (part.uncompressedSize > MAX_SHARED_STRINGS_BYTES) throw new SourceError(fileName, 'xl/sharedStrings.xml', 'part is implausibly large');
  let current: string | undefined;
  let inText = false;
  // Phonetic guides (<rPh>) repeat the reading of East Asian text; they are not part of the value.
  let inPhonetic = false;
  await drain(
    saxPart(archive, part, (l) => `xl/sharedStrings.xml line ${l}`, fileName, (p) => {
      p.on('opentag', (tag) => {
        const name = localName(tag.name);
        if (name === 'si') current = '';
        else if (name === 'rPh') inPhonetic = true;
        else if (name === 't' && !inPhonetic) inText = true;
      });
      p.on('text', (text) => {
        // Kept one character past the limit, so the cell that uses an over-long string can be named.
        if (inText && current !== undefined && current.length <= MAX_FIELD_LENGTH) current += text;
      });
      p.on('closetag', (tag) => {
        const name = localName(tag.name);
        if (name === 't') inText = false;
        else if (name === 'rPh') inPhonetic = false;
        else if (name === 'si') {
          strings.push(current ?? '');
          current = undefined;
        }
      });
    }),
  );
  return strings;
}

function columnIndex(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col - 1;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Excel serial day number to an ISO date (with the time only when the cell has one). */
export function excelSerialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2958465) return undefined;
  // Serial 60 is 1900-02-29, a date Excel invents (Lotus compatibility); the epoch shift accounts for it.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = Math.round((serial + (!date1904 && serial < 60 ? 1 : 0)) * 86400) * 1000;
  const d = new Date(epoch + ms);
  const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const secs = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
  return secs === 0 ? date : `${date}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

function numberText(v: string): string {
  const n = Number(v);
  if (!Number.isFinite(n)) return v;
  // Excel writes 15 significant digits at most; printing the double that way removes binary noise (0.1+0.2).
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

/**
 * Streams the rows of one sheet of an XLSX workbook as plain strings: shared and inline (rich) text
 * joined into one string, numbers in their shortest decimal form, date-formatted numbers as ISO dates,
 * booleans as TRUE/FALSE, error cells as their error code (#N/A).
 */
export async function* readXlsxRows(file: SourceFile, opts: XlsxReadOptions = {}): AsyncGenerator<XlsxRow> {
  const data = await readAll(file);
  const archive = await openArchive(data, file.name);
  try {
    const { sheets, date1904 } = await readWorkbook(archive, file.name);
    const sheet = opts.sheet === undefined ? sheets[0] : sheets.find((s) => s.name === opts.sheet);
    if (!sheet) {
      const have = sheets.map((s) => `"${s.name}"`).join(', ') || 'none';
      const want = opts.sheet === undefined ? 'a worksheet' : `sheet "${opts.sheet}"`;
      throw new SourceError(file.name, undefined, `${want} not found in the workbook (sheets: ${have})`);
    }
    const entry = archive.entries.get(sheet.path);
    if (!entry) throw new SourceError(file.name, undefined, `sheet "${sheet.name}" points to missing part ${sheet.path}`);
    const dateStyles = await readDateStyles(archive, file.name);
    const shared = await readSharedStrings(archive, file.name);
    yield* readSheet(archive, entry, sheet.name, file.name, shared, dateStyles, date1904);
  } finally {
    archive.zip.close();
  }
}

async function* readSheet(
  archive: Archive,
  entry: yauzl.Entry,
  sheetName: string,
  fileName: string,
  shared: string[],
  dateStyles: Set<number>,
  date1904: boolean,
): AsyncGenerator<XlsxRow> {
  const ready: XlsxRow[] = [];
  let row: XlsxRow | undefined;
  let lastRow = 0;
  let col = -1;
  let type = '';
  let style = 0;
  let value: string | undefined;
  let inValue = false;
  let inPhonetic = false;
  let failCell: (message: string) => void = () => undefined;

  const where = (line: number): string => (row ? `sheet "${sheetName}" row ${row.rowNumber}` : `sheet "${sheetName}" line ${line}`);
  const cellName = (): string => {
    let n = col + 1;
    let s = '';
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return `${s}${row?.rowNumber ?? ''}`;
  };

  const finishCell = (): string => {
    const v = value ?? '';
    switch (type) {
      case 's': {
        const s = shared[Number(v)];
        if (s === undefined) {
          failCell(`cell ${cellName()} refers to shared string ${v}, which does not exist`);
          return '';
        }
        return s;
      }
      case 'inlineStr':
      case 'str':
      case 'e':
        return v;
      case 'b':
        return v === '1' || v === 'true' ? 'TRUE' : v === '' ? '' : 'FALSE';
      case 'd':
        return v.replace(/T00:00:00(?:\.0+)?Z?$/, '');
      default:
        if (v === '') return '';
        if (dateStyles.has(style)) return excelSerialToIso(Number(v), date1904) ?? numberText(v);
        return numberText(v);
    }
  };

  const gen = saxPart(archive, entry, where, fileName, (p, fail) => {
    failCell = fail;
    p.on('opentag', (tag) => {
      switch (localName(tag.name)) {
        case 'row': {
          const r = Number(tag.attributes.r);
          lastRow = Number.isInteger(r) && r > 0 ? r : lastRow + 1;
          row = { rowNumber: lastRow, cells: [] };
          col = -1;
          break;
        }
        case 'c': {
          const ref = tag.attributes.r;
          col = ref ? columnIndex(String(ref)) : col + 1;
          type = String(tag.attributes.t ?? 'n');
          style = Number(tag.attributes.s ?? 0);
          value = undefined;
          break;
        }
        case 'v':
          inValue = true;
          value = value ?? '';
          break;
        case 't':
          if (!inPhonetic) {
            inValue = true;
            value = value ?? '';
          }
          break;
        case 'rPh':
          inPhonetic = true;
          break;
      }
    });
    p.on('text', (text) => {
      if (!inValue) return;
      value = (value ?? '') + text;
      if (value.length > MAX_FIELD_LENGTH) {
        fail(`cell ${cellName()} exceeds ${MAX_FIELD_LENGTH} characters`);
        inValue = false;
      }
    });
    p.on('closetag', (tag) => {
      switch (localName(tag.name)) {
        case 'v':
        case 't':
          inValue = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'c': {
          if (!row || col < 0) break;
          const text = finishCell();
          if (text.length > MAX_FIELD_LENGTH) fail(`cell ${cellName()} exceeds ${MAX_FIELD_LENGTH} characters`);
          if (text !== '') {
            while (row.cells.length < col) row.cells.push('');
            row.cells[col] = text;
          }
          break;
        }
        case 'row':
          if (row) ready.push(row);
          row = undefined;
          break;
      }
    });
  });
  for await (const _ of gen) {
    while (ready.length > 0) yield ready.shift() as XlsxRow;
  }
  while (ready.length > 0) yield ready.shift() as XlsxRow;
}
