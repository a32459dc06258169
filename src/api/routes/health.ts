import type { FastifyInstance } from 'fastify';
import { DEMO_NOTICE, type ApiContext } from '../context.js';
import { Gauge } from '../metrics.js';
import { component, REFRESH_STATE_PROPERTIES } from '../schemas.js';
import { ageHours } from './datasets.js';

export function healthRoutes(ctx: ApiContext) {
  const status = () => ctx.service.status();
  const r = ctx.metrics.registry;
  r.add(new Gauge('vigil_ready', '1 when the lists are loaded and screening is served.', () => [{ value: status().ready ? 1 : 0 }]));
  r.add(new Gauge('vigil_demo_only', '1 when only the demo list is loaded.', () => [{ value: status().demoOnly ? 1 : 0 }]));
  r.add(new Gauge('vigil_index_entities', 'Entities in the screening index.', () => [{ value: status().entities }]));
  r.add(new Gauge('vigil_list_entities', 'Entities in the current version of each screened list.', () => status().versions.map((v) => ({ labels: { dataset: v.dataset }, value: v.entityCount }))));
  r.add(
    new Gauge('vigil_list_age_seconds', 'Seconds since the current version of each screened list was imported.', () =>
      status().versions.map((v) => ({ labels: { dataset: v.dataset }, value: Math.round((Date.now() - Date.parse(v.importedAt)) / 1000) })),
    ),
  );
  r.add(
    new Gauge('vigil_list_published_age_seconds', 'Seconds since the publisher dated the current version of each list.', () =>
      status()
        .versions.filter((v) => v.published)
        .map((v) => ({ labels: { dataset: v.dataset }, value: Math.round((Date.now() - Date.parse(v.published!)) / 1000) })),
    ),
  );
  r.add(new Gauge('vigil_batch_jobs_active', 'Batch jobs queued or running.', () => [{ value: ctx.jobs.unfinished().length }]));
  r.add(new Gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', () => [{ value: process.memoryUsage.rss() }]));
  r.add(new Gauge('nodejs_heap_used_bytes', 'V8 heap in use, in bytes.', () => [{ value: process.memoryUsage().heapUsed }]));

  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/healthz',
      {
        config: { access: 'public' },
        schema: {
          tags: ['operations'],
          summary: 'Liveness',
          description: 'Answers as long as the process serves HTTP, also while lists load.',
          response: { 200: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } } },
        },
      },
      async () => ({ status: 'ok' }),
    );

    app.get(
      '/readyz',
      {
        config: { access: 'public' },
        schema: {
          tags: ['operations'],
          summary: 'Readiness: lists loaded, their versions and ages',
          description: '503 until the lists are loaded and the index is built.',
          response: {
            200: ReadinessSchema,
            503: ReadinessSchema,
          },
        },
      },
      async (_request, reply) => {
        const s = status();
        const now = Date.now();
        const body = {
          ready: s.ready,
          phase: ctx.lifecycle.phase,
          ...(ctx.lifecycle.origin ? { origin: ctx.lifecycle.origin } : {}),
          ...(ctx.lifecycle.error ? { error: ctx.lifecycle.error } : {}),
          demo: s.demoOnly,
          ...(s.demoOnly ? { notice: DEMO_NOTICE } : {}),
          entities: s.entities,
          builtAt: s.builtAt,
          lists: s.versions.map((v) => ({
            dataset: v.dataset,
            version: v.seq,
            published: v.published,
            importedAt: v.importedAt,
            ageHours: ageHours(v.importedAt, now),
            entities: v.entityCount,
          })),
          refresh: ctx.refresher.state,
        };
        return reply.status(s.ready ? 200 : 503).send(body);
      },
    );

    app.get(
      '/metrics',
      {
        config: { access: 'public' },
        schema: { tags: ['operations'], summary: 'Prometheus metrics', description: 'Text exposition format 0.0.4: request counts and latency histograms by route and status, screens, alerts, list ages, index size.' },
      },
      async (_request, reply) => reply.type('text/plain; version=0.0.4; charset=utf-8').send(ctx.metrics.registry.render()),
    );
  };
}

const ReadinessSchema = component('Readiness', {
  type: 'object',
  required: ['ready', 'phase', 'demo', 'entities', 'lists'],
  properties: {
    ready: { type: 'boolean' },
    phase: { type: 'string', enum: ['loading', 'ready', 'failed'] },
    origin: { type: 'string', enum: ['existing', 'local', 'downloaded', 'demo'], description: 'Where the lists came from at startup.' },
    error: { type: 'string' },
    demo: { type: 'boolean' },
    notice: { type: 'string' },
    entities: { type: 'integer' },
    builtAt: { type: ['string', 'null'] },
    lists: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          dataset: { type: 'string' },
          version: { type: 'integer' },
          published: { type: ['string', 'null'] },
          importedAt: { type: 'string' },
          ageHours: { type: 'number' },
          entities: { type: 'integer' },
        },
      },
    },
    refresh: {
      type: 'object',
      properties: {
        ...REFRESH_STATE_PROPERTIES,
      },
    },
  },
} as const);
