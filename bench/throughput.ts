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
  workers: number;
}

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
async function timeBatch(queries: readonly ScreenQuery[], store: Store, dbPath: string, workers: number, threshold: number): Promise<{ rate: number; startup: number }> {
  async function* source() {
    yield* queries;
  }
  const t0 = performance.now();
  let first = 0;
  let n = 0;
  for await (const _line of screenBatchLines(source(), { dbPath, store, screen: { threshold }, workers, chunkSize: 250 })) {
    if (n++ === 0) first = performance.now();
  }
  const last = performance.now();
  if (n !== queries.length) throw new Error(`batch returned ${n} records for ${queries.length} queries`);
  return { rate: ((n - 1) / Math.max(1e-3, last - first)) * 1000, startup: (first - t0) / 1000 };
}

export async function workerThroughput(queries: readonly ScreenQuery[], store: Store, dbPath: string, workers: number, threshold: number, repeats: number): Promise<Throughput> {
  const runs: number[] = [];
  const startups: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const { rate, startup } = await timeBatch(queries, store, dbPath, workers, threshold);
    runs.push(rate);
    startups.push(startup);
  }
  return { names: queries.length, namesPerSecond: median(runs), runs, startupSeconds: median(startups), workers };
}
