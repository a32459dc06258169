import type { FastifyInstance } from 'fastify';
import { presentedKey } from '../auth.js';
import type { ApiContext } from '../context.js';
import { ApiError } from '../errors.js';
import { component, errorResponses } from '../schemas.js';

const MeSchema = component('Me', {
  type: 'object',
  required: ['authEnabled', 'key'],
  properties: {
    authEnabled: { type: 'boolean', description: 'False when the server runs with VIGIL_AUTH=off: every caller has full (admin) access.' },
    key: {
      type: ['object', 'null'],
      description: 'The key sent with this request; null when none was sent or auth is off.',
      required: ['id', 'role', 'label'],
      properties: {
        id: { type: 'string' },
        role: { type: 'string', enum: ['screener', 'analyst', 'admin'] },
        label: { type: ['string', 'null'] },
      },
    },
  },
} as const);

export function meRoutes(ctx: ApiContext) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/v1/me',
      {
        // Public, so that a client can learn whether it needs a key at all before it has one.
        config: { access: 'public' },
        schema: {
          tags: ['operations'],
          summary: 'Who am I: whether auth is on, and the role of the key sent',
          description: 'Without a key: `key` is null (and `authEnabled` says whether one is needed). With a key: its id, role and label; an unknown or revoked key is a 401.',
          response: { 200: MeSchema, 401: errorResponses[401], 429: errorResponses[429] },
        },
      },
      async (request) => {
        if (ctx.config.authDisabled) return { authEnabled: false, key: null };
        // The auth hook verified any key sent, but lets public routes through without one.
        if (!presentedKey(request)) return { authEnabled: true, key: null };
        const info = request.apiKey;
        if (!info) throw new ApiError(401, 'the API key is unknown or revoked', { code: 'unauthorized', headers: { 'www-authenticate': 'Bearer error="invalid_token"' } });
        return { authEnabled: true, key: { id: info.id, role: info.role, label: info.label } };
      },
    );
  };
}
