import type { FastifyInstance } from 'fastify';
import type { Role } from '../../store/types.js';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { component, errorResponses, REFRESH_STATE_PROPERTIES } from '../schemas.js';

const KeySchema = component('ApiKey', {
  type: 'object',
  required: ['id', 'role', 'createdAt', 'revoked'],
  properties: { id: { type: 'string' }, role: { type: 'string' }, label: { type: ['string', 'null'] }, createdAt: { type: 'string' }, revoked: { type: 'boolean' } },
} as const);

const RefreshStateSchema = component('RefreshState', {
  type: 'object',
  properties: {
    started: { type: 'boolean', description: 'False when a refresh was already running (this request joined it).' },
    ...REFRESH_STATE_PROPERTIES,
  },
} as const);

export function adminRoutes(ctx: ApiContext) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post<{ Body: { datasets?: string[]; force?: boolean } | undefined }>(
      '/v1/admin/update',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['admin'],
          summary: 'Refresh the lists now',
          description:
            'Starts what the scheduled refresh does (download or read VIGIL_LISTS_DIR, import what changed, swap the index) and returns at once with 202; follow progress with GET /v1/admin/update or /readyz. Queries keep being answered throughout.',
          body: {
            type: 'object',
            additionalProperties: false,
            properties: {
              datasets: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 100 } },
              force: { type: 'boolean', description: 'Re-import even when unchanged.' },
            },
          },
          response: { 202: RefreshStateSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { started } = ctx.refresher.run({ datasets: request.body?.datasets, force: request.body?.force });
        request.log.info({ started }, 'list refresh requested');
        return reply.status(202).send({ started, ...ctx.refresher.state });
      },
    );

    app.get(
      '/v1/admin/update',
      { config: { access: 'admin' }, schema: { tags: ['admin'], summary: 'State of the list refresh', response: { 200: RefreshStateSchema, ...errorResponses } } },
      async () => ctx.refresher.state,
    );

    app.get(
      '/v1/admin/keys',
      {
        config: { access: 'admin' },
        schema: { tags: ['admin'], summary: 'API keys (never the secrets)', response: { 200: { type: 'object', properties: { keys: { type: 'array', items: KeySchema } } }, ...errorResponses } },
      },
      async () => ({ keys: await ctx.store.listApiKeys() }),
    );

    app.post<{ Body: { role: Role; label?: string } }>(
      '/v1/admin/keys',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['admin'],
          summary: 'Create an API key',
          description: 'The key is shown once, in this response; only its hash is stored.',
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['role'],
            properties: { role: { type: 'string', enum: ['screener', 'analyst', 'admin'] }, label: { type: 'string', maxLength: 200 } },
          },
          response: { 201: { type: 'object', required: ['key', 'info'], properties: { key: { type: 'string' }, info: KeySchema } }, ...errorResponses },
        },
      },
      async (request, reply) => {
        const created = await ctx.store.createApiKey(request.body.role, request.body.label);
        request.log.info({ keyId: created.info.id, role: created.info.role }, 'API key created');
        return reply.status(201).send(created);
      },
    );

    app.delete<{ Params: { id: string } }>(
      '/v1/admin/keys/:id',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['admin'],
          summary: 'Revoke an API key',
          params: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[0-9a-f]{12}$' } } },
          response: { 204: { type: 'null' }, ...errorResponses },
        },
      },
      async (request, reply) => {
        if (!(await ctx.store.revokeApiKey(request.params.id))) throw notFound(`no active key ${request.params.id}`);
        app.forgetApiKeys();
        request.log.info({ keyId: request.params.id }, 'API key revoked');
        return reply.status(204).send();
      },
    );
  };
}
