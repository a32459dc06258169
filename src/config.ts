import { join, resolve } from 'node:path';

/** Runtime configuration from the environment; every knob is documented in the README. */
export interface Config {
  dbPath: string;
  listsDir: string | undefined;
  downloadDir: string;
  host: string;
  port: number;
  authDisabled: boolean;
  refreshIntervalMinutes: number;
  maxBatch: number;
  rateLimitPerMinute: number;
  requestTimeoutMs: number;
}

function intEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.VIGIL_DATA_DIR ?? 'data');
  return {
    dbPath: resolve(env.VIGIL_DB ?? join(dataDir, 'vigil.db')),
    listsDir: env.VIGIL_LISTS_DIR ? resolve(env.VIGIL_LISTS_DIR) : undefined,
    downloadDir: resolve(env.VIGIL_DOWNLOAD_DIR ?? join(dataDir, 'downloads')),
    host: env.VIGIL_HOST ?? '127.0.0.1',
    port: intEnv(env, 'VIGIL_PORT', 8080),
    authDisabled: env.VIGIL_AUTH === 'off',
    refreshIntervalMinutes: intEnv(env, 'VIGIL_REFRESH_MINUTES', 360),
    maxBatch: intEnv(env, 'VIGIL_MAX_BATCH', 1000),
    rateLimitPerMinute: intEnv(env, 'VIGIL_RATE_LIMIT', 6000),
    requestTimeoutMs: intEnv(env, 'VIGIL_REQUEST_TIMEOUT_MS', 30_000),
  };
}
