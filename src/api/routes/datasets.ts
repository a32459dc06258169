import type { FastifyInstance } from 'fastify';
import { datasetInfo } from '../../sources/registry.js';
import type { VersionInfo } from '../../store/types.js';
import { DEMO_DATASET } from '../../service/demo.js';
import { demoFields, type ApiContext } from '../context.js';
import { ApiError, notFound } from '../errors.js';
import { VersionSchema, demoProperties, errorResponses } from '../schemas.js';

const DATASET_NAME = { type: 'string', maxLength: 100, pattern: '^[A-Za-z0-9_.-]+$' } as const;

export const ageHours = (iso: string, now = Date.now()): number => Math.round(((now - Date.parse(iso)) / 3_600_000) * 10) / 10;

async function versionsOr404(ctx: ApiContext, name: string): Promise<VersionInfo[]> {
  const versions = await ctx.store.versions(name);
  if (versions.length === 0) throw notFound(`no dataset "${name}" (see GET /v1/datasets)`);
  return versions;
}

export function datasetRoutes(ctx: ApiContext) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/v1/datasets',
      {
        config: { access: 'analyst' },
        schema: {
          tags: ['lists'],
          summary: 'The datasets and their current versions',
          response: {
            200: {
              type: 'object',
              required: ['datasets', 'demo'],
              properties: {
                datasets: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['name', 'versions', 'screened'],
                    properties: {
                      name: { type: 'string' },
                      title: { type: 'string' },
                      publisher: { type: 'string' },
                      licence: { type: 'string' },
                      homepage: { type: 'string' },
                      versions: { type: 'integer' },
                      screened: { type: 'boolean', description: 'Whether the loaded index screens against it (the demo list drops out once real lists are loaded).' },
                      current: VersionSchema,
                      ageHours: { type: 'number', description: 'Hours since the current version was imported.' },
                    },
                  },
                },
                ...demoProperties,
              },
            },
            ...errorResponses,
          },
        },
      },
      async () => {
        const screened = new Set(ctx.service.status().versions.map((v) => v.dataset));
        const current = new Map((await ctx.store.currentVersions()).map((v) => [v.dataset, v]));
        const datasets = [];
        for (const name of await ctx.store.datasets()) {
          const info = datasetInfo(name);
          const cur = current.get(name);
          datasets.push({
            name,
            ...(info ? { title: info.title, publisher: info.publisher, licence: info.licence, ...(info.homepage ? { homepage: info.homepage } : {}) } : {}),
            ...(name === DEMO_DATASET ? { title: 'DEMO list (hand-written, not official)' } : {}),
            versions: (await ctx.store.versions(name)).length,
            screened: screened.has(name),
            ...(cur ? { current: cur, ageHours: ageHours(cur.importedAt) } : {}),
          });
        }
        return { datasets, ...demoFields(ctx) };
      },
    );

    app.get<{ Params: { name: string } }>(
      '/v1/datasets/:name/versions',
      {
        config: { access: 'analyst' },
        schema: {
          tags: ['lists'],
          summary: 'Every imported version of a dataset',
          params: { type: 'object', required: ['name'], properties: { name: { ...DATASET_NAME, examples: ['us_ofac_sdn'] } } },
          response: {
            200: { type: 'object', required: ['dataset', 'versions'], properties: { dataset: { type: 'string' }, versions: { type: 'array', items: VersionSchema } } },
            ...errorResponses,
          },
        },
      },
      async (request) => ({ dataset: request.params.name, versions: await versionsOr404(ctx, request.params.name) }),
    );

    app.get<{ Params: { name: string }; Querystring: { from?: string; to?: string; kind?: 'added' | 'removed' | 'changed'; limit: number; offset: number } }>(
      '/v1/datasets/:name/changes',
      {
        config: { access: 'analyst' },
        schema: {
          tags: ['lists'],
          summary: 'What changed between two versions',
          description: 'Entities added, removed and changed (field by field) between `from` and `to`. Versions are given as `3`, `v3`, a publication date, `current` or `previous`; the default is previous → current.',
          params: { type: 'object', required: ['name'], properties: { name: DATASET_NAME } },
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              from: { type: 'string', maxLength: 40, examples: ['previous', 'v1', '2025-11-04'] },
              to: { type: 'string', maxLength: 40, examples: ['current'] },
              kind: { type: 'string', enum: ['added', 'removed', 'changed'] },
              limit: { type: 'integer', minimum: 1, maximum: 5000, default: 500 },
              offset: { type: 'integer', minimum: 0, default: 0 },
            },
          },
          response: {
            200: {
              type: 'object',
              required: ['dataset', 'from', 'to', 'added', 'removed', 'changed', 'total', 'changes'],
              properties: {
                dataset: { type: 'string' },
                from: VersionSchema,
                to: VersionSchema,
                added: { type: 'integer' },
                removed: { type: 'integer' },
                changed: { type: 'integer' },
                total: { type: 'integer', description: 'Changes matching `kind`, before paging.' },
                limit: { type: 'integer' },
                offset: { type: 'integer' },
                changes: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id', 'caption', 'kind'],
                    properties: {
                      id: { type: 'string' },
                      caption: { type: 'string' },
                      kind: { type: 'string' },
                      fields: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: { field: { type: 'string' }, added: { type: 'array', items: {} }, removed: { type: 'array', items: {} } },
                        },
                      },
                    },
                  },
                },
              },
            },
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { name } = request.params;
        const versions = await versionsOr404(ctx, name);
        const { from = 'previous', to = 'current', kind, limit, offset } = request.query;
        if (versions.length < 2) {
          throw notFound(`dataset "${name}" has only one version (v${versions[0]!.seq}): a diff needs two. Import a newer list with \`vigil update\` or \`vigil import\`.`);
        }
        const a = await ctx.store.findVersion(name, from);
        const b = await ctx.store.findVersion(name, to);
        const known = versions.map((v) => `v${v.seq}`).join(', ');
        if (!a) throw notFound(`dataset "${name}" has no version "${from}" (versions: ${known})`);
        if (!b) throw notFound(`dataset "${name}" has no version "${to}" (versions: ${known})`);
        if (a.id === b.id) throw new ApiError(400, `from and to are the same version (v${a.seq})`, { code: 'invalid_input', field: 'querystring.from' });
        const diff = await ctx.store.diff(name, a.id, b.id);
        const selected = kind ? diff.changes.filter((c) => c.kind === kind) : diff.changes;
        return { ...diff, total: selected.length, limit, offset, changes: selected.slice(offset, offset + limit) };
      },
    );
  };
}
