import cluster, { type Worker } from 'node:cluster';
import { ensureLists } from '../service/bootstrap.js';
import { openStore } from '../store/open.js';
import { startServer, type StartOptions } from './server.js';

/**
 * `VIGIL_WORKERS=N`: N server processes share the port (the cluster primary hands out connections),
 * each with its own index, so screening uses N cores. Memory grows by one index per worker.
 *
 * Roles: the primary loads lists on an empty store before forking (workers never race to import);
 * worker 0 runs scheduled refreshes and batch jobs; after worker 0 swaps in new lists, the primary
 * tells the other workers to reload, one after the other, so some worker is always serving.
 */
type Message = { type: 'lists-changed' } | { type: 'reload' } | { type: 'reloaded' } | { type: 'refresh'; datasets?: string[]; force?: boolean };

const send = (worker: Worker | undefined, message: Message) => worker?.send(message);

/**
 * V8 flags for the worker processes. A screen allocates ~130 KB of short-lived objects (mostly in the
 * matcher), so with V8's default 16 MB semi-space a worker at 1,500 screens/s scavenges about 12
 * times a second, ~2.4 ms each, and every request in flight waits. At 64 MB it scavenges about 4 times
 * less often and spends half the time in it (measured: 0.85 → 0.42 s of scavenges per worker in
 * 30 s), for ~100 MB more memory per worker. (Pretenuring is turned off by every process itself:
 * see src/service/runtime-flags.ts.) A flag already given (command line or NODE_OPTIONS) wins.
 */
const WORKER_V8_FLAGS = ['--max-semi-space-size=64'];

export function workerExecArgv(execArgv: readonly string[], nodeOptions = ''): string[] {
  const name = (flag: string) => flag.split('=')[0]!.replace(/_/g, '-');
  const given = new Set([...execArgv, ...nodeOptions.split(/\s+/)].filter(Boolean).map(name));
  return [...execArgv, ...WORKER_V8_FLAGS.filter((f) => !given.has(name(f)))];
}

export async function runCluster(options: StartOptions, workers: number): Promise<void> {
  if (cluster.isPrimary) return primary(options, workers);
  return worker(options, Number(process.env.VIGIL_WORKER_INDEX ?? '0'));
}

function log(message: string, data: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), pid: process.pid, role: 'primary', ...data, msg: message })}\n`);
}

async function primary(options: StartOptions, count: number): Promise<void> {
  const store = openStore(options.config);
  try {
    await ensureLists(store, options.config, (message, data) => log(message, data));
  } finally {
    await store.close();
  }
  cluster.setupPrimary({ execArgv: workerExecArgv(process.execArgv, process.env.NODE_OPTIONS) });
  const byIndex = new Map<number, Worker>();
  let stopping = false;
  const fork = (index: number) => {
    const w = cluster.fork({ VIGIL_WORKER_INDEX: String(index) });
    byIndex.set(index, w);
    w.on('message', (m: Message) => void onMessage(index, m));
    w.on('exit', (code) => {
      if (stopping) return;
      log('worker exited; starting a new one', { worker: index, code });
      fork(index);
    });
  };

  let reloading = Promise.resolve();
  const onMessage = async (from: number, m: Message) => {
    if (m.type === 'refresh') send(byIndex.get(0), m);
    if (m.type === 'lists-changed' && from === 0) {
      reloading = reloading.then(async () => {
        for (const [index, w] of byIndex) {
          if (index === 0) continue;
          await new Promise<void>((resolve) => {
            const done = (r: Message) => {
              if (r.type !== 'reloaded') return;
              w.off('message', done);
              resolve();
            };
            w.on('message', done);
            send(w, { type: 'reload' });
          });
        }
      });
    }
  };
  for (let i = 0; i < count; i++) fork(i);
  log('cluster started', { workers: count });

  const shutdown = (signal: NodeJS.Signals) => {
    stopping = true;
    log('stopping workers', { signal });
    for (const w of byIndex.values()) w.process.kill(signal);
    let alive = byIndex.size;
    for (const w of byIndex.values()) w.on('exit', () => --alive === 0 && process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

async function worker(options: StartOptions, index: number): Promise<void> {
  const server = await startServer({ ...options, background: index === 0, workerIndex: index });
  const { ctx } = server;
  if (index === 0) {
    ctx.refresher.onSwapped = () => process.send?.({ type: 'lists-changed' } satisfies Message);
  } else {
    ctx.refresher.forward = (o) => process.send?.({ type: 'refresh', ...o } satisfies Message);
  }
  process.on('message', (m: Message) => {
    if (m.type === 'refresh') ctx.refresher.run({ datasets: m.datasets, force: m.force });
    if (m.type === 'reload') {
      void ctx.service
        .reload()
        .then(() => ctx.search.rebuild())
        .then(
          () => process.send?.({ type: 'reloaded' } satisfies Message),
          (err: unknown) => {
            server.app.log.error({ err }, 'reload after a refresh failed; still serving the previous lists');
            process.send?.({ type: 'reloaded' } satisfies Message);
          },
        );
    }
  });
}
