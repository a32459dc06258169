import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function tempDir(prefix = 'vigil-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The spawned CLI runs dist/: compile when the sources are newer than the build. */
export function ensureBuilt(): void {
  const built = join(ROOT, 'dist', 'src', 'cli', 'serve-command.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(ROOT, 'src'))) return;
  // tsc emits even when files owned by work in progress elsewhere have type errors; the check below is what matters.
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
  if (!existsSync(built)) throw new Error('build failed: dist/src/cli/serve-command.js is missing (run npm run build)');
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });
}

export interface SpawnedServer {
  url: string;
  proc: ChildProcess;
  /** stdout and stderr interleaved. */
  logs(): string;
  /** The structured log alone (pino writes to stdout). */
  stdout(): string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Thrown from a waitFor predicate when waiting longer cannot help (the server has exited). */
export class StopWaiting extends Error {}

/**
 * Polls until the predicate holds; the limit only bounds a hung server, it asserts nothing about speed.
 * Other errors are retried (connection refused while the server starts); StopWaiting ends the wait at once.
 */
export async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, tries = 1200, everyMs = 100): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await fn().catch((err: unknown) => {
      if (err instanceof StopWaiting) throw err;
      return undefined;
    });
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** `node bin/vigil.js serve` exactly as `npm start` runs it, on a free port. */
export async function spawnServer(env: Record<string, string>, cwd = tempDir('vigil-cwd-')): Promise<SpawnedServer> {
  ensureBuilt();
  const port = await freePort();
  const proc = spawn(process.execPath, [join(ROOT, 'bin', 'vigil.js'), 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', VIGIL_REFRESH_MINUTES: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (d: Buffer) => {
    output += d.toString();
    stdout += d.toString();
  });
  proc.stderr!.on('data', (d: Buffer) => {
    output += d.toString();
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  // 'close' comes after the pipes are drained: the last stderr lines (the crash) arrive after 'exit'.
  const closed = new Promise<void>((r) => proc.on('close', () => r()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor('the server to be ready', async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) {
        await closed;
        throw new StopWaiting(`server exited with ${proc.exitCode ?? proc.signalCode} before it was ready; its stderr:\n${stderr}`);
      }
      const r = await fetch(`${url}/readyz`);
      return r.status === 200 ? true : undefined;
    });
  } catch (err) {
    proc.kill('SIGKILL');
    if (err instanceof StopWaiting) throw err;
    throw new Error(`${(err as Error).message}\n--- server output ---\n${output}`);
  }
  return {
    url,
    proc,
    logs: () => output,
    stdout: () => stdout,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (proc.exitCode === null) proc.kill(signal);
      return exited;
    },
  };
}

export interface Client {
  // Response bodies are whatever the server sent; each test asserts the fields it needs.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (method: string, path: string, options?: { key?: string; json?: unknown; body?: string | FormData | Uint8Array; headers?: Record<string, string> }): Promise<{ status: number; body: any; text: string; headers: Headers }>;
}

export function client(base: string): Client {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.key) headers.authorization = `Bearer ${options.key}`;
    let body: string | FormData | Uint8Array | undefined = options.body;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const res = await fetch(`${base}${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed, text, headers: res.headers };
  };
}
