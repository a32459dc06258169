import { byGroup, rateAt, type Outcome, type SweepRow } from './metrics.js';
import { markdownTable, pct } from './table.js';

export interface SliceSummary {
  slice: string;
  n: number;
  /** Share of positives found at the threshold (or ranked first, for ranking slices). */
  recall?: number;
  falseAlertRate?: number;
  target?: string;
  met?: boolean;
  note?: string;
}

export function summaryTable(rows: readonly SliceSummary[]): string {
  return markdownTable(
    ['slice', 'n', 'recall / top-1', 'false-alert rate', 'target', 'met', 'note'],
    rows.map((r) => [
      r.slice,
      r.n,
      r.recall === undefined ? '' : pct(r.recall),
      r.falseAlertRate === undefined ? '' : pct(r.falseAlertRate),
      r.target ?? '',
      r.met === undefined ? '' : r.met ? 'yes' : 'NO',
      r.note ?? '',
    ]),
  );
}

export function groupTable(title: string, outcomes: readonly Outcome[], threshold: number): string {
  const rows = [...byGroup(outcomes)].map(([group, list]) => [group, list.length, pct(rateAt(list, threshold))]);
  return markdownTable([title, 'n', `rate ≥ ${threshold}`], rows);
}

export function sweepTable(rows: readonly SweepRow[], extra: Record<string, readonly Outcome[]> = {}): string {
  const names = Object.keys(extra);
  return markdownTable(
    ['threshold', 'variant recall', 'non-listed false alerts', ...names],
    rows.map((r) => [r.threshold.toFixed(3), pct(r.recall), pct(r.falseAlertRate), ...names.map((n) => pct(rateAt(extra[n] ?? [], r.threshold)))]),
  );
}

export const clip = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
