import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig, type Config } from '../config.js';
import { openStore as openConfiguredStore } from '../store/open.js';
import type { Store } from '../store/types.js';

export function configFor(cmd: Command): Config {
  const config = loadConfig();
  const db = cmd.optsWithGlobals<{ db?: string }>().db;
  if (!db) return config;
  if (/^postgres(ql)?:\/\//.test(db)) return { ...config, databaseUrl: db };
  // A path typed as --db overrides VIGIL_DATABASE_URL (the more specific choice); VIGIL_DB from the
  // environment, which commander also reports as --db, only sets where the SQLite file would be.
  return cmd.getOptionValueSourceWithGlobals('db') === 'cli' ? { ...config, dbPath: db, databaseUrl: undefined } : { ...config, dbPath: db };
}

export function openStore(cmd: Command): Store {
  return openConfiguredStore(configFor(cmd));
}

export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(cmd);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** A counter on a terminal; silent when stderr is not a TTY (logs and CI stay clean). */
export function progressCounter(label: string): { tick(n: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} {bar} {value} entities | {duration}s`, stream: process.stderr, hideCursor: true, barsize: 20 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0);
  return {
    tick(n) {
      if (n % 250 === 0) {
        bar.setTotal(Math.max(n * 1.2, 1));
        bar.update(n);
      }
    },
    stop() {
      bar.stop();
    },
  };
}

/** Exits non-zero with one clear line, for errors the user can act on. */
export function fail(message: string): never {
  process.stderr.write(`vigil: ${message}\n`);
  process.exit(1);
}

export function age(iso: string, now = Date.now()): string {
  const hours = (now - Date.parse(iso)) / 3_600_000;
  if (hours < 1) return `${Math.max(0, Math.round(hours * 60))} min`;
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${Math.round(hours / 24)} d`;
}
