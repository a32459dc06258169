import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '..', '..');
export const VIGIL_BIN = join(REPO, 'bin', 'vigil.js');

/** End-to-end tests drive the built CLI; `npm test` builds before running vitest. */
export function assertBuilt(): void {
  if (!existsSync(join(REPO, 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests');
}

export function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'vigil-e2e-')), 'vigil.db');
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function vigil(args: string[], env: Record<string, string> = {}, input?: string): CliResult {
  const res = spawnSync(process.execPath, [VIGIL_BIN, ...args], {
    cwd: REPO,
    env: { ...process.env, VIGIL_LISTS_DIR: '', ...env },
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

export function vigilAsync(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [VIGIL_BIN, ...args], { cwd: REPO, env: { ...process.env, VIGIL_LISTS_DIR: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}
