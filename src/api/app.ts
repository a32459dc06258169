import Fastify, { LogController, type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { Config } from '../config.js';
import { ScreeningService } from '../service/screening.js';
import type { JobStore } from '../store/jobs.js';
import type { Store } from '../store/types.js';
import { registerAuth } from './auth.js';
import { BatchRunner } from './batch/runner.js';
import { SearchIndexes, type ApiContext } from './context.js';
import { ApiError, registerErrorHandling } from './errors.js';
import { createMetrics, type CounterSeries, type HistogramSeries } from './metrics.js';
import { OpenApiCollector } from './openapi.js';
import { Refresher } from './refresh.js';
import { adminRoutes } from './routes/admin.js';
import { batchRoutes } from './routes/batches.js';
import { datasetRoutes } from './routes/datasets.js';
import { entityRoutes } from './routes/entities.js';
import { healthRoutes } from './routes/health.js';
import { meRoutes } from './routes/me.js';
import { pageRoutes, registerWebUi, wantsAppShell } from './routes/pages.js';
import { countScreens, screeningRoutes } from './routes/screening.js';
import { scanRoutes } from './routes/scan.js';
import { yenteRoutes } from './routes/yente.js';
import { findTextIssue } from './text-guard.js';

export interface AppDeps {
  config: Config;
  store: Store;
  jobs: JobStore;
  service?: ScreeningService;
  /** pino options, or false for silence (tests). */
  logger?: boolean | Record<string, unknown>;
  version?: string;
  /** Cluster worker number, sent as x-vigil-worker so operators can tell the processes apart. */
  workerIndex?: number;
}

/** Logger levels at which the per-request info line is written (building it is skipped otherwise). */
const LOGS_INFO = new Set(['trace', 'debug', 'info']);

/** JSON bodies: a 1,000-query batch is ~200 KB; uploads have their own, larger limit. */
const BODY_LIMIT = 2 * 1024 * 1024;

/**
 * Builds the Fastify app and its context without listening, so that the CLI (startServer) and
 * tests share one assembly. Plugins keep concerns apart: errors, auth, rate limits, metrics, routes.
 */
export async function buildApp(deps: AppDeps): Promise<{ app: FastifyInstance; ctx: ApiContext }> {
  const { config, store, jobs } = deps;
  const app = Fastify({
    logger: deps.logger ?? { level: config.logLevel },
    // Request logging is ours (onResponse): Fastify's would log URLs, whose query strings carry names.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.requestTimeoutMs + 5_000,
    routerOptions: { maxParamLength: 300 },
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  });

  const service = deps.service ?? new ScreeningService(store);
  const metrics = createMetrics();
  const search = new SearchIndexes(store, service);
  const runner = new BatchRunner(jobs, service, app.log, (results) => countScreens(ctx, 'batch', results));
  const refresher = new Refresher(store, service, config, app.log, () => search.rebuild(), (outcome) => metrics.refreshes.inc({ outcome }));
  const ctx: ApiContext = { config, store, service, jobs, runner, refresher, metrics, search, lifecycle: { phase: 'loading' } };

  const collector = new OpenApiCollector();
  collector.attach(app);
  const hasUi = await registerWebUi(app, config.webDist);
  registerErrorHandling(app, hasUi ? (request, reply) => wantsAppShell(request.method, request.url, request.headers.accept) && (void reply.sendFile('index.html'), true) : undefined);
  registerAuth(app, store, !config.authDisabled);

  if (config.rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      global: true,
      max: config.rateLimitPerMinute,
      timeWindow: 60_000,
      // After auth, so that the bucket is the verified key; anonymous callers share their IP's bucket.
      hook: 'preHandler',
      keyGenerator: (request) => (request.apiKey && request.apiKey.id !== 'local' ? `key:${request.apiKey.id}` : `ip:${request.ip}`),
      allowList: (request) => (request.routeOptions.config?.access ?? 'public') === 'public',
      errorResponseBuilder: (_request, context) => new ApiError(429, `rate limit of ${context.max} requests per minute exceeded; retry in ${Math.ceil(context.ttl / 1000)} s`, { code: 'rate_limited' }),
    });
  }
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 10 } });

  // Callback hooks rather than async ones: these run on every request, and a callback hook costs
  // Fastify no promise.
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.isMultipart()) {
      done();
      return;
    }
    const issue = findTextIssue(request.params, 'params') ?? findTextIssue(request.query, 'querystring') ?? findTextIssue(request.body, 'body');
    done(issue ? new ApiError(400, `${issue.field} ${issue.problem}`, { code: 'invalid_input', field: issue.field }) : undefined);
  });

  // The metric series of each method, route and status, looked up once instead of keyed from labels per request.
  const series = new Map<string, { requests: CounterSeries; latency: HistogramSeries }>();
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const status = reply.statusCode;
    const id = `${request.method} ${status} ${route}`;
    let s = series.get(id);
    if (!s) series.set(id, (s = { requests: metrics.requests.series({ method: request.method, route, status: String(status) }), latency: metrics.latency.series({ method: request.method, route }) }));
    const ms = reply.elapsedTime;
    s.requests.inc();
    s.latency.observe(ms / 1000);
    // Route template, never the URL: query strings and paths can carry names and identifiers.
    if (LOGS_INFO.has(request.log.level)) request.log.info({ method: request.method, route, status, ms: Math.round(ms * 10) / 10, key: request.apiKey?.id }, 'request');
    done();
  });

  if (deps.workerIndex !== undefined) {
    const worker = String(deps.workerIndex);
    app.addHook('onSend', (_request, reply, payload, done) => {
      void reply.header('x-vigil-worker', worker);
      done(null, payload);
    });
  }

  await app.register(screeningRoutes(ctx));
  await app.register(scanRoutes(ctx));
  await app.register(entityRoutes(ctx));
  await app.register(datasetRoutes(ctx));
  await app.register(batchRoutes(ctx));
  await app.register(yenteRoutes(ctx));
  await app.register(adminRoutes(ctx));
  await app.register(healthRoutes(ctx));
  await app.register(meRoutes(ctx));
  // The same directory registerWebUi served: only then does the built UI, not the fallback page, own `/`.
  await app.register(pageRoutes(collector, deps.version ?? '0.0.0', config.webDist));
  return { app, ctx };
}
