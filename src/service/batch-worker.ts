import { parentPort, workerData } from 'node:worker_threads';
import type { ScreenOptions, ScreenQuery } from '../match/types.js';
import { openStore } from '../store/open.js';
import { toBatchLine } from './batch.js';
import { collectGarbage } from './heap.js';
import { ScreeningService } from './screening.js';

/**
 * A screening worker: loads its own screening service from the store (indexes hold Maps and
 * cannot cross threads), so a batch answers exactly as a single screen does, cross-list groups
 * folded into one hit with `alsoListedBy`.
 */
interface WorkerInit {
  dbPath: string;
  databaseUrl: string | undefined;
}

const port = parentPort;
if (!port) throw new Error('batch-worker must run as a worker thread');
const init = workerData as WorkerInit;
const store = openStore(init);
const service = new ScreeningService(store);
await service.reload();
await store.close();
collectGarbage();
port.postMessage({ type: 'ready' });
port.on('message', (msg: { seq: number; queries: ScreenQuery[]; options: ScreenOptions }) => {
  const results = service.screenMany(msg.queries, msg.options);
  port.postMessage({ type: 'results', seq: msg.seq, lines: results.map((r, i) => toBatchLine(msg.queries[i]!, r)) });
});
