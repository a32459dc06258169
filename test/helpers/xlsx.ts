import ExcelJS from 'exceljs';

/** Builds a small XLSX workbook in memory for reader and parser tests (the writer is exceljs's, not ours). */
export async function makeXlsx(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
