import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, formatOf, readDocument, UnsupportedFormatError } from '../../../src/scan/extract.js';
import { decodeEntities, htmlToText } from '../../../src/scan/html.js';
import { minimalDocx, minimalPdf } from './fixtures.js';

describe('HTML to text', () => {
  it('drops tags, scripts and styles, decodes entities and breaks at blocks', () => {
    const html =
      '<html><head><title>x</title><style>p{color:red}</style></head><body><script>var a = "Kim Sang Man";</script><p>Die Firma <b>Chinyong</b> &amp; Partner &#8211; &#x41;&quot;</p><div>Kim&nbsp;Sang Man</div><!-- Lazarus --></body></html>';
    expect(htmlToText(html)).toBe('Die Firma Chinyong & Partner – A"\nKim\u00a0Sang Man'.replace('\u00a0', ' '));
  });

  it('keeps a lone "<" as text and leaves unknown entities alone', () => {
    expect(htmlToText('a < b and c <= d')).toBe('a < b and c <= d');
    expect(decodeEntities('&bogus; &#0; &#xD800;')).toBe('&bogus; \ufffd \ufffd');
  });
});

describe('document formats', () => {
  it('picks the format from the extension, else the content type, and rejects others', () => {
    expect(formatOf('a.TXT')).toBe('text');
    expect(formatOf('a.md')).toBe('text');
    expect(formatOf('page.htm')).toBe('html');
    expect(formatOf('x.pdf')).toBe('pdf');
    expect(formatOf('x.docx')).toBe('docx');
    expect(formatOf('upload', 'application/pdf')).toBe('pdf');
    expect(formatOf('upload', 'text/html; charset=utf-8')).toBe('html');
    expect(() => formatOf('sheet.xlsx')).toThrow(UnsupportedFormatError);
    expect(() => formatOf('sheet.xlsx')).toThrow(/unsupported format: ".xlsx" files/);
    expect(() => formatOf('blob', 'image/png')).toThrow(/unsupported format/);
  });

  it('extracts the text of a PDF', async () => {
    const text = await extractText(minimalPdf(['Payment to Chinyong Information Technology Cooperation Company', 'Beneficiary: Kim Sang Man']), 'pdf');
    expect(text).toContain('Chinyong Information Technology Cooperation Company');
    expect(text).toContain('Kim Sang Man');
  });

  it('extracts the text of a DOCX', async () => {
    const text = await extractText(minimalDocx(['Vertrag mit der Lazarus Group', 'Kim Sang Man']), 'docx');
    expect(text).toContain('Vertrag mit der Lazarus Group');
    expect(text).toContain('Kim Sang Man');
  });

  it('refuses bytes that are not what the extension claims', async () => {
    await expect(extractText(Buffer.from('hello'), 'pdf')).rejects.toThrow(UnsupportedFormatError);
    await expect(extractText(Buffer.from('hello'), 'docx')).rejects.toThrow(UnsupportedFormatError);
  });

  it('reads files, strips a BOM and enforces the size limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vigil-scan-'));
    const file = join(dir, 'note.txt');
    await writeFile(file, '\ufeffKim Sang Man');
    expect(await readDocument(file, 1000)).toEqual({ text: 'Kim Sang Man', format: 'text' });
    await expect(readDocument(file, 5)).rejects.toThrow(/over the 5-byte limit/);
    await expect(readDocument(join(dir, 'a.exe'), 1000)).rejects.toThrow(/unsupported format/);
  });
});
