import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import type { BatchItem } from '../../store/jobs.js';

/** One row per match (or one row for a query without matches), the shape reviewers filter in a spreadsheet. */
const COLUMNS = [
  'row',
  'id',
  'name',
  'schema',
  'birth_date',
  'countries',
  'decision',
  'match_score',
  'match_entity_id',
  'match_caption',
  'match_dataset',
  'match_schema',
  'matched_name',
  'identifier_match',
  'explanation',
] as const;

function* rowsOf(item: BatchItem): Generator<(string | number | boolean)[]> {
  const q = item.query;
  const base = [item.index + 1, q.id ?? '', q.name, q.schema ?? '', q.birthDate ?? '', (q.countries ?? []).join(';'), item.result?.decision ?? 'pending'];
  const matches = item.result?.matches ?? [];
  if (matches.length === 0) {
    yield [...base, '', '', '', '', '', '', '', '', ''];
    return;
  }
  for (const m of matches) {
    yield [...base, m.score, m.entityId, m.caption, m.dataset, m.schema, m.matchedName, m.identifierMatch, m.explanation.summary];
  }
}

/** Cells starting with = + - @ are formulas to a spreadsheet: prefixing a quote keeps list text inert. */
function safeCell(v: string | number | boolean): string {
  const s = String(v);
  const inert = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

export function csvExport(items: Iterable<BatchItem>): Readable {
  return Readable.from(
    (function* () {
      yield `\uFEFF${COLUMNS.join(',')}\r\n`;
      for (const item of items) for (const row of rowsOf(item)) yield `${row.map(safeCell).join(',')}\r\n`;
    })(),
  );
}

export function jsonExport(items: Iterable<BatchItem>): Readable {
  return Readable.from(
    (function* () {
      yield '[';
      let first = true;
      for (const item of items) {
        yield `${first ? '' : ','}\n${JSON.stringify({ row: item.index + 1, query: item.query, result: item.result })}`;
        first = false;
      }
      yield '\n]\n';
    })(),
  );
}

export function xlsxExport(items: Iterable<BatchItem>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('results');
  sheet.addRow([...COLUMNS]).commit();
  void (async () => {
    try {
      let n = 0;
      for (const item of items) {
        for (const row of rowsOf(item)) sheet.addRow(row.map((v) => (typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v))).commit();
        // Yield now and then so a large export does not hold the event loop.
        if (++n % 500 === 0) await new Promise((r) => setImmediate(r));
      }
      sheet.commit();
      await workbook.commit();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return out;
}
