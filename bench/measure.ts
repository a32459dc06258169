import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { percentile } from '../eval/metrics.js';
import type { Baseline } from './baselines/types.js';
import type { BenchQuery } from './queries.js';

setFlagsFromString('--expose-gc');
/** A real collection before memory readings, without asking callers to pass --expose-gc to `npm run bench`. */
export const gc = runInNewContext('gc') as () => void;

export interface Latency {
  n: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  namesPerSecond: number;
}

export function latency(timesMs: number[]): Latency {
  const sorted = [...timesMs].sort((a, b) => a - b);
  const total = timesMs.reduce((a, b) => a + b, 0);
  return { n: timesMs.length, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), meanMs: total / timesMs.length, namesPerSecond: (timesMs.length / total) * 1000 };
}

export interface Accuracy {
  /** Variants whose listed entity is among the hits. */
  recall: number;
  /** Non-listed names with any hit. */
  falseAlertRate: number;
  variants: number;
  nonListed: number;
}

export interface EngineRun {
  engine: string;
  latency: Latency;
  accuracy: Accuracy;
}

/**
 * Times each query separately and scores the hits on the same pass: speed and accuracy of one
 * configuration. Variants and non-listed names alternate, and a slow engine stops at its time budget
 * with both kinds equally represented (its n says how many it got through).
 */
export function runEngine(engine: Baseline, variants: readonly BenchQuery[], nonListed: readonly BenchQuery[], budgetMs = Infinity, warmup = 10): EngineRun {
  for (const q of [...variants.slice(0, warmup / 2), ...nonListed.slice(0, warmup / 2)]) engine.search(q.name);
  const times: number[] = [];
  let found = 0;
  let alerts = 0;
  let nv = 0;
  let nn = 0;
  const started = performance.now();
  for (let i = 0; i < Math.min(variants.length, nonListed.length) && performance.now() - started < budgetMs; i++) {
    const v = variants[i] as BenchQuery;
    let t0 = performance.now();
    const hits = engine.search(v.name);
    times.push(performance.now() - t0);
    if (hits.some((h) => h.entityId === v.expectedId)) found++;
    nv++;
    t0 = performance.now();
    const falseHits = engine.search((nonListed[i] as BenchQuery).name);
    times.push(performance.now() - t0);
    if (falseHits.length > 0) alerts++;
    nn++;
  }
  return {
    engine: engine.name,
    latency: latency(times),
    accuracy: { recall: found / nv, falseAlertRate: alerts / nn, variants: nv, nonListed: nn },
  };
}
