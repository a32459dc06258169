import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { DOCS_PAGE, HOME_PAGE } from '../docs-page.js';
import type { OpenApiCollector } from '../openapi.js';

/** Paths the web UI must never shadow: an unknown API path stays a JSON 404. */
const API_PREFIXES = ['/v1/', '/match/', '/search/', '/entities/', '/algorithms', '/healthz', '/readyz', '/metrics', '/openapi.json', '/docs'];

export const hasWebUi = (webDist: string): boolean => existsSync(resolve(webDist, 'index.html'));

/**
 * Serves the built web UI from `/`. Client-side routes (/batches/123) get the app shell when a
 * browser asks for HTML; anything else unknown stays a JSON 404.
 */
export async function registerWebUi(app: FastifyInstance, webDist: string): Promise<boolean> {
  if (!hasWebUi(webDist)) return false;
  await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  return true;
}

export function wantsAppShell(method: string, url: string, accept: string | undefined): boolean {
  const path = url.split('?')[0]!;
  return method === 'GET' && !API_PREFIXES.some((p) => path.startsWith(p)) && (accept ?? '').includes('text/html');
}

/** `webDist` is required: a default of its own would disagree with config.webDist, and both would claim `/`. */
export function pageRoutes(collector: OpenApiCollector, version: string, webDist: string) {
  return async (app: FastifyInstance): Promise<void> => {
    let document: unknown;
    app.get('/openapi.json', { config: { access: 'public' } }, async () => {
      document ??= collector.document({
        title: 'Vigil',
        version,
        description:
          'Sanctions screening: official lists, cross-script name matching, explained matches. Send an API key as `Authorization: Bearer <key>`; roles are screener < analyst < admin. Answers say `demo: true` when only the demo list is loaded.',
      });
      return document;
    });
    app.get('/docs', { config: { access: 'public' } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(DOCS_PAGE));

    if (!hasWebUi(webDist)) {
      app.get('/', { config: { access: 'public' } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(HOME_PAGE));
    }
  };
}
