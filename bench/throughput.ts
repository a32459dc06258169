import { screenBatchLines } from '../src/service/batch.js';
import type { MatchIndex, ScreenQuery } from '../src/match/types.js';
import type { Store } from '../src/store/types.js';
import { median } from '../eval/metrics.js';

export interface Throughput {
  names: number;
  namesPerSecond: number;
  /** Every repetition's rate; the median is reported. */
  runs: number[];
  /** Worker start-up (each worker loads the lists and builds its own index), excluded from the rate. */
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

async function timeBatch(queries: readonly ScreenQuery[], store: Store, dbPath: string, workers: number, threshold: number): Promise<number> {
  async function* source() {
    yield* queries;
  }
  const t0 = performance.now();
  let n = 0;
  // The CLI's path: JSON lines written by the workers, in input order.
  for await (const _line of screenBatchLines(source(), { dbPath, store, screen: { threshold }, workers, chunkSize: 250 })) n++;
  if (n !== queries.length) throw new Error(`batch returned ${n} records for ${queries.length} queries`);
  return (performance.now() - t0) / 1000;
}

/**
 * Batch screening through the service's worker pool. The pool's start-up is timed on a one-name
 * batch and subtracted, so the rate is steady-state screening, as on a long client file.
 */
export async function workerThroughput(queries: readonly ScreenQuery[], store: Store, dbPath: string, workers: number, threshold: number, repeats: number): Promise<Throughput> {
  const startup = await timeBatch(queries.slice(0, 1), store, dbPath, workers, threshold);
  const runs: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const total = await timeBatch(queries, store, dbPath, workers, threshold);
    runs.push(queries.length / Math.max(1e-3, total - startup));
  }
  return { names: queries.length, namesPerSecond: median(runs), runs, startupSeconds: startup, workers };
}
