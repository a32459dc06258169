import type { FastifyInstance } from 'fastify';
import type { Entity } from '../../model/entity.js';
import { countryName } from '../../model/countries.js';
import { ALGORITHM, DEFAULT_THRESHOLD } from '../../match/algorithm.js';
import type { Match, ScreenQuery } from '../../match/types.js';
import type { VersionInfo } from '../../store/types.js';
import { snapshotOr503, type ApiContext } from '../context.js';
import { ApiError, notFound } from '../errors.js';
import { fromFtmExample, ftmSchema, isKnownFtmSchema, toYenteEntity, vigilSchema } from '../ftm.js';
import { searchEntities } from '../search.js';
import { MAX_NAME_LENGTH, component } from '../schemas.js';
import { textProblem } from '../text-guard.js';
import { countScreens } from './screening.js';

/**
 * The OpenSanctions yente API surface (POST /match/{dataset}, GET /search/{dataset},
 * GET /entities/{id}, GET /algorithms), so that clients written for yente work against Vigil
 * unchanged: FollowTheMoney entities in, FtM entities with score, match flag and features out.
 */

/** Algorithm names yente clients send; all are answered by Vigil's one calibrated algorithm. */
const ALGORITHM_NAMES = ['best', 'default', ALGORITHM.name, 'logic-v1', 'logic-v2', 'regression-v1', 'regression-v2', 'name-based', 'name-qualified'];
const MAX_YENTE_BATCH = 100;
const MAX_NAMES_PER_QUERY = 10;

// Array first: with type coercion on, a bare string becomes a one-item list (what yente does), never the reverse.
const ftmValue = { anyOf: [{ type: 'array', maxItems: 50, items: { type: 'string', maxLength: MAX_NAME_LENGTH } }, { type: 'string', maxLength: MAX_NAME_LENGTH }] } as const;

const EntityExampleSchema = component('FtmEntityExample', {
  type: 'object',
  required: ['schema', 'properties'],
  properties: {
    id: { type: 'string', maxLength: 200 },
    schema: { type: 'string', maxLength: 50, examples: ['Person'] },
    properties: { type: 'object', maxProperties: 60, additionalProperties: ftmValue, examples: [{ name: ['Kim Sang Man'], birthDate: ['1965-04-25'], nationality: ['kp'] }] },
  },
} as const);

const FtmEntitySchema = component('FtmEntity', {
  type: 'object',
  required: ['id', 'caption', 'schema', 'properties', 'datasets', 'referents', 'target'],
  properties: {
    id: { type: 'string' },
    caption: { type: 'string' },
    schema: { type: 'string' },
    properties: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    datasets: { type: 'array', items: { type: 'string' } },
    referents: { type: 'array', items: { type: 'string' } },
    target: { type: 'boolean' },
    first_seen: { type: ['string', 'null'] },
    last_seen: { type: ['string', 'null'] },
    last_change: { type: ['string', 'null'] },
  },
} as const);

const ScoredFtmEntitySchema = component('FtmScoredEntity', {
  type: 'object',
  required: [...FtmEntitySchema.required, 'score', 'match', 'features'],
  properties: {
    ...FtmEntitySchema.properties,
    score: { type: 'number' },
    match: { type: 'boolean' },
    features: { type: 'object', additionalProperties: { type: 'number' } },
    explanations: { type: 'array', items: { type: 'string' }, description: 'Vigil extension: why the score is what it is.' },
  },
} as const);

const TotalSchema = { type: 'object', required: ['value', 'relation'], properties: { value: { type: 'integer' }, relation: { type: 'string' } } } as const;

const yenteErrors = {
  400: { type: 'object', properties: { detail: { type: 'string' }, message: { type: 'string' }, statusCode: { type: 'integer' }, field: { type: 'string' } } },
} as const;

function featureDocs(): Record<string, { description: string; coefficient: number; url: string }> {
  return Object.fromEntries(
    Object.entries(ALGORITHM.weights).map(([k, w]) => [k, { description: k.replace(/_/g, ' '), coefficient: w, url: '/docs#algorithm' }]),
  );
}

function resolveDatasets(ctx: ApiContext, dataset: string): string[] | undefined {
  const snapshot = snapshotOr503(ctx);
  if (dataset === 'default' || dataset === 'all' || dataset === 'sanctions') return undefined;
  if (!snapshot.versions.some((v) => v.dataset === dataset)) throw notFound(`Dataset not found: ${dataset}`);
  return [dataset];
}

function versionsByDataset(ctx: ApiContext): Map<string, VersionInfo> {
  return new Map(ctx.service.status().versions.map((v) => [v.dataset, v]));
}

function checkText(path: string, values: unknown): void {
  const list = Array.isArray(values) ? values : [values];
  for (const v of list) {
    if (typeof v !== 'string') continue;
    const problem = textProblem(v);
    if (problem) throw new ApiError(400, `${path} ${problem}`, { code: 'invalid_input', field: path });
  }
}

/** Screens each name of the example (yente matches on all of them) and keeps each entity's best score. */
function matchExample(ctx: ApiContext, key: string, schemaName: string, props: Record<string, unknown>, threshold: number, limit: number, datasets: string[] | undefined) {
  if (!isKnownFtmSchema(schemaName)) throw new ApiError(400, `Invalid schema: ${schemaName} (queries.${key}.schema)`, { code: 'invalid_input', field: `body.queries.${key}.schema` });
  for (const [prop, values] of Object.entries(props)) checkText(`body.queries.${key}.properties.${prop}`, values);
  const q = fromFtmExample(schemaName, props);
  if (q.names.length === 0 && q.identifiers.length === 0) {
    throw new ApiError(400, `Cannot parse example entity: queries.${key} has no name and no identifier property`, { code: 'invalid_input', field: `body.queries.${key}.properties.name` });
  }
  const base: Omit<ScreenQuery, 'name'> = {
    ...(q.schema ? { schema: q.schema } : {}),
    ...(q.birthDate ? { birthDate: q.birthDate } : {}),
    ...(q.countries.length ? { countries: q.countries } : {}),
    ...(q.gender ? { gender: q.gender } : {}),
    ...(q.identifiers.length ? { identifiers: q.identifiers } : {}),
  };
  const best = new Map<string, Match>();
  const names = q.names.length ? q.names.slice(0, MAX_NAMES_PER_QUERY) : [''];
  const opts = { threshold, limit: Math.max(limit, 10), ...(datasets ? { datasets } : {}) };
  for (const name of names) {
    const result = ctx.service.screen({ ...base, name }, opts);
    countScreens(ctx, 'yente_match', [result]);
    for (const m of result.matches) {
      const prev = best.get(m.entityId);
      if (!prev || m.score > prev.score) best.set(m.entityId, m);
    }
  }
  return { matches: [...best.values()].sort((a, b) => b.score - a.score || a.entityId.localeCompare(b.entityId)), echo: { schema: schemaName, properties: props } };
}

function scored(ctx: ApiContext, m: Match, threshold: number, versions: Map<string, VersionInfo>) {
  const entity = ctx.service.current().index.entity(m.entityId) as Entity;
  const features: Record<string, number> = {};
  for (const f of m.explanation.features) features[f.feature] = Math.round(f.contribution * 10_000) / 10_000;
  return { ...toYenteEntity(entity, versions.get(entity.dataset)), score: m.score, match: m.score >= threshold, features, explanations: [m.explanation.summary] };
}

interface MatchQuerystring {
  threshold?: number;
  cutoff?: number;
  limit: number;
  algorithm: string;
  include_dataset?: string[];
  exclude_dataset?: string[];
  exclude_schema?: string[];
  exclude_entity_ids?: string[];
}

export function yenteRoutes(ctx: ApiContext) {
  return async (app: FastifyInstance): Promise<void> => {
    const datasetParam = { type: 'object', required: ['dataset'], properties: { dataset: { type: 'string', maxLength: 100, pattern: '^[A-Za-z0-9_.-]+$', description: '`default` (every list) or a dataset name.', examples: ['default'] } } } as const;

    app.post<{ Params: { dataset: string }; Querystring: MatchQuerystring; Body: { queries: Record<string, { id?: string; schema: string; properties: Record<string, unknown> }>; weights?: Record<string, number> } }>(
      '/match/:dataset',
      {
        config: { access: 'screener' },
        schema: {
          tags: ['yente'],
          summary: 'Query-by-example matching (yente compatible)',
          description:
            'The yente `/match` API: a batch of FollowTheMoney example entities keyed by your own ids, each answered with scored FtM entities. `match` is true when `score` ≥ `threshold`; `features` holds each feature\'s contribution to the score. Any yente algorithm name is accepted and answered by Vigil\'s algorithm.',
          params: datasetParam,
          querystring: {
            type: 'object',
            properties: {
              threshold: { type: 'number', minimum: 0, maximum: 1, description: `Default ${DEFAULT_THRESHOLD}.` },
              cutoff: { type: 'number', minimum: 0, maximum: 1, description: 'Lowest score returned at all (deprecated in yente).' },
              limit: { type: 'integer', minimum: 1, maximum: 500, default: 5 },
              algorithm: { type: 'string', enum: ALGORITHM_NAMES, default: 'best' },
              include_dataset: { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 50 },
              exclude_dataset: { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 50 },
              exclude_schema: { type: 'array', items: { type: 'string', maxLength: 50 }, maxItems: 20 },
              exclude_entity_ids: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 50 },
            },
          },
          body: {
            type: 'object',
            required: ['queries'],
            properties: {
              queries: { type: 'object', minProperties: 1, maxProperties: MAX_YENTE_BATCH, additionalProperties: EntityExampleSchema },
              weights: { type: 'object', additionalProperties: { type: 'number' } },
              config: { type: 'object' },
            },
            examples: [{ queries: { q1: { schema: 'Person', properties: { name: ['Kim Sang Man'], birthDate: ['1965-04-25'], nationality: ['kp'] } } } }],
          },
          response: {
            200: {
              type: 'object',
              required: ['responses', 'limit'],
              properties: {
                responses: {
                  type: 'object',
                  additionalProperties: {
                    type: 'object',
                    required: ['status', 'results', 'total', 'query'],
                    properties: {
                      status: { type: 'integer' },
                      results: { type: 'array', items: ScoredFtmEntitySchema },
                      total: TotalSchema,
                      query: { type: 'object', properties: { id: { type: 'string' }, schema: { type: 'string' }, properties: { type: 'object', additionalProperties: true } } },
                    },
                  },
                },
                matcher: { type: 'object', additionalProperties: { type: 'object', properties: { description: { type: 'string' }, coefficient: { type: 'number' }, url: { type: 'string' } } } },
                limit: { type: 'integer' },
                demo: { type: 'boolean' },
              },
            },
            ...yenteErrors,
          },
        },
      },
      async (request, reply) => {
        const { dataset } = request.params;
        const qs = request.query;
        let datasets = resolveDatasets(ctx, dataset);
        if (qs.include_dataset?.length) datasets = (datasets ?? qs.include_dataset).filter((d) => qs.include_dataset!.includes(d));
        const threshold = qs.threshold ?? DEFAULT_THRESHOLD;
        const cutoff = Math.min(qs.cutoff ?? 0, threshold);
        const versions = versionsByDataset(ctx);
        const excludedIds = new Set(qs.exclude_entity_ids ?? []);
        const excludedSchemas = new Set(qs.exclude_schema ?? []);
        const excludedDatasets = new Set(qs.exclude_dataset ?? []);
        const responses: Record<string, unknown> = {};
        for (const [key, example] of Object.entries(request.body.queries)) {
          const { matches, echo } = matchExample(ctx, key, example.schema, example.properties, threshold, qs.limit, datasets);
          const kept = matches.filter(
            (m) => m.score >= cutoff && !excludedIds.has(m.entityId) && !excludedDatasets.has(m.dataset) && !excludedSchemas.has(ftmSchema(m.schema)),
          );
          responses[key] = {
            status: 200,
            results: kept.slice(0, qs.limit).map((m) => scored(ctx, m, threshold, versions)),
            total: { value: kept.length, relation: 'eq' },
            query: { ...(example.id !== undefined ? { id: example.id } : {}), ...echo },
          };
        }
        void reply.header('x-batch-size', String(Object.keys(responses).length));
        return { responses, matcher: featureDocs(), limit: qs.limit, demo: ctx.service.status().demoOnly };
      },
    );

    app.get<{ Params: { dataset: string }; Querystring: { q: string; schema: string; countries?: string[]; datasets?: string[]; topics?: string[]; limit: number; offset: number; fuzzy: boolean } }>(
      '/search/:dataset',
      {
        config: { access: 'screener' },
        schema: {
          tags: ['yente'],
          summary: 'Simple text search (yente compatible)',
          params: datasetParam,
          querystring: {
            type: 'object',
            properties: {
              q: { type: 'string', maxLength: MAX_NAME_LENGTH, default: '' },
              schema: { type: 'string', maxLength: 50, default: 'Thing' },
              countries: { type: 'array', items: { type: 'string', maxLength: 60 }, maxItems: 20 },
              datasets: { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 50 },
              topics: { type: 'array', items: { type: 'string', maxLength: 50 }, maxItems: 20 },
              limit: { type: 'integer', minimum: 0, maximum: 500, default: 10 },
              offset: { type: 'integer', minimum: 0, maximum: 9_499, default: 0 },
              fuzzy: { type: 'boolean', default: false },
            },
          },
          response: {
            200: {
              type: 'object',
              required: ['results', 'total', 'limit', 'offset', 'facets'],
              properties: {
                results: { type: 'array', items: FtmEntitySchema },
                total: TotalSchema,
                limit: { type: 'integer' },
                offset: { type: 'integer' },
                facets: {
                  type: 'object',
                  additionalProperties: {
                    type: 'object',
                    properties: { label: { type: 'string' }, values: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, label: { type: 'string' }, count: { type: 'integer' } } } } },
                  },
                },
              },
            },
            ...yenteErrors,
          },
        },
      },
      async (request) => {
        const p = request.query;
        checkText('querystring.q', p.q);
        if (!isKnownFtmSchema(p.schema)) throw new ApiError(400, 'Invalid schema', { code: 'invalid_input', field: 'querystring.schema' });
        const scoped = resolveDatasets(ctx, request.params.dataset);
        const datasets = p.datasets?.length ? p.datasets.filter((d) => !scoped || scoped.includes(d)) : scoped;
        const schema = vigilSchema(p.schema);
        const countries = (p.countries ?? []).map((c) => c.toUpperCase());
        // Topics other than "sanction" select nothing here: every listed entity is a sanctions target.
        const topicsExcludeAll = (p.topics ?? []).length > 0 && !(p.topics ?? []).includes('sanction');
        const { total, hits, facets } =
          p.q.trim() === '' || topicsExcludeAll
            ? { total: 0, hits: [], facets: { datasets: {}, schemas: {}, countries: {} } }
            : searchEntities(ctx, {
                q: p.q,
                limit: p.limit,
                offset: p.offset,
                fuzzy: p.fuzzy,
                ...(datasets ? { datasets } : {}),
                ...(schema ? { schemas: [schema] } : {}),
                ...(countries.length ? { countries } : {}),
              });
        const versions = versionsByDataset(ctx);
        const facet = (label: string, counts: Record<string, number>, name: (k: string) => string) => ({
          label,
          values: Object.entries(counts)
            .sort((a, b) => b[1] - a[1])
            .map(([k, count]) => ({ name: k.toLowerCase(), label: name(k), count })),
        });
        return {
          results: hits.map((h) => toYenteEntity(h.entity, versions.get(h.entity.dataset))),
          total: { value: total, relation: 'eq' },
          limit: p.limit,
          offset: p.offset,
          facets: {
            countries: facet('Countries', facets.countries, (k) => countryName(k) ?? k),
            datasets: facet('Data sources', facets.datasets, (k) => k),
            topics: { label: 'Topics', values: total > 0 ? [{ name: 'sanction', label: 'Sanctioned entity', count: total }] : [] },
          },
        };
      },
    );

    app.get<{ Params: { id: string } }>(
      '/entities/:id',
      {
        config: { access: 'screener' },
        schema: {
          tags: ['yente'],
          summary: 'One entity as FtM (yente compatible)',
          params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 200, pattern: '^[A-Za-z0-9_.-]+:\\S+$' } } },
          response: { 200: FtmEntitySchema, 404: yenteErrors[400] },
        },
      },
      async (request) => {
        const snapshot = snapshotOr503(ctx);
        const entity = snapshot.index.entity(request.params.id);
        if (!entity) throw notFound('No such entity!');
        return toYenteEntity(entity, versionsByDataset(ctx).get(entity.dataset));
      },
    );

    app.get(
      '/algorithms',
      {
        config: { access: 'public' },
        schema: {
          tags: ['yente'],
          summary: 'Scoring algorithms (yente compatible)',
          response: {
            200: {
              type: 'object',
              properties: {
                algorithms: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, description: { type: 'string' }, features: { type: 'object', additionalProperties: true } } } },
                default: { type: 'string' },
                best: { type: 'string' },
              },
            },
          },
        },
      },
      async () => ({
        algorithms: [{ name: ALGORITHM.name, description: `Vigil matching ${ALGORITHM.version}: token alignment across scripts, identifiers, dates, countries.`, features: featureDocs() }],
        default: ALGORITHM.name,
        best: ALGORITHM.name,
      }),
    );
  };
}

