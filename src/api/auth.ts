import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiKeyInfo, Role, Store } from '../store/types.js';
import { ApiError } from './errors.js';

/** Who may call a route: `public` needs no key; otherwise the least role that may. */
export type Access = Role | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    apiKey?: ApiKeyInfo;
  }
}

const RANK: Record<Role, number> = { screener: 1, analyst: 2, admin: 3 };

export function roleAllows(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/** With auth off (local development only) every caller acts as this key. */
const LOCAL_KEY: ApiKeyInfo = { id: 'local', role: 'admin', label: 'VIGIL_AUTH=off', createdAt: new Date(0).toISOString(), revoked: false };

/** yente clients send `ApiKey <key>` (the OpenSanctions convention); everything else sends Bearer. */
export function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const m = /^(?:Bearer|ApiKey)\s+(\S+)\s*$/i.exec(header);
  return m?.[1];
}

/**
 * Verified keys are cached briefly: verification is a SQLite read plus a hash, which would
 * otherwise run on every screen. A revoked key stops working within CACHE_MS.
 */
const CACHE_MS = 30_000;
const CACHE_MAX = 10_000;

export function registerAuth(app: FastifyInstance, store: Store, enabled: boolean): void {
  const cache = new Map<string, { info: ApiKeyInfo | undefined; until: number }>();

  async function verify(key: string): Promise<ApiKeyInfo | undefined> {
    const digest = createHash('sha256').update(key).digest('base64');
    const now = Date.now();
    const hit = cache.get(digest);
    if (hit && hit.until > now) return hit.info;
    const info = await store.verifyApiKey(key);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(digest, { info, until: now + CACHE_MS });
    return info;
  }

  app.decorate('forgetApiKeys', () => cache.clear());

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access ?? 'public';
    if (!enabled) {
      request.apiKey = LOCAL_KEY;
      return;
    }
    const key = presentedKey(request);
    if (key) request.apiKey = await verify(key);
    if (access === 'public') return;
    if (!key) throw new ApiError(401, 'an API key is required: send "Authorization: Bearer <key>" (create one with `vigil keys create --role screener`)', { code: 'unauthorized', headers: { 'www-authenticate': 'Bearer' } });
    if (!request.apiKey) throw new ApiError(401, 'the API key is unknown or revoked', { code: 'unauthorized', headers: { 'www-authenticate': 'Bearer error="invalid_token"' } });
    if (!roleAllows(request.apiKey.role, access)) {
      throw new ApiError(403, `this endpoint needs the ${access} role; the key has the ${request.apiKey.role} role`, { code: 'forbidden' });
    }
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    forgetApiKeys(): void;
  }
}
