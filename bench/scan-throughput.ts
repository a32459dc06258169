import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../src/model/entity.js';
import { buildScanIndex } from '../src/scan/scan-index.js';
import { scanText } from '../src/scan/scan.js';
import { REPO_ROOT } from '../eval/paths.js';
import type { ScanCase } from '../eval/scan/metrics.js';
import { mixedText } from './scan-text.js';

export interface ScanThroughput {
  megabytes: number;
  firstPassMBps: number;
  repeatMBps: number;
  indexSeconds: number;
}

/**
 * Throughput of `vigil scan` against the given lists on a few MB of mixed text: seeded faker prose in
 * six locales with the eval texts (listed names, aliases, wallets) spliced in.
 */
export function benchScan(entities: Entity[], targetMb: number, seed: number, log: (line?: string) => void): ScanThroughput {
  const cases = JSON.parse(readFileSync(join(REPO_ROOT, 'eval', 'scan', 'cases.json'), 'utf8')) as ScanCase[];
  const index = buildScanIndex(entities);
  log(`scan index: ${entities.length} entities, ${index.names.length} names, built in ${(index.buildMs / 1000).toFixed(1)} s`);
  const text = mixedText(targetMb * 1024 * 1024, cases, seed);
  const mb = Buffer.byteLength(text) / 1024 / 1024;
  // Warm-up on a different slice of prose, so the timed run does not start from cold code.
  scanText(index, mixedText(200_000, cases, seed + 100));
  // The first pass meets every word of this text for the first time (word analysis is memoised): report it too.
  let t0 = performance.now();
  let last = scanText(index, text);
  const cold = (performance.now() - t0) / 1000;
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    t0 = performance.now();
    last = scanText(index, text);
    runs.push((performance.now() - t0) / 1000);
  }
  runs.sort((a, b) => a - b);
  const median = runs[1]!;
  log(
    `scan: ${mb.toFixed(2)} MB (${last.stats.tokens} tokens): first pass ${cold.toFixed(2)} s → ${(mb / cold).toFixed(2)} MB/s; ` +
      `repeat ${median.toFixed(2)} s median of 3 → ${(mb / median).toFixed(2)} MB/s (goal ≥ 1 MB/s); ` +
      `${last.mentions.length} mentions of ${last.entities.length} entities, ${last.stats.candidatesVerified} candidate names verified`,
  );
  return { megabytes: mb, firstPassMBps: mb / cold, repeatMBps: mb / median, indexSeconds: index.buildMs / 1000 };
}
