import { join, resolve } from 'node:path';

/** Runtime configuration from the environment; every knob is documented in the README. */
export interface Config {
  dbPath: string;
  /**
   * PostgreSQL connection string (VIGIL_DATABASE_URL, postgres://…): when set, lists, versions and API
   * keys live in Postgres instead of the SQLite file at dbPath. Batch jobs stay in SQLite (see store/open.ts).
   */
  databaseUrl: string | undefined;
  listsDir: string | undefined;
  downloadDir: string;
  host: string;
  port: number;
  authDisabled: boolean;
  refreshIntervalMinutes: number;
  maxBatch: number;
  rateLimitPerMinute: number;
  requestTimeoutMs: number;
  /** Rows one uploaded batch file may have (VIGIL_MAX_BATCH_ROWS). */
  maxBatchJobRows: number;
  /** Days finished batch jobs (inputs and results) are kept (VIGIL_BATCH_RETENTION_DAYS). */
  batchRetentionDays: number;
  /** pino level: fatal, error, warn, info, debug, trace (VIGIL_LOG_LEVEL). */
  logLevel: string;
  /** Server processes sharing the port, each with its own index (VIGIL_WORKERS; 1 = no cluster). */
  workers: number;
  /** The built web UI served at / (VIGIL_WEB_DIST). */
  webDist: string;
}

function intEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return n;
}

function databaseUrlEnv(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.VIGIL_DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) throw new Error('VIGIL_DATABASE_URL must be a postgres:// or postgresql:// connection string');
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.VIGIL_DATA_DIR ?? 'data');
  return {
    dbPath: resolve(env.VIGIL_DB ?? join(dataDir, 'vigil.db')),
    databaseUrl: databaseUrlEnv(env),
    listsDir: env.VIGIL_LISTS_DIR ? resolve(env.VIGIL_LISTS_DIR) : undefined,
    downloadDir: resolve(env.VIGIL_DOWNLOAD_DIR ?? join(dataDir, 'downloads')),
    host: env.VIGIL_HOST ?? '127.0.0.1',
    port: intEnv(env, 'VIGIL_PORT', 8080),
    authDisabled: env.VIGIL_AUTH === 'off',
    refreshIntervalMinutes: intEnv(env, 'VIGIL_REFRESH_MINUTES', 360),
    maxBatch: intEnv(env, 'VIGIL_MAX_BATCH', 1000),
    rateLimitPerMinute: intEnv(env, 'VIGIL_RATE_LIMIT', 6000),
    requestTimeoutMs: intEnv(env, 'VIGIL_REQUEST_TIMEOUT_MS', 30_000),
    maxBatchJobRows: intEnv(env, 'VIGIL_MAX_BATCH_ROWS', 100_000),
    batchRetentionDays: intEnv(env, 'VIGIL_BATCH_RETENTION_DAYS', 30),
    logLevel: env.VIGIL_LOG_LEVEL ?? 'info',
    workers: Math.max(1, intEnv(env, 'VIGIL_WORKERS', 1)),
    webDist: resolve(env.VIGIL_WEB_DIST ?? 'web/dist'),
  };
}
