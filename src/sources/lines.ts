/**
 * Strict UTF-8 text from a byte stream, as chunks or as numbered lines. An invalid byte sequence is an
 * error naming the line, never a silent U+FFFD inside a name.
 */
import type { Readable } from 'node:stream';
import { MAX_FIELD_LENGTH, SourceError } from './errors.js';

/** JSON lines hold a whole record per line: allow a record many fields long, but not an unbounded one. */
export const MAX_LINE_LENGTH = 16 * MAX_FIELD_LENGTH;

const countNewlines = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Offset of the first byte that cannot start or continue a valid UTF-8 sequence, so an error can name its
 * line. Leading continuation bytes are skipped: they finish a character begun in the previous chunk.
 */
function firstInvalid(buf: Buffer): number {
  let i = 0;
  while (i < 3 && i < buf.length && ((buf[i] as number) & 0xc0) === 0x80) i++;
  while (i < buf.length) {
    const b = buf[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= buf.length) return buf.length;
      if (((buf[i + k] as number) & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return buf.length;
}

/** Decoded text chunks; the leading byte-order mark is dropped. Throws on empty input and invalid UTF-8. */
export async function* utf8Chunks(stream: Readable, fileName: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let line = 1;
  let bytes = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    bytes += buf.length;
    let text: string;
    try {
      text = decoder.decode(buf, { stream: true });
    } catch {
      const at = firstInvalid(buf);
      let nl = 0;
      for (let i = 0; i < at; i++) if (buf[i] === 10) nl++;
      throw new SourceError(fileName, `line ${line + nl}`, 'invalid UTF-8 byte sequence');
    }
    line += countNewlines(text);
    if (text) yield text;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new SourceError(fileName, `line ${line}`, 'invalid UTF-8 byte sequence (truncated character at end of file)');
  }
  if (tail) yield tail;
  if (bytes === 0) throw new SourceError(fileName, undefined, 'file is empty');
}

export interface TextLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

/** Numbered lines without their terminators (LF or CRLF). Lines longer than `maxLength` are an error. */
export async function* readLines(stream: Readable, fileName: string, maxLength = MAX_LINE_LENGTH): AsyncGenerator<TextLine> {
  let pending = '';
  let line = 1;
  for await (const text of utf8Chunks(stream, fileName)) {
    pending += text;
    let start = 0;
    for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n', start)) {
      const end = nl > start && pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (end - start > maxLength) throw new SourceError(fileName, `line ${line}`, `line exceeds ${maxLength} characters`);
      yield { text: pending.slice(start, end), line };
      line++;
      start = nl + 1;
    }
    pending = pending.slice(start);
    if (pending.length > maxLength) throw new SourceError(fileName, `line ${line}`, `line exceeds ${maxLength} characters`);
  }
  if (pending !== '') yield { text: pending.endsWith('\r') ? pending.slice(0, -1) : pending, line };
}
