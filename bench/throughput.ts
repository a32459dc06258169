import { screenBatchLines } from '../src/service/batch.js';
import type { MatchIndex, ScreenQuery } from '../src/match/types.js';
import type { Store } from '../src/store/types.js';
import { median } from '../eval/metrics.js';

export interface Throughput {
  names: number;
  namesPerSecond: number;
  /** Every repetition's rate; the median is reported. */
  runs: number[];
  /** Time to the first output line (worker start-up and the first chunk), excluded from the rate. */
  startupSeconds?: number;
  /** Share of the lines, from the first, counted as warm-up and excluded from namesPerSecond. */
  warmupShare?: number;
  /** The rate from the first output line to the last, warm-up included (median of the runs). */
  wholeRunNamesPerSecond?: number;
  workers: number;
}

/**
 * Lines a worker pool screens before its rate settles: each worker compiles the matcher's hot paths
 * (JIT) and fills its per-word memos on its first couple of thousand names, at about half speed. A
 * nightly batch of millions of names runs at the settled rate; both figures are reported.
 */
const WARMUP_SHARE = 0.25;

export function mainThreadThroughput(index: MatchIndex, queries: readonly ScreenQuery[], threshold: number, repeats: number): Throughput {
  const runs: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    for (const q of queries) index.screen(q, { threshold });
    runs.push((queries.length / (performance.now() - t0)) * 1000);
  }
  return { names: queries.length, namesPerSecond: median(runs), runs, workers: 0 };
}

/**
 * One batch through the service's worker pool (the CLI's path: JSON lines written by the workers, in
 * input order). The rate is steady-state screening, from the first output line to the last: worker
 * start-up (each worker loads the lists and builds its own index) is reported apart, as it is paid
 * once per file however long the file is.
 */
async function timeBatch(queries: readonly ScreenQuery[], store: Store, dbPath: string, workers: number, threshold: number): Promise<{ rate: number; wholeRun: number; startup: number }> {
  async function* source() {
    yield* queries;
  }
  const settledAt = Math.floor(queries.length * WARMUP_SHARE);
  const t0 = performance.now();
  let first = 0;
  let settled = 0;
  let n = 0;
  for await (const _line of screenBatchLines(source(), { dbPath, store, screen: { threshold }, workers, chunkSize: 250 })) {
    if (n === 0) first = performance.now();
    if (n === settledAt) settled = performance.now();
    n++;
  }
  const last = performance.now();
  if (n !== queries.length) throw new Error(`batch returned ${n} records for ${queries.length} queries`);
  const rate = (lines: number, ms: number): number => (lines / Math.max(1e-3, ms)) * 1000;
  return { rate: rate(n - 1 - settledAt, last - settled), wholeRun: rate(n - 1, last - first), startup: (first - t0) / 1000 };
}

export async function workerThroughput(queries: readonly ScreenQuery[], store: Store, dbPath: string, workers: number, threshold: number, repeats: number): Promise<Throughput> {
  const runs: number[] = [];
  const wholeRuns: number[] = [];
  const startups: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const { rate, wholeRun, startup } = await timeBatch(queries, store, dbPath, workers, threshold);
    runs.push(rate);
    wholeRuns.push(wholeRun);
    startups.push(startup);
  }
  return {
    names: queries.length,
    namesPerSecond: median(runs),
    runs,
    startupSeconds: median(startups),
    warmupShare: WARMUP_SHARE,
    wholeRunNamesPerSecond: median(wholeRuns),
    workers,
  };
}
