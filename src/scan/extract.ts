import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { htmlToText } from './html.js';

/**
 * Reading documents into text for the scanner. The only module of src/scan that does I/O or
 * loads parsers; the scan itself stays pure.
 */

export class UnsupportedFormatError extends Error {
  constructor(what: string) {
    super(`unsupported format: ${what}; vigil scan reads plain text (.txt, .md), .html/.htm, .pdf and .docx`);
    this.name = 'UnsupportedFormatError';
  }
}

export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text', '.csv': 'text', '.log': 'text',
  '.html': 'html', '.htm': 'html', '.pdf': 'pdf', '.docx': 'docx',
};

/** Format by file extension, else by content type (uploads without a useful name); plain text when neither says. */
export function formatOf(filename: string, contentType?: string): DocumentFormat {
  const ext = extname(filename).toLowerCase();
  if (ext) {
    const f = BY_EXTENSION[ext];
    if (!f) throw new UnsupportedFormatError(`"${ext}" files`);
    return f;
  }
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!type || type === 'application/octet-stream' || type === 'text/plain' || type === 'text/markdown') return 'text';
  if (type === 'text/html') return 'html';
  if (type === 'application/pdf') return 'pdf';
  if (type.includes('wordprocessingml')) return 'docx';
  throw new UnsupportedFormatError(`content type ${type}`);
}

const PDF_MAGIC = '%PDF-';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== PDF_MAGIC) throw new UnsupportedFormatError('a .pdf file that is not a PDF');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let line = '';
      const lines: string[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        } else if (item.str.length > 0 && !line.endsWith(' ')) {
          line += ' ';
        }
      }
      if (line) lines.push(line);
      pages.push(lines.map((l) => l.replace(/ +/g, ' ').trim()).join('\n'));
      page.cleanup();
    }
    return pages.join('\n\n');
  } finally {
    await doc.destroy();
  }
}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new UnsupportedFormatError('a .docx file that is not a ZIP package');
  const mammoth = await import('mammoth');
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

/** Text of a document given as bytes, by format. */
export async function extractText(bytes: Uint8Array, format: DocumentFormat): Promise<string> {
  switch (format) {
    case 'text':
      return decodeUtf8(bytes);
    case 'html':
      return htmlToText(decodeUtf8(bytes));
    case 'pdf':
      return pdfToText(bytes);
    case 'docx':
      return docxToText(bytes);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads a file (or stdin for "-") and returns its text; throws UnsupportedFormatError for other formats. */
export async function readDocument(path: string, maxBytes: number): Promise<{ text: string; format: DocumentFormat }> {
  const format = path === '-' ? 'text' : formatOf(path);
  const bytes = path === '-' ? await readStdin() : await readFile(path);
  if (bytes.length > maxBytes) throw new Error(`${path === '-' ? 'stdin' : path} is ${bytes.length} bytes, over the ${maxBytes}-byte limit`);
  return { text: await extractText(bytes, format), format };
}
