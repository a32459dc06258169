import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ALGORITHM, DEFAULT_THRESHOLD } from '../src/match/algorithm.js';
import { buildIndex, type VigilMatchIndex } from '../src/match/index.js';
import { openLists } from '../eval/lists.js';
import { median } from '../eval/metrics.js';
import { LISTS_DIR, REPO_ROOT } from '../eval/paths.js';
import { markdownTable, pct } from '../eval/table.js';
import { fuseBaseline } from './baselines/fuse.js';
import { jaroWinklerBaseline } from './baselines/jaro-winkler.js';
import { miniSearchBaseline } from './baselines/minisearch.js';
import type { Baseline } from './baselines/types.js';
import { benchImport } from './import.js';
import { gc, latency, runEngine, type EngineRun } from './measure.js';
import { benchQueries } from './queries.js';
import { mainThreadThroughput, workerThroughput } from './throughput.js';
import { vigilEngine } from './vigil-engine.js';
import { benchScan } from './scan-throughput.js';
import { tuneGarbageCollector } from '../src/service/runtime-flags.js';

/**
 * `npm run bench`: import speed, index build, single-query latency and batch throughput of Vigil on
 * the real lists, and the same queries through the baselines a developer would otherwise use.
 * Options: --quick (fewer queries and repetitions), --seed N, --runs N (repetitions of timed steps).
 */
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = args.includes('--quick');
const seed = Number(arg('--seed') ?? 1) || 1;
const runs = Number(arg('--runs') ?? (quick ? 1 : 3)) || 1;
const T = DEFAULT_THRESHOLD;
const log = (line = ''): void => console.log(line);
const mb = (bytes: number): number => bytes / 1024 / 1024;
const fmt = (x: number, digits = 2): string => x.toFixed(digits);

// The same V8 tuning as every vigil process (the CLI and the server set it at start-up).
const gcTuned = tuneGarbageCollector();
const results: Record<string, unknown> = {
  generatedAt: new Date().toISOString(),
  algorithm: { name: ALGORITHM.name, version: ALGORITHM.version },
  threshold: T,
  machine: { cpus: availableParallelism(), model: cpus()[0]?.model, memoryGB: totalmem() / 2 ** 30, node: process.version },
  seed,
  runs,
  allocationSitePretenuring: gcTuned ? 'off (as in vigil processes)' : 'as given on the command line',
};
log(`# Vigil benchmark — ${ALGORITHM.name} ${ALGORITHM.version}, ${availableParallelism()} cores, Node ${process.version}${quick ? ' (quick)' : ''}\n`);

// 1. Import of sdn_advanced 2025-11-19 in child processes
const sdn = join(LISTS_DIR, 'ofac/sdn_advanced/2025-11-19/sdn_advanced.xml.gz');
log(`Importing ${sdn} ${runs}× in a child process…`);
const imp = benchImport(sdn, runs);
results.import = imp;
log(`import: median ${fmt(imp.medianSeconds)} s wall, ${fmt(imp.medianMaxRssMB, 0)} MB peak RSS (${imp.runs[0]?.entities} entities; goal ≤ 10 s, ≤ 400 MB)\n`);

// 2. All lists, index build
log('Loading all lists through the import pipeline…');
const lists = await openLists((l) => log(l));
const { entities } = lists;
results.lists = lists.lists;
gc();
const before = process.memoryUsage();
let t0 = performance.now();
const index: VigilMatchIndex = buildIndex(entities);
const buildTimes = [(performance.now() - t0) / 1000];
gc();
const after = process.memoryUsage();
for (let r = 1; r < runs; r++) {
  t0 = performance.now();
  buildIndex(entities);
  buildTimes.push((performance.now() - t0) / 1000);
  gc();
}
const build = { entities: index.size, names: index.stats.names, keys: index.stats.keys, medianSeconds: median(buildTimes), seconds: buildTimes, heapMB: mb(after.heapUsed - before.heapUsed), rssMB: mb(after.rss - before.rss) };
results.indexBuild = build;
log(`index: ${build.entities} entities, ${build.names} names, built in ${fmt(build.medianSeconds)} s (median of ${runs}); heap +${fmt(build.heapMB, 0)} MB, RSS +${fmt(build.rssMB, 0)} MB (goal ≤ 3 s)\n`);

// 3. Queries, latency, throughput
const { variants, nonListed, mixed } = benchQueries(entities, seed, quick ? 500 : 2000);
for (const q of mixed.slice(0, 200)) index.screen({ name: q.name });
const times: number[] = [];
const slow: { name: string; ms: number; stats: typeof index.lastQuery }[] = [];
for (const q of mixed) {
  const s = performance.now();
  index.screen({ name: q.name }, { threshold: T });
  const ms = performance.now() - s;
  times.push(ms);
  slow.push({ name: q.name, ms, stats: { ...index.lastQuery } });
}
const single = latency(times);
slow.sort((a, b) => b.ms - a.ms);
results.latency = { ...single, slowest: slow.slice(0, 30) };
log(`single query over ${single.n} names (${variants.length} listed-name variants, ${nonListed.length} faker names): p50 ${fmt(single.p50Ms, 3)} ms, p99 ${fmt(single.p99Ms, 3)} ms, mean ${fmt(single.meanMs, 3)} ms (goal p50 ≤ 0.5 ms)`);
log('\nSlowest queries (for the engine: what makes the tail):\n');
log(
  markdownTable(
    ['query', 'ms', 'posting lists', 'postings visited', 'names touched', 'names scored', 'names aligned'],
    slow.slice(0, 10).map((q) => [q.name, fmt(q.ms, 1), q.stats.postingLists, q.stats.postingsVisited, q.stats.namesTouched, q.stats.namesScored, q.stats.namesAligned]),
  ),
);
log('');

// Batch throughput on names the index has not seen yet in this process, none repeated: the matcher
// memoises per word (neighbours, splits, analyses), and a file that repeated whole names would flatter it.
const batchNames = benchQueries(entities, seed + 1, quick ? 2500 : 10000).mixed.map((q) => ({ name: q.name }));
const main = mainThreadThroughput(index, batchNames.slice(0, batchNames.length / 2), T, 1);
const workers = await workerThroughput(batchNames, lists.store, lists.dbPath, 2, T, runs);
results.throughput = { mainThread: main, workers2: workers };
log(
  `batch: main thread ${fmt(main.namesPerSecond, 0)} names/s; 2 worker threads ${fmt(workers.namesPerSecond, 0)} names/s settled (after the first ${pct(workers.warmupShare ?? 0)} of ${workers.names} names), ` +
    `${fmt(workers.wholeRunNamesPerSecond ?? 0, 0)} names/s from the first line to the last (${fmt(workers.startupSeconds ?? 0, 1)} s start-up to the first line excluded from both; goal ≥ 10,000/s)\n`,
);

// 4. Baselines on the same queries
const perKind = quick ? 100 : 300;
/** Full scans take seconds per query: each engine gets this long, on the same interleaved queries. */
const BASELINE_BUDGET_MS = quick ? 30_000 : 90_000;
const bVariants = variants.slice(0, perKind);
const bNonListed = nonListed.slice(0, perKind);
const engines: { make: () => Baseline }[] = [
  { make: () => vigilEngine(index, T) },
  { make: () => jaroWinklerBaseline(entities, 0.85) },
  { make: () => miniSearchBaseline(entities, 0.2) },
  { make: () => fuseBaseline(entities, 0.3) },
];
const comparison: (EngineRun & { buildSeconds: number })[] = [];
for (const { make } of engines) {
  t0 = performance.now();
  const engine = make();
  const buildSeconds = (performance.now() - t0) / 1000;
  log(`baseline run: ${engine.name} over ${bVariants.length + bNonListed.length} queries…`);
  comparison.push({ ...runEngine(engine, bVariants, bNonListed, BASELINE_BUDGET_MS), buildSeconds });
}
results.baselines = comparison;
const vigil = comparison[0] as EngineRun;
const jw = comparison[1] as EngineRun;
// Recall is compared on exactly the queries the scan got through within its budget.
const vigilOnJwQueries = runEngine(vigilEngine(index, T), bVariants.slice(0, jw.accuracy.variants), bNonListed.slice(0, jw.accuracy.nonListed));
const speedup = {
  p50: jw.latency.p50Ms / vigil.latency.p50Ms,
  throughput: vigil.latency.namesPerSecond / jw.latency.namesPerSecond,
  vigilRecall: vigilOnJwQueries.accuracy.recall,
  jaroWinklerRecall: jw.accuracy.recall,
  queries: jw.accuracy.variants + jw.accuracy.nonListed,
  recallDelta: vigilOnJwQueries.accuracy.recall - jw.accuracy.recall,
};
results.speedupVsJaroWinkler = speedup;

log('\n## Results\n');
log(
  markdownTable(
    ['measure', 'value', 'goal'],
    [
      ['import sdn_advanced 2025-11-19 (wall, median)', `${fmt(imp.medianSeconds)} s`, '≤ 10 s'],
      ['import peak RSS (median)', `${fmt(imp.medianMaxRssMB, 0)} MB`, '≤ 400 MB'],
      [`index build, ${build.entities} entities / ${build.names} names (median)`, `${fmt(build.medianSeconds)} s`, '≤ 3 s'],
      ['index memory (heap / RSS delta)', `${fmt(build.heapMB, 0)} MB / ${fmt(build.rssMB, 0)} MB`, ''],
      ['single query p50', `${fmt(single.p50Ms, 3)} ms`, '≤ 0.5 ms'],
      ['single query p99', `${fmt(single.p99Ms, 3)} ms`, ''],
      ['batch, main thread', `${fmt(main.namesPerSecond, 0)} names/s`, ''],
      ['batch, 2 worker threads, settled', `${fmt(workers.namesPerSecond, 0)} names/s`, '≥ 10,000 names/s'],
      ['batch, 2 worker threads, first line to last (JIT warm-up included)', `${fmt(workers.wholeRunNamesPerSecond ?? 0, 0)} names/s`, ''],
      ['speed vs brute-force Jaro–Winkler (p50 / names/s)', `${fmt(speedup.p50, 0)}× / ${fmt(speedup.throughput, 0)}×`, '≥ 20× at ≥ recall'],
    ],
  ),
);
log(`\nThe same listed-name variants and non-listed names, alternating, for every engine (a full scan stops after ${BASELINE_BUDGET_MS / 1000} s; n says how far it got):\n`);
log(
  markdownTable(
    ['engine', 'n', 'build s', 'p50 ms', 'p99 ms', 'names/s', 'recall (variants)', 'false alerts (non-listed)'],
    comparison.map((c) => [
      c.engine,
      c.accuracy.variants + c.accuracy.nonListed,
      fmt(c.buildSeconds),
      fmt(c.latency.p50Ms, 3),
      fmt(c.latency.p99Ms, 3),
      fmt(c.latency.namesPerSecond, 0),
      pct(c.accuracy.recall),
      pct(c.accuracy.falseAlertRate),
    ]),
  ),
);
log(
  `\nVigil vs brute-force Jaro–Winkler: ${fmt(speedup.p50, 0)}× faster at p50, ${fmt(speedup.throughput, 0)}× in names/s, recall ${pct(speedup.vigilRecall)} vs ${pct(speedup.jaroWinklerRecall)} on the same ${speedup.queries} queries` +
    ` → target (≥ 20× at equal or better recall) ${speedup.p50 >= 20 && speedup.recallDelta >= 0 ? 'met' : 'NOT met'}.`,
);

log('\nFree-text scan (vigil scan) over mixed multilingual text against the same lists:');
results.scan = benchScan(entities, quick ? 1 : 2, seed + 6, log);

const outDir = join(REPO_ROOT, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`\nResults written to ${join(outDir, 'results.json')}`);
await lists.dispose();
