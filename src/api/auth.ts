import * as crypto from 'node:crypto';
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
 * otherwise run on every screen. A revoked key stops working within CACHE_MS. The cache is keyed
 * by the SHA-256 of the whole presented key, so no key is kept in memory after its request.
 */
const CACHE_MS = 30_000;
const CACHE_MAX = 10_000;

/** One-shot SHA-256 (crypto.hash, Node >= 20.12) is about three times cheaper than a Hash object per request. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'base64') => string }).hash;
const digestOf = oneShot ? (key: string): string => oneShot('sha256', key, 'base64') : (key: string): string => crypto.createHash('sha256').update(key).digest('base64');

function unauthorized(access: Access, key: string | undefined, info: ApiKeyInfo | undefined): ApiError | undefined {
  if (access === 'public') return undefined;
  if (!key) return new ApiError(401, 'an API key is required: send "Authorization: Bearer <key>" (create one with `vigil keys create --role screener`)', { code: 'unauthorized', headers: { 'www-authenticate': 'Bearer' } });
  if (!info) return new ApiError(401, 'the API key is unknown or revoked', { code: 'unauthorized', headers: { 'www-authenticate': 'Bearer error="invalid_token"' } });
  if (!roleAllows(info.role, access)) return new ApiError(403, `this endpoint needs the ${access} role; the key has the ${info.role} role`, { code: 'forbidden' });
  return undefined;
}

export function registerAuth(app: FastifyInstance, store: Store, enabled: boolean): void {
  const cache = new Map<string, { info: ApiKeyInfo | undefined; until: number }>();

  app.decorate('forgetApiKeys', () => cache.clear());

  // A callback hook, not an async one: a key found in the cache (nearly every request) is checked
  // without a promise; only a cache miss waits for the store.
  app.addHook('onRequest', (request, _reply, done) => {
    const access = request.routeOptions.config?.access ?? 'public';
    if (!enabled) {
      request.apiKey = LOCAL_KEY;
      done();
      return;
    }
    const key = presentedKey(request);
    if (!key) {
      done(unauthorized(access, key, undefined));
      return;
    }
    const digest = digestOf(key);
    const now = Date.now();
    const hit = cache.get(digest);
    if (hit && hit.until > now) {
      request.apiKey = hit.info;
      done(unauthorized(access, key, hit.info));
      return;
    }
    store.verifyApiKey(key).then(
      (info) => {
        if (cache.size >= CACHE_MAX) cache.clear();
        cache.set(digest, { info, until: now + CACHE_MS });
        request.apiKey = info;
        done(unauthorized(access, key, info));
      },
      (err: Error) => done(err),
    );
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    forgetApiKeys(): void;
  }
}
