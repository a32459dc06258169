import type { FastifyInstance } from 'fastify';
import { SCHEMAS, type Schema } from '../../model/entity.js';
import { demoFields, type ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { resolveCountries } from '../queries.js';
import { searchEntities } from '../search.js';
import { CrossListGroupSchema, ENTITY_REF_PROPERTIES, EntitySchema, RelatedSchema, VersionSchema, demoProperties, errorResponses } from '../schemas.js';

export const ENTITY_ID_PATTERN = '^[A-Za-z0-9_.-]+:\\S+$';

export function entityRoutes(ctx: ApiContext) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get<{ Params: { id: string } }>(
      '/v1/entities/:id',
      {
        config: { access: 'analyst' },
        schema: {
          tags: ['lists'],
          summary: 'One listed entity in full',
          description: 'The entity from the current version of its dataset, its relationships in both directions (entities it names and entities naming it), the dataset version it came from, and its cross-list group (the same target on other lists).',
          params: {
            type: 'object',
            required: ['id'],
            properties: { id: { type: 'string', maxLength: 200, pattern: ENTITY_ID_PATTERN, description: 'Entity id `<dataset>:<source id>`.', examples: ['us_ofac_sdn:43377'] } },
          },
          response: {
            200: {
              type: 'object',
              required: ['entity', 'version', 'related', 'demo'],
              properties: {
                entity: EntitySchema,
                version: VersionSchema,
                related: { type: 'array', items: RelatedSchema },
                crossList: { ...CrossListGroupSchema, nullable: true, description: 'The same target on other lists, each link explained; null when no other list carries it.' },
                ...demoProperties,
              },
            },
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const found = await ctx.store.getEntity(request.params.id);
        if (!found) throw notFound(`no entity ${request.params.id} in the current lists`);
        return { ...found, crossList: ctx.service.crossListOf(request.params.id) ?? null, ...demoFields(ctx) };
      },
    );

    app.get<{ Querystring: { q: string; dataset?: string; schema?: Schema; program?: string; country?: string; limit: number; offset: number; fuzzy: boolean } }>(
      '/v1/search',
      {
        config: { access: 'screener' },
        schema: {
          tags: ['lists'],
          summary: 'Search names and identifiers',
          description:
            'Every word of `q` must start a word of one of the entity\'s names, or `q` must equal one of its identifiers (passport, wallet, IMO...). With `fuzzy` (default) screening hits are merged in too: spelling variants, transliterations, other scripts. Results are ranked, filtered and paged; `total` counts every hit.',
          querystring: {
            type: 'object',
            required: ['q'],
            additionalProperties: false,
            properties: {
              q: { type: 'string', minLength: 1, maxLength: 500, examples: ['Kim Sang'] },
              dataset: { type: 'string', maxLength: 100 },
              schema: { type: 'string', enum: [...SCHEMAS] },
              program: { type: 'string', maxLength: 100, examples: ['DPRK4'] },
              country: { type: 'string', maxLength: 60, description: 'ISO 3166-1 alpha-2 code or country name.' },
              limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
              offset: { type: 'integer', minimum: 0, maximum: 10_000, default: 0 },
              fuzzy: { type: 'boolean', default: true },
            },
          },
          response: {
            200: {
              type: 'object',
              required: ['total', 'limit', 'offset', 'results', 'demo'],
              properties: {
                total: { type: 'integer' },
                limit: { type: 'integer' },
                offset: { type: 'integer' },
                results: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['entityId', 'dataset', 'caption', 'schema', 'score', 'matchedName', 'via'],
                    properties: {
                      ...ENTITY_REF_PROPERTIES,
                      score: { type: 'number' },
                      matchedName: { type: 'string' },
                      via: { type: 'string', enum: ['name', 'identifier', 'fuzzy'] },
                      programs: { type: 'array', items: { type: 'string' } },
                      countries: { type: 'array', items: { type: 'string' } },
                    },
                  },
                },
                facets: {
                  type: 'object',
                  properties: {
                    datasets: { type: 'object', additionalProperties: { type: 'integer' } },
                    schemas: { type: 'object', additionalProperties: { type: 'integer' } },
                    countries: { type: 'object', additionalProperties: { type: 'integer' } },
                  },
                },
                ...demoProperties,
              },
            },
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const p = request.query;
        const { total, hits, facets } = searchEntities(ctx, {
          q: p.q,
          limit: p.limit,
          offset: p.offset,
          fuzzy: p.fuzzy,
          ...(p.dataset ? { datasets: [p.dataset] } : {}),
          ...(p.schema ? { schemas: [p.schema] } : {}),
          ...(p.program ? { program: p.program } : {}),
          ...(p.country ? { countries: resolveCountries([p.country], 'querystring.country') } : {}),
        });
        return {
          total,
          limit: p.limit,
          offset: p.offset,
          results: hits.map((h) => ({
            entityId: h.entity.id,
            dataset: h.entity.dataset,
            caption: h.entity.caption,
            schema: h.entity.schema,
            score: h.score,
            matchedName: h.matchedName,
            via: h.via,
            programs: h.entity.programs ?? [],
            countries: [...new Set((h.entity.countries ?? []).map((c) => c.code).filter((c): c is string => !!c))],
          })),
          facets,
          ...demoFields(ctx),
        };
      },
    );
  };
}
