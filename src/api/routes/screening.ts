import type { FastifyInstance } from 'fastify';
import type { ScreenOptions, ScreenResult } from '../../match/types.js';
import { demoFields, snapshotOr503, type ApiContext } from '../context.js';
import type { CounterSeries, Metrics } from '../metrics.js';
import { compare } from '../../match/compare.js';
import { badRequest, notFound } from '../errors.js';
import { toScreenQuery, type ApiQuery } from '../queries.js';
import { AlgorithmSchema, ExplanationSchema, ScreenQuerySchema, ScreenResultSchema, demoProperties, errorResponses, screenOptionsProperties } from '../schemas.js';

interface ScreenBody extends ScreenOptions {
  query?: ApiQuery;
  queries?: ApiQuery[];
}

/** The screens and alerts series of each endpoint, looked up once per server rather than per request. */
const screenSeries = new WeakMap<Metrics, Map<string, { screens: CounterSeries; alerts?: CounterSeries }>>();

export function countScreens(ctx: ApiContext, endpoint: string, results: ScreenResult[]): void {
  let byEndpoint = screenSeries.get(ctx.metrics);
  if (!byEndpoint) screenSeries.set(ctx.metrics, (byEndpoint = new Map()));
  let series = byEndpoint.get(endpoint);
  if (!series) byEndpoint.set(endpoint, (series = { screens: ctx.metrics.screens.series({ endpoint }) }));
  series.screens.inc(results.length);
  let alerts = 0;
  for (const r of results) if (r.decision === 'alert') alerts++;
  // The alert series appears in /metrics with the first alert, as before.
  if (alerts > 0) (series.alerts ??= ctx.metrics.alerts.series({ endpoint })).inc(alerts);
}

function options(body: ScreenOptions): ScreenOptions {
  return {
    ...(body.threshold !== undefined ? { threshold: body.threshold } : {}),
    ...(body.limit !== undefined ? { limit: body.limit } : {}),
    ...(body.datasets?.length ? { datasets: body.datasets } : {}),
  };
}

export function screeningRoutes(ctx: ApiContext) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post<{ Body: ScreenBody }>(
      '/v1/screen',
      {
        config: { access: 'screener' },
        schema: {
          tags: ['screening'],
          summary: 'Screen one query or a batch',
          description: `Send \`query\` for one name or \`queries\` for up to ${ctx.config.maxBatch} at once. Each result says \`alert\` when a match scores at or above the threshold, with an explanation per match. Larger files go through /v1/batches.`,
          body: {
            type: 'object',
            additionalProperties: false,
            properties: {
              query: ScreenQuerySchema,
              queries: { type: 'array', minItems: 1, maxItems: ctx.config.maxBatch, items: ScreenQuerySchema },
              ...screenOptionsProperties,
            },
            examples: [{ query: { name: 'Kim Sang Man', schema: 'Person', birthDate: '1965-04-25' } }, { queries: [{ id: 'a', name: 'Lazarus Group' }, { id: 'b', name: 'Jane Doe' }], threshold: 0.8 }],
          },
          response: {
            200: {
              type: 'object',
              required: ['demo'],
              properties: {
                result: ScreenResultSchema,
                results: { type: 'array', items: ScreenResultSchema },
                ...demoProperties,
              },
            },
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const body = request.body;
        if ((body.query === undefined) === (body.queries === undefined)) throw badRequest('body', 'must have exactly one of "query" or "queries"');
        snapshotOr503(ctx);
        const opts = options(body);
        if (body.query) {
          const result = ctx.service.screen(toScreenQuery(body.query, 'body.query'), opts);
          countScreens(ctx, 'screen', [result]);
          return { result, ...demoFields(ctx) };
        }
        const queries = body.queries!.map((q, i) => toScreenQuery(q, `body.queries.${i}`));
        const results = ctx.service.screenMany(queries, opts);
        countScreens(ctx, 'screen', results);
        return { results, ...demoFields(ctx) };
      },
    );

    app.post<{ Body: { a: ApiQuery; b?: ApiQuery; entityId?: string } }>(
      '/v1/compare',
      {
        config: { access: 'screener' },
        schema: {
          tags: ['screening'],
          summary: 'Score two records against each other',
          description: 'Compares `a` with `b` (another query) or with a listed entity (`entityId`), using the same features and weights as screening, and explains the score.',
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['a'],
            properties: {
              a: ScreenQuerySchema,
              b: ScreenQuerySchema,
              entityId: { type: 'string', minLength: 3, maxLength: 200 },
            },
            examples: [{ a: { name: 'Kim Sang Man', birthDate: '1965-04-25' }, b: { name: 'Gim Sangman', birthDate: '1965' } }],
          },
          response: {
            200: {
              type: 'object',
              required: ['score', 'explanation', 'algorithm'],
              properties: { score: { type: 'number' }, explanation: ExplanationSchema, algorithm: AlgorithmSchema, entityId: { type: 'string' }, ...demoProperties },
            },
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { a, b, entityId } = request.body;
        if ((b === undefined) === (entityId === undefined)) throw badRequest('body', 'must have exactly one of "b" or "entityId"');
        const left = toScreenQuery(a, 'body.a');
        if (b) return { ...ctx.service.compare(left, toScreenQuery(b, 'body.b')), demo: false };
        const snapshot = snapshotOr503(ctx);
        const entity = snapshot.index.entity(entityId!);
        if (!entity) throw notFound(`no entity ${entityId} in the loaded lists`);
        return { ...compare(left, entity), entityId: entity.id, ...demoFields(ctx) };
      },
    );
  };
}

