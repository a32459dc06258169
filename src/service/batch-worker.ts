import { parentPort, workerData } from 'node:worker_threads';
import { buildIndex } from '../match/index.js';
import type { ScreenOptions, ScreenQuery } from '../match/types.js';
import { openStore } from '../store/open.js';
import { loadEntities } from './screening.js';

/** A screening worker: builds its own index from the store (indexes hold Maps and cannot cross threads). */
interface WorkerInit {
  dbPath: string;
  databaseUrl: string | undefined;
  datasets: string[];
}

const port = parentPort;
if (!port) throw new Error('batch-worker must run as a worker thread');
const init = workerData as WorkerInit;
const store = openStore(init);
const index = buildIndex(await loadEntities(store, init.datasets));
await store.close();
port.postMessage({ type: 'ready' });
port.on('message', (msg: { seq: number; queries: ScreenQuery[]; options: ScreenOptions }) => {
  const results = msg.queries.map((q) => index.screen(q, msg.options));
  port.postMessage({ type: 'results', seq: msg.seq, results });
});
