/**
 * HTTP benchmark: the real server (`node bin/vigil.js serve`) with the full lists loaded, wrk (when
 * installed: a C client that leaves the cores to the server) or autocannon at 64 connections sending
 * single screens with realistic, varied names (variants of listed names interleaved with faker names
 * from many locales), RSS sampled every second over the run.
 *
 *   npm run build && npm run bench:http -- [--duration 120] [--connections 64] [--workers 1] [--client wrk|autocannon] [--lists DIR] [--db PATH]
 *
 * The store is imported once into --db (default: a file in the OS temp folder) and reused by later runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Entity } from '../src/model/entity.js';
import { benchQueries } from './queries.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const duration = Number(arg('duration', '120'));
const connections = Number(arg('connections', '64'));
const workers = Number(arg('workers', '1'));
const listsDir = resolve(arg('lists', process.env.VIGIL_LISTS_DIR ?? join(ROOT, '..', 'shared', 'data')));
const dbPath = resolve(arg('db', join(tmpdir(), 'vigil-bench.db')));
const client = arg('client', existsSync('/usr/bin/wrk') ? 'wrk' : 'autocannon');

/** Runs wrk with a Lua script cycling through the bodies; returns the same summary shape autocannon gives. */
async function runWrk(url: string, bodies: string[], auth: string, seconds: number): Promise<AutocannonResult> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-wrk-'));
  const script = join(dir, 'screen.lua');
  const quoted = bodies.map((b) => `[==[${b}]==]`).join(',\n');
  writeFileSync(
    script,
    `local bodies = {${quoted}}\nwrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["Authorization"] = "${auth}"\n` +
      `local i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(nil, nil, nil, bodies[(i % #bodies) + 1])\nend\n` +
      `done = function(summary, latency, requests)\n  io.write(string.format("VIGIL %d %d %d %d %d %d %d %d\\n", summary.requests, summary.duration, summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.status, summary.errors.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99)))\n  io.write(string.format("VIGILMAX %d\\n", latency.max))\nend\n`,
  );
  // Spawned asynchronously so the RSS sampler keeps ticking while wrk runs.
  const child = spawn('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, `${url}/v1/screen`]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise((r) => child.on('close', r));
  const res = { stdout, stderr };
  const m = /VIGIL (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)/.exec(res.stdout);
  if (!m) throw new Error(`wrk failed: ${res.stderr || res.stdout}`);
  const [requests, micros, errors, non2xx, timeouts, p50, p90, p99] = m.slice(1).map(Number) as number[];
  const max = Number(/VIGILMAX (\d+)/.exec(res.stdout)?.[1] ?? 0);
  const secondsRun = micros! / 1e6;
  return {
    requests: { average: requests! / secondsRun, total: requests! },
    latency: { p50: p50! / 1000, p90: p90! / 1000, p99: p99! / 1000, average: 0, max: max / 1000 },
    errors: errors!,
    timeouts: timeouts!,
    non2xx: non2xx!,
    duration: secondsRun,
  };
}

/** Resident memory of the server and its cluster workers, from /proc (Linux). */
function rssBytes(pid: number): number {
  const pids = [pid];
  try {
    for (const line of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)) if (line) pids.push(Number(line));
  } catch {
    // No /proc children list: count the main process only.
  }
  let total = 0;
  for (const p of pids) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // A worker exiting between listing and reading.
    }
  }
  return total;
}

async function main(): Promise<void> {
  if (!existsSync(listsDir) && !existsSync(dbPath)) throw new Error(`no lists at ${listsDir} and no store at ${dbPath}: pass --lists DIR`);
  const store = new SqliteStore(dbPath);
  const { key } = await store.createApiKey('screener', 'bench:http');
  await store.close();

  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [join(ROOT, 'bin', 'vigil.js'), 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: {
      ...process.env,
      VIGIL_DB: dbPath,
      VIGIL_LISTS_DIR: listsDir,
      VIGIL_REFRESH_MINUTES: '0',
      // The per-key limit would cap the benchmark itself; per-request info logs would measure the log pipe.
      VIGIL_RATE_LIMIT: '0',
      VIGIL_LOG_LEVEL: process.env.VIGIL_LOG_LEVEL ?? 'warn',
      VIGIL_WORKERS: String(workers),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = () => server.kill('SIGTERM');
  process.on('exit', stop);

  const loadStart = Date.now();
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const readiness = (await (await fetch(`${url}/readyz`)).json()) as { entities: number; demo: boolean; lists: { dataset: string; entities: number }[] };
  if (readiness.demo) throw new Error('only the demo list is loaded: the benchmark needs the real lists (--lists DIR)');
  console.log(`server ready in ${((Date.now() - loadStart) / 1000).toFixed(1)} s: ${readiness.entities} entities (${readiness.lists.map((l) => `${l.dataset} ${l.entities}`).join(', ')}), ${workers} worker(s)`);

  // Realistic names from the loaded lists themselves: variants that should alert, faker names that should not.
  const reader = new SqliteStore(dbPath);
  const entities: Entity[] = [];
  for await (const e of reader.currentEntities()) entities.push(e);
  await reader.close();
  const { mixed } = benchQueries(entities, 20251119, 1500);
  const bodies = mixed.map((q) => JSON.stringify({ query: { name: q.name } }));
  console.log(`${bodies.length} distinct query bodies; e.g. ${mixed.slice(0, 4).map((q) => JSON.stringify(q.name)).join(', ')}`);

  const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };
  // The load below only counts answers: check first that the server really screens these bodies
  // (200 with the key, and variants of listed names finding their entity), or the figure means nothing.
  const probes = mixed.filter((q) => q.expectedId).slice(0, 20);
  let found = 0;
  for (const q of probes) {
    const res = await fetch(`${url}/v1/screen`, { method: 'POST', headers, body: JSON.stringify({ query: { name: q.name } }) });
    if (res.status !== 200) throw new Error(`POST /v1/screen answered ${res.status}: ${await res.text()}`);
    const { result } = (await res.json()) as { result: { matches: { entityId: string; alsoListedBy?: { entityId: string }[] }[] } };
    if (result.matches.some((m) => m.entityId === q.expectedId || m.alsoListedBy?.some((a) => a.entityId === q.expectedId))) found++;
  }
  if (found < probes.length / 2) throw new Error(`only ${found} of ${probes.length} variants of listed names found their entity: the server is not screening the full lists`);
  console.log(`check: ${found} of ${probes.length} variants of listed names found their entity`);
  console.log(`client: ${client}`);
  const warmSeconds = Math.min(10, Math.max(3, Math.round(duration / 12)));
  // Warm-up: JIT and caches, not measured.
  if (client === 'wrk') await runWrk(url, bodies, headers.authorization, warmSeconds);
  else await autocannon({ url: `${url}/v1/screen`, connections, duration: warmSeconds, requests: [{ method: 'POST', headers, setupRequest: (req: Record<string, unknown>) => ({ ...req, body: bodies[Math.floor(Math.random() * bodies.length)] }) }] });

  const samples: { t: number; rss: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => samples.push({ t: (Date.now() - started) / 1000, rss: rssBytes(server.pid!) }), 1000);
  samples.push({ t: 0, rss: rssBytes(server.pid!) });
  let i = 0;
  const result =
    client === 'wrk'
      ? await runWrk(url, bodies, headers.authorization, duration)
      : await autocannon({
          url: `${url}/v1/screen`,
          connections,
          duration,
          requests: [{ method: 'POST', headers, setupRequest: (req: Record<string, unknown>) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
        });
  clearInterval(sampler);
  samples.push({ t: (Date.now() - started) / 1000, rss: rssBytes(server.pid!) });

  const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
  const third = Math.max(1, Math.floor(samples.length / 3));
  const avg = (xs: { rss: number }[]) => xs.reduce((s, x) => s + x.rss, 0) / xs.length;
  const firstThird = avg(samples.slice(0, third));
  const lastThird = avg(samples.slice(-third));
  const summary = {
    duration_s: result.duration,
    connections,
    workers,
    client,
    requests: result.requests.total,
    req_per_s: Math.round(result.requests.average),
    latency_ms: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    rss_mb: { start: mb(samples[0]!.rss), end: mb(samples.at(-1)!.rss), max: mb(Math.max(...samples.map((s) => s.rss))), first_third_avg: mb(firstThird), last_third_avg: mb(lastThird) },
  };
  console.log(JSON.stringify(summary, null, 2));
  console.log(`RSS over the run (MB, every ${Math.max(1, Math.round(samples.length / 20))} s): ${samples.filter((_, k) => k % Math.max(1, Math.round(samples.length / 20)) === 0).map((s) => mb(s.rss)).join(' ')}`);
  // Failed or non-2xx answers are counted in req/s by both clients: a run with any of them meets nothing.
  const clean = summary.errors === 0 && summary.timeouts === 0 && summary.non2xx === 0;
  const targets = [
    `${clean && summary.req_per_s >= 3000 ? 'MET' : 'MISSED'} >= 3000 screens/s (${summary.req_per_s})`,
    `${clean && summary.latency_ms.p99 <= 25 ? 'MET' : 'MISSED'} p99 <= 25 ms (${summary.latency_ms.p99} ms)`,
    ...(clean ? [] : [`MISSED: ${summary.errors} errors, ${summary.timeouts} timeouts, ${summary.non2xx} non-2xx answers`]),
  ];
  console.log(`targets: ${targets.join('; ')}`);
  stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
