import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ScreenOptions, ScreenQuery, ScreenResult } from '../match/types.js';
import type { Store } from '../store/types.js';
import { ScreeningService } from './screening.js';

export interface BatchOptions {
  dbPath: string;
  /** Set when the store is Postgres: worker threads open their own connection to it. */
  databaseUrl?: string | undefined;
  store: Store;
  screen: ScreenOptions;
  /** Worker threads; 0 screens on the calling thread. Defaults to one per core. */
  workers?: number;
  chunkSize?: number;
  onProgress?: (done: number) => void;
}

/** The output record of one screened query, in the CLI/API batch shape. */
export interface BatchRecord {
  id: string | null;
  decision: ScreenResult['decision'];
  matches: ScreenResult['matches'];
}

/** One output line: the record as JSON, and its decision (for tallies without parsing the line back). */
export interface BatchLine {
  decision: ScreenResult['decision'];
  json: string;
}

export function toBatchLine(q: ScreenQuery, r: ScreenResult): BatchLine {
  const record: BatchRecord = { id: q.id ?? null, decision: r.decision, matches: r.matches };
  return { decision: r.decision, json: JSON.stringify(record) };
}

class WorkerPool {
  private readonly workers: { worker: Worker; inFlight: number }[] = [];
  private readonly pending = new Map<number, { resolve: (r: BatchLine[]) => void; reject: (e: Error) => void; slot: number }>();

  private constructor() {}

  static async start(size: number, dbPath: string, databaseUrl: string | undefined): Promise<WorkerPool> {
    const pool = new WorkerPool();
    const url = new URL('./batch-worker.js', import.meta.url);
    await Promise.all(
      Array.from({ length: size }, () => {
        const worker = new Worker(url, { workerData: { dbPath, databaseUrl } });
        pool.workers.push({ worker, inFlight: 0 });
        return new Promise<void>((resolve, reject) => {
          worker.on('message', (msg: { type: string; seq?: number; lines?: BatchLine[] }) => {
            if (msg.type === 'ready') return resolve();
            const job = pool.pending.get(msg.seq as number);
            if (!job) return;
            pool.pending.delete(msg.seq as number);
            (pool.workers[job.slot] as { inFlight: number }).inFlight--;
            job.resolve(msg.lines as BatchLine[]);
          });
          worker.on('error', (err) => {
            reject(err);
            for (const job of pool.pending.values()) job.reject(err);
          });
        });
      }),
    );
    return pool;
  }

  run(seq: number, queries: ScreenQuery[], options: ScreenOptions): Promise<BatchLine[]> {
    let slot = 0;
    this.workers.forEach((w, i) => {
      if (w.inFlight < (this.workers[slot] as { inFlight: number }).inFlight) slot = i;
    });
    const w = this.workers[slot] as { worker: Worker; inFlight: number };
    w.inFlight++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, slot });
      w.worker.postMessage({ seq, queries, options });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/**
 * Screens a stream of queries and yields output lines in input order. Chunks go to worker threads
 * (one index per worker); at most two chunks per worker are in flight, so memory stays bounded
 * however long the input is. Workers write the JSON themselves: a chunk of strings crosses threads
 * for the cost of a copy, where result objects would be serialised, copied and rebuilt.
 */
export async function* screenBatchLines(queries: AsyncIterable<ScreenQuery>, options: BatchOptions): AsyncGenerator<BatchLine> {
  const workers = options.workers ?? availableParallelism();
  const chunkSize = options.chunkSize ?? 250;
  let done = 0;
  if (workers <= 0) {
    const service = new ScreeningService(options.store);
    await service.reload();
    for await (const q of queries) {
      yield toBatchLine(q, service.screen(q, options.screen));
      options.onProgress?.(++done);
    }
    return;
  }
  const pool = await WorkerPool.start(workers, options.dbPath, options.databaseUrl);
  try {
    const inFlight: Promise<BatchLine[]>[] = [];
    let seq = 0;
    let chunk: ScreenQuery[] = [];
    const flushOldest = async function* () {
      const head = inFlight.shift();
      if (!head) return;
      const lines = await head;
      yield* lines;
      done += lines.length;
      options.onProgress?.(done);
    };
    for await (const q of queries) {
      chunk.push(q);
      if (chunk.length < chunkSize) continue;
      inFlight.push(pool.run(seq++, chunk, options.screen));
      chunk = [];
      if (inFlight.length >= workers * 2) yield* flushOldest();
    }
    if (chunk.length > 0) inFlight.push(pool.run(seq++, chunk, options.screen));
    while (inFlight.length > 0) yield* flushOldest();
  } finally {
    await pool.close();
  }
}

/** screenBatchLines, as records. */
export async function* screenBatch(queries: AsyncIterable<ScreenQuery>, options: BatchOptions): AsyncGenerator<BatchRecord> {
  for await (const line of screenBatchLines(queries, options)) yield JSON.parse(line.json) as BatchRecord;
}
