import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { sourceFileFromBuffer } from '../../../src/ingest/files.js';
import { MAX_FIELD_LENGTH } from '../../../src/sources/errors.js';
import { excelSerialToIso, readXlsxRows, type XlsxRow } from '../../../src/sources/xlsx.js';
import { makeXlsx } from '../../helpers/xlsx.js';

async function rows(data: Buffer, sheet?: string): Promise<XlsxRow[]> {
  const out: XlsxRow[] = [];
  for await (const r of readXlsxRows(sourceFileFromBuffer('book.xlsx', data), sheet === undefined ? {} : { sheet })) out.push(r);
  return out;
}

describe('readXlsxRows', () => {
  it('turns strings, numbers, dates, rich text and booleans into plain strings', async () => {
    const rich: ExcelJS.CellRichTextValue = { richText: [{ text: 'KIM ', font: { bold: true } }, { text: 'Sang Man' }] };
    const data = await makeXlsx({
      Data: [
        ['Reference', 'Name', 'DOB', 'Count', 'Flag'],
        [2, rich, new Date(Date.UTC(1965, 3, 25)), 1.25, true],
        ['2a', '김상만', '25/04/1965', null, false],
      ],
    });
    const got = await rows(data);
    expect(got.map((r) => r.rowNumber)).toEqual([1, 2, 3]);
    expect(got[1]?.cells).toEqual(['2', 'KIM Sang Man', '1965-04-25', '1.25', 'TRUE']);
    expect(got[2]?.cells).toEqual(['2a', '김상만', '25/04/1965', '', 'FALSE']);
  });

  it('reads a named sheet and names the sheets when the one asked for is missing', async () => {
    const data = await makeXlsx({ First: [['a']], Second: [['b']] });
    expect((await rows(data, 'Second'))[0]?.cells).toEqual(['b']);
    expect((await rows(data))[0]?.cells).toEqual(['a']);
    await expect(rows(data, 'Data')).rejects.toThrow(/book\.xlsx: sheet "Data" not found in the workbook \(sheets: "First", "Second"\)/);
  });

  it('keeps empty cells in the middle of a row as empty strings', async () => {
    const data = await makeXlsx({ S: [['x', null, null, 'y']] });
    expect((await rows(data))[0]?.cells).toEqual(['x', '', '', 'y']);
  });

  it('refuses a file that is not a zip, an empty file, and a truncated archive, naming the file', async () => {
    await expect(rows(Buffer.from('Last Updated,10/04/2025\nName 6,Name 1\n'))).rejects.toThrow(/^book\.xlsx: not an XLSX workbook: the file is not a zip archive$/);
    await expect(rows(Buffer.alloc(0))).rejects.toThrow(/^book\.xlsx: file is empty$/);
    const whole = await makeXlsx({ S: [['x']] });
    await expect(rows(whole.subarray(0, Math.floor(whole.length / 2)))).rejects.toThrow(/^book\.xlsx: not a readable zip archive/);
  });

  it('refuses an over-long cell, naming the sheet, row and cell', async () => {
    const data = await makeXlsx({ Data: [['ok'], ['fine', 'x'.repeat(MAX_FIELD_LENGTH + 1)]] });
    await expect(rows(data)).rejects.toThrow(/book\.xlsx:sheet "Data" row 2: cell B2 exceeds 65536 characters/);
  });

  it('converts Excel serial dates, including the 1900 leap-year quirk', () => {
    expect(excelSerialToIso(23857)).toBe('1965-04-25');
    expect(excelSerialToIso(45757)).toBe('2025-04-10');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45757.5)).toBe('2025-04-10T12:00:00');
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
  });
});
