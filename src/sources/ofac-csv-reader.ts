/**
 * Reads one file of OFAC's legacy CSV set as rows: Windows-1252 text, no header row, CRLF (or LF) line ends,
 * an MS-DOS end-of-file byte (0x1A) at the very end, and "-0-" for empty fields.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, CsvError } from 'csv-parse';
import type { SourceFile } from './types.js';
import { MAX_FIELD_LENGTH, SourceError } from './errors.js';

export interface CsvRow {
  fields: string[];
  /** Line on which the record ends (1-based), for error messages. */
  line: number;
}

/** "-0-" (OFAC writes it "-0- ", with a space) and blanks are empty. */
export function csvValue(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  const t = field.trim();
  return t === '' || t === '-0-' ? undefined : t;
}

// C0 controls other than tab/LF/CR, and the C1 range Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D):
// neither occurs in text, so either means a binary or mis-encoded file.
const BAD_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u0019\u001b-\u001f\u0081\u008d\u008f\u0090\u009d]/;

export async function* decodeWindows1252(stream: Readable, fileName: string, counter: { bytes: number }): AsyncGenerator<string> {
  const decoder = new TextDecoder('windows-1252');
  let line = 1;
  let ended = false;
  for await (const chunk of stream) {
    let buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, 'latin1');
    if (buf.length === 0) continue;
    if (ended) throw new SourceError(fileName, `line ${line}`, 'data after the end-of-file byte 0x1A');
    const eof = buf.indexOf(0x1a);
    if (eof !== -1) {
      if (eof !== buf.length - 1) throw new SourceError(fileName, `line ${line + countLines(buf.subarray(0, eof))}`, 'stray 0x1A byte inside the file');
      ended = true;
      buf = buf.subarray(0, eof);
    }
    counter.bytes += buf.length;
    const text = decoder.decode(buf, { stream: true });
    const bad = BAD_CHARS.exec(text);
    if (bad) {
      const at = line + countLines(text.slice(0, bad.index));
      throw new SourceError(fileName, `line ${at}`, `invalid byte 0x${(bad[0].codePointAt(0) as number).toString(16).padStart(2, '0')} (not Windows-1252 text)`);
    }
    line += countLines(text);
    yield text;
  }
}

function countLines(text: string | Buffer): number {
  let n = 0;
  let i = -1;
  if (typeof text === 'string') while ((i = text.indexOf('\n', i + 1)) !== -1) n++;
  else while ((i = text.indexOf(0x0a, i + 1)) !== -1) n++;
  return n;
}

/**
 * Streams the rows of one legacy CSV file, checking the column count of each.
 * `allowEmpty`: companion files (comments) may legitimately hold no rows.
 */
export async function* readLegacyCsv(file: SourceFile, columns: number, allowEmpty = false): AsyncGenerator<CsvRow> {
  const counter = { bytes: 0 };
  const parser = parse({ relax_column_count: true, info: true, skip_empty_lines: true, max_record_size: MAX_FIELD_LENGTH * 4 });
  const source = Readable.from(decodeWindows1252(await file.open(), file.name, counter));
  const done = pipeline(source, parser);
  // The pipeline's own rejection is reported through the parser's iterator below.
  done.catch(() => undefined);
  let rows = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = item;
      rows++;
      if (record.length !== columns) {
        throw new SourceError(file.name, `line ${info.lines}`, `expected ${columns} columns, found ${record.length} (is this file part of the OFAC legacy CSV set?)`);
      }
      for (const f of record) {
        if (f.length > MAX_FIELD_LENGTH) throw new SourceError(file.name, `line ${info.lines}`, `field exceeds ${MAX_FIELD_LENGTH} characters`);
      }
      yield { fields: record, line: info.lines };
    }
    await done;
  } catch (err) {
    if (err instanceof SourceError) throw err;
    if (err instanceof CsvError) {
      const where = (err as CsvError & { lines?: number }).lines ?? parser.info.lines;
      const message = err.code === 'CSV_MAX_RECORD_SIZE' ? `record exceeds ${MAX_FIELD_LENGTH * 4} characters` : `malformed CSV: ${err.message.replace(/^.*?:\s*/, '')}`;
      throw new SourceError(file.name, `line ${where}`, message);
    }
    throw new SourceError(file.name, `line ${parser.info.lines}`, err instanceof Error ? err.message : String(err));
  } finally {
    // Also reached when the consumer stops early: release the file.
    source.destroy();
    parser.destroy();
  }
  if (rows === 0 && !allowEmpty) throw new SourceError(file.name, undefined, counter.bytes === 0 ? 'file is empty' : 'file holds no CSV rows');
}

/**
 * Yields ent_num and name (columns 1 and 2) of every record, without full CSV parsing: a cheap first pass
 * for resolving names. Records whose first two fields do not have the plain `123,"NAME"` shape are skipped;
 * the full parse reports any real error.
 */
export async function* scanIdAndName(file: SourceFile): AsyncGenerator<[string, string]> {
  const head = /^(\d+),"((?:[^"]|"")*)",/;
  let rest = '';
  for await (const text of decodeWindows1252(await file.open(), file.name, { bytes: 0 })) {
    const lines = (rest + text).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const m = head.exec(line);
      if (m) yield [m[1] as string, (m[2] as string).replace(/""/g, '"')];
    }
  }
  const m = head.exec(rest);
  if (m) yield [m[1] as string, (m[2] as string).replace(/""/g, '"')];
}
