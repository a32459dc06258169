import type { ScreenOptions, ScreenQuery } from '../match/types.js';
import { tuneGarbageCollector } from './runtime-flags.js';
import { openStore } from '../store/open.js';
import { toBatchLine } from './batch.js';
import { collectGarbage } from './heap.js';
import { ScreeningService } from './screening.js';

/**
 * A screening worker process: loads its own screening service from the store (an index holds Maps
 * and cannot be shared), so a batch answers exactly as a single screen does, cross-list groups
 * folded into one hit with `alsoListedBy`. Started by screenBatchLines with BATCH_WORKER_EXEC_ARGV.
 */
interface WorkerInit {
  dbPath: string;
  databaseUrl: string | undefined;
}

const send = process.send?.bind(process);
if (!send) throw new Error('batch-worker must run as a child process of screenBatchLines');
const init = JSON.parse(process.argv[2] ?? '{}') as WorkerInit;
tuneGarbageCollector();
const store = openStore(init);
const service = new ScreeningService(store);
await service.reload();
await store.close();
collectGarbage();
send({ type: 'ready' });
process.on('message', (msg: { seq: number; queries: ScreenQuery[]; options: ScreenOptions }) => {
  const results = service.screenMany(msg.queries, msg.options);
  send({ type: 'results', seq: msg.seq, lines: results.map((r, i) => toBatchLine(msg.queries[i]!, r)) });
});
// The parent gone, so is the batch.
process.on('disconnect', () => process.exit(0));
