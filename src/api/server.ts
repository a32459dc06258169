import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { ensureLists } from '../service/bootstrap.js';
import { JobStore } from '../store/jobs.js';
import { jobsDbPath, openStore } from '../store/open.js';
import { buildApp } from './app.js';
import type { ApiContext } from './context.js';
import { collectGarbage } from '../service/heap.js';

export interface StartOptions {
  config: Config;
  port?: number;
  host?: string;
  logger?: boolean | Record<string, unknown>;
  version?: string;
  /** Install SIGTERM/SIGINT handlers that close gracefully and exit (the CLI wants this; tests do not). */
  handleSignals?: boolean;
  /** Run scheduled refreshes and batch jobs here (false for all but one process of a cluster). */
  background?: boolean;
  /** Set in cluster workers; answers carry it as x-vigil-worker. */
  workerIndex?: number;
}

export interface RunningServer {
  app: FastifyInstance;
  ctx: ApiContext;
  url: string;
  /** Resolves when the lists are loaded and the index is built (or loading failed). */
  loaded: Promise<void>;
  close(): Promise<void>;
}

/**
 * Loads lists on an empty store (local mirror, then download, then the demo list), builds the
 * index and starts background work. Runs after listen, so /healthz answers and /readyz says 503
 * while this takes its time.
 */
async function loadLists(ctx: ApiContext, app: FastifyInstance, background: boolean): Promise<void> {
  const log = app.log;
  try {
    const started = Date.now();
    ctx.lifecycle.origin = await ensureLists(ctx.store, ctx.config, (message, data) => log.info({ ...data }, message));
    const snapshot = await ctx.service.reload();
    log.info({ entities: snapshot.index.size, lists: snapshot.versions.map((v) => `${v.dataset} v${v.seq}`), buildMs: Math.round(snapshot.buildMs) }, 'screening index built');
    await ctx.search.rebuild();
    // Before the first request: the build's garbage would otherwise be collected under load.
    collectGarbage();
    ctx.lifecycle.phase = 'ready';
    const status = ctx.service.status();
    if (status.demoOnly) log.warn('only the DEMO list is loaded: answers are flagged demo:true; load real lists with `vigil update` or `vigil import PATH`');
    log.info({ ms: Date.now() - started, origin: ctx.lifecycle.origin }, 'ready');
    if (background) {
      ctx.runner.kick();
      ctx.refresher.schedule();
    }
  } catch (err) {
    ctx.lifecycle.phase = 'failed';
    ctx.lifecycle.error = (err as Error).message;
    log.error({ err }, 'loading the lists failed; screening answers 503');
  }
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config } = options;
  const store = openStore(config);
  // After the store: with SQLite its migrations create the job tables. Jobs stay in SQLite with Postgres too.
  const jobs = new JobStore(jobsDbPath(config));
  const { app, ctx } = await buildApp({ config, store, jobs, ...(options.logger !== undefined ? { logger: options.logger } : {}), ...(options.version ? { version: options.version } : {}), ...(options.workerIndex !== undefined ? { workerIndex: options.workerIndex } : {}) });

  const retentionMs = config.batchRetentionDays * 86_400_000;
  const purge = () => {
    const n = jobs.purgeOlderThan(new Date(Date.now() - retentionMs).toISOString());
    if (n > 0) app.log.info({ jobs: n }, 'expired batch jobs deleted');
  };
  purge();
  const purgeTimer = setInterval(purge, 3_600_000).unref();

  const url = await app.listen({ port: options.port ?? config.port, host: options.host ?? config.host });
  app.log.info({ url, auth: config.authDisabled ? 'off' : 'on', refreshMinutes: config.refreshIntervalMinutes }, 'listening');
  if (config.authDisabled) app.log.warn('authentication is OFF (VIGIL_AUTH=off): every caller acts as admin; never expose this server');
  const background = options.background ?? true;
  ctx.runner.enabled = background;
  // Jobs stored by other cluster workers are picked up here too.
  const jobPoll = background ? setInterval(() => ctx.service.status().ready && ctx.runner.kick(), 2_000).unref() : undefined;
  const loaded = loadLists(ctx, app, background);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      clearInterval(purgeTimer);
      clearInterval(jobPoll);
      app.log.info('shutting down: no new connections, finishing requests in flight');
      // A refresh in progress is atomic in the store: abandoning it leaves the previous version current.
      await Promise.race([ctx.refresher.stop(), new Promise((r) => setTimeout(r, 5_000).unref())]);
      await ctx.runner.stop();
      await app.close();
      jobs.close();
      await store.close();
    })());

  if (options.handleSignals) {
    const onSignal = (signal: string) => {
      app.log.info({ signal }, 'signal received');
      close()
        .then(() => process.exit(0))
        .catch((err: unknown) => {
          app.log.error({ err }, 'shutdown failed');
          process.exit(1);
        });
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  return { app, ctx, url, loaded, close };
}
