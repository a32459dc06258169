import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planImports, runImport } from '../src/ingest/import.js';
import { SqliteStore } from '../src/store/sqlite.js';

/**
 * Imports one list file into a fresh store and prints one JSON line. Run as its own process so that
 * the peak RSS it reports is the import's, not the bench's (which holds indexes and baselines).
 */
const path = process.argv[2];
if (!path) {
  console.error('usage: node dist/bench/import-child.js FILE');
  process.exit(2);
}
const dir = await mkdtemp(join(tmpdir(), 'vigil-bench-import-'));
const store = new SqliteStore(join(dir, 'bench.db'));
try {
  const started = performance.now();
  let entities = 0;
  for (const plan of await planImports([path])) entities += (await runImport(store, plan)).version.entityCount;
  const seconds = (performance.now() - started) / 1000;
  // maxRSS is in kilobytes on Linux: the high-water mark of this process, sampled by the kernel.
  console.log(JSON.stringify({ file: path, entities, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
} finally {
  await store.close();
  await rm(dir, { recursive: true, force: true });
}
