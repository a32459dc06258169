/**
 * Every query's outcome is kept as a score, not a yes/no, so one run gives recall and false-alert
 * rate at any threshold: the default's figures and the calibration sweep come from the same data.
 */
export interface Outcome {
  /** The score the right answer got (positives) or the best score of anything (negatives); 0 when absent. */
  score: number;
  /** Sub-slice for per-kind tables (perturbation, locale, ...). */
  group: string;
}

export const SWEEP_THRESHOLDS = [0.7, 0.725, 0.75, 0.775, 0.8, 0.825, 0.85, 0.875, 0.9, 0.925, 0.95] as const;

export function rateAt(outcomes: readonly Outcome[], threshold: number): number {
  if (outcomes.length === 0) return Number.NaN;
  let hits = 0;
  for (const o of outcomes) if (o.score >= threshold) hits++;
  return hits / outcomes.length;
}

export function byGroup(outcomes: readonly Outcome[]): Map<string, Outcome[]> {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    const list = groups.get(o.group) ?? [];
    list.push(o);
    groups.set(o.group, list);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export interface SweepRow {
  threshold: number;
  recall: number;
  falseAlertRate: number;
}

export function sweep(positives: readonly Outcome[], negatives: readonly Outcome[], thresholds: readonly number[] = SWEEP_THRESHOLDS): SweepRow[] {
  return thresholds.map((threshold) => ({ threshold, recall: rateAt(positives, threshold), falseAlertRate: rateAt(negatives, threshold) }));
}

/**
 * The threshold the data supports: the highest recall whose false-alert rate stays within budget;
 * among equal recalls, the one with fewer false alerts (a higher threshold).
 */
export function bestThreshold(rows: readonly SweepRow[], maxFalseAlertRate: number): SweepRow | undefined {
  const ok = rows.filter((r) => r.falseAlertRate <= maxFalseAlertRate);
  return ok.sort((a, b) => b.recall - a.recall || a.falseAlertRate - b.falseAlertRate || b.threshold - a.threshold)[0];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}
