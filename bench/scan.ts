import { loadLists } from '../eval/lists.js';
import { benchScan } from './scan-throughput.js';

/**
 * `npm run bench:scan`: only the free-text scan section of `npm run bench`.
 * Options: --mb N (default 2), --seed N.
 */
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const log = (line = ''): void => console.log(line);
log('Loading lists…');
const { entities } = await loadLists(log);
benchScan(entities, Number(arg('--mb') ?? 2) || 2, Number(arg('--seed') ?? 7) || 7, log);
