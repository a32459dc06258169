import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from '../eval/metrics.js';

export interface ImportRun {
  seconds: number;
  maxRssMB: number;
  entities: number;
  /** GNU time's own reading of the child's peak RSS, when /usr/bin/time is installed. */
  timeMaxRssMB?: number;
  wallSeconds: number;
}

export interface ImportBench {
  file: string;
  runs: ImportRun[];
  medianSeconds: number;
  medianMaxRssMB: number;
}

const CHILD = fileURLToPath(new URL('./import-child.js', import.meta.url));
const GNU_TIME = '/usr/bin/time';

function runOnce(file: string): ImportRun {
  const useTime = existsSync(GNU_TIME);
  const started = performance.now();
  const res = useTime
    ? spawnSync(GNU_TIME, ['-v', process.execPath, CHILD, file], { encoding: 'utf8' })
    : spawnSync(process.execPath, [CHILD, file], { encoding: 'utf8' });
  const wallSeconds = (performance.now() - started) / 1000;
  if (res.status !== 0) throw new Error(`import child failed (${res.status}): ${res.stderr.slice(-2000)}`);
  const line = res.stdout.trim().split('\n').pop() ?? '';
  const out = JSON.parse(line) as { seconds: number; maxRssMB: number; entities: number };
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr)?.[1];
  return { ...out, wallSeconds, ...(kb ? { timeMaxRssMB: Number(kb) / 1024 } : {}) };
}

/** Imports the file `runs` times in fresh child processes; the medians are what gets reported. */
export function benchImport(file: string, runs: number): ImportBench {
  const results = Array.from({ length: runs }, () => runOnce(file));
  return {
    file,
    runs: results,
    medianSeconds: median(results.map((r) => r.wallSeconds)),
    medianMaxRssMB: median(results.map((r) => r.timeMaxRssMB ?? r.maxRssMB)),
  };
}
