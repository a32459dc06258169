import { availableParallelism } from 'node:os';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ScreenOptions, ScreenQuery, ScreenResult } from '../match/types.js';
import type { Store } from '../store/types.js';
import { ScreeningService } from './screening.js';

export interface BatchOptions {
  dbPath: string;
  /** Set when the store is Postgres: worker processes open their own connection to it. */
  databaseUrl?: string | undefined;
  store: Store;
  screen: ScreenOptions;
  /** Worker processes; 0 screens on the calling thread. Defaults to one per core. */
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

/**
 * V8 flags of the batch worker processes. Alone on their core, a screening loop's process does better
 * without V8's helper threads: on two cores, the helpers of two busy workers (parallel scavenges,
 * concurrent compilation and sweeping) took a quarter of a core, and a 20,000-name batch settled 3-13%
 * faster (five alternating pairs) and started 2-4 s sooner with `--single-threaded`. V8 flags are per
 * process, hence processes rather than worker threads. NODE_OPTIONS reaches the workers as usual.
 */
export const BATCH_WORKER_EXEC_ARGV: readonly string[] = ['--single-threaded'];

type WorkerMessage = { type: 'ready' } | { type: 'results'; seq: number; lines: BatchLine[] };

class WorkerPool {
  private readonly workers: { child: ChildProcess; inFlight: number }[] = [];
  private readonly pending = new Map<number, { resolve: (r: BatchLine[]) => void; reject: (e: Error) => void; slot: number }>();
  private closing = false;

  private constructor() {}

  static async start(size: number, dbPath: string, databaseUrl: string | undefined): Promise<WorkerPool> {
    const pool = new WorkerPool();
    const script = fileURLToPath(new URL('./batch-worker.js', import.meta.url));
    try {
      await Promise.all(
        Array.from({ length: size }, () => {
          const child = fork(script, [JSON.stringify({ dbPath, databaseUrl })], { execArgv: [...BATCH_WORKER_EXEC_ARGV], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
          const slot = pool.workers.push({ child, inFlight: 0 }) - 1;
          return new Promise<void>((resolve, reject) => {
            child.on('message', (msg: WorkerMessage) => {
              if (msg.type === 'ready') return resolve();
              const job = pool.pending.get(msg.seq);
              if (!job) return;
              pool.pending.delete(msg.seq);
              pool.workers[job.slot]!.inFlight--;
              job.resolve(msg.lines);
            });
            const fail = (err: Error) => {
              reject(err);
              for (const [seq, job] of pool.pending) {
                if (job.slot !== slot) continue;
                pool.pending.delete(seq);
                job.reject(err);
              }
            };
            child.on('error', fail);
            child.on('exit', (code, signal) => {
              if (!pool.closing) fail(new Error(`batch worker ${slot} exited (${signal ?? `code ${code}`}) before the batch was done`));
            });
          });
        }),
      );
    } catch (err) {
      await pool.close();
      throw err;
    }
    return pool;
  }

  run(seq: number, queries: ScreenQuery[], options: ScreenOptions): Promise<BatchLine[]> {
    let slot = 0;
    this.workers.forEach((w, i) => {
      if (w.inFlight < this.workers[slot]!.inFlight) slot = i;
    });
    const w = this.workers[slot]!;
    w.inFlight++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, slot });
      w.child.send({ seq, queries, options });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.workers.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill();
          }),
      ),
    );
  }
}

/**
 * Screens a stream of queries and yields output lines in input order. Chunks go to worker processes
 * (one index per worker); at most two chunks per worker are in flight, so memory stays bounded
 * however long the input is. Workers write the JSON themselves: a chunk of strings crosses to the
 * parent for the cost of a copy, where result objects would be serialised, copied and rebuilt.
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
