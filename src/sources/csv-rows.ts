import { parse } from 'csv-parse';
import { Readable, pipeline } from 'node:stream';
import { SourceError, MAX_FIELD_LENGTH } from './errors.js';
import type { SourceFile } from './types.js';

export interface CsvRow {
  /** 1-based record number (a quoted field may span lines, so this is not always the line). */
  rowNumber: number;
  /** Line on which the record ends, for error messages. */
  line: number;
  cells: string[];
}

/** Offset of the first byte a strict decoder rejects (error path only, so a binary search is cheap enough). */
function firstInvalidOffset(buf: Buffer): number {
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function newlinesBefore(buf: Buffer, end: number): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1 && i < end; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * Streams the records of a UTF-8 CSV file. Invalid UTF-8 is an error naming the line rather than a
 * silent U+FFFD inside a name; a leading BOM is dropped; fields past MAX_FIELD_LENGTH are refused.
 */
export async function* readCsvRows(file: SourceFile): AsyncGenerator<CsvRow> {
  const input = await file.open();
  let bytes = 0;
  let lines = 1;
  async function* decode(): AsyncGenerator<string> {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for await (const chunk of input) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      bytes += buf.length;
      let text: string;
      try {
        text = decoder.decode(buf, { stream: true });
      } catch {
        throw new SourceError(file.name, `line ${lines + newlinesBefore(buf, firstInvalidOffset(buf))}`, 'invalid UTF-8 byte sequence');
      }
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
      yield text;
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  }
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: MAX_FIELD_LENGTH + 1,
  });
  pipeline(Readable.from(decode()), parser, () => undefined);
  let rowNumber = 0;
  let lastLine = 1;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      rowNumber++;
      lastLine = item.info.lines;
      for (const cell of item.record) {
        if (cell.length > MAX_FIELD_LENGTH) throw new SourceError(file.name, `line ${lastLine}`, `field exceeds ${MAX_FIELD_LENGTH} characters`);
      }
      yield { rowNumber, line: lastLine, cells: item.record };
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    const e = err as Error & { code?: string; lines?: number };
    const line = e.lines ?? lastLine;
    if (e.code === 'CSV_MAX_RECORD_SIZE') throw new SourceError(file.name, `line ${line}`, `field exceeds ${MAX_FIELD_LENGTH} characters`);
    throw new SourceError(file.name, `line ${line}`, `malformed CSV: ${e.message.replace(/^Invalid \w+:\s*/i, '')}`);
  } finally {
    input.destroy();
  }
  if (bytes === 0) throw new SourceError(file.name, undefined, 'file is empty');
}
