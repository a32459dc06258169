import { STATUS_CODES } from 'node:http';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { componentName } from './schemas.js';

/**
 * Builds the OpenAPI 3.1 document from the routes as registered: the same schemas that validate
 * requests and serialise responses, so the document cannot drift from the behaviour.
 */
declare module 'fastify' {
  interface FastifySchema {
    tags?: string[];
    summary?: string;
    description?: string;
    consumes?: string[];
  }
}

interface RouteSchema {
  tags?: string[];
  summary?: string;
  description?: string;
  consumes?: string[];
  params?: JsonSchema;
  querystring?: JsonSchema;
  body?: JsonSchema;
  response?: Record<string, JsonSchema>;
}

type JsonSchema = { [k: string]: unknown };

interface CollectedRoute {
  methods: string[];
  url: string;
  schema: RouteSchema;
  access: string;
}

export class OpenApiCollector {
  private readonly routes: CollectedRoute[] = [];

  attach(app: FastifyInstance): void {
    app.addHook('onRoute', (route: RouteOptions) => {
      const schema = route.schema as RouteSchema | undefined;
      if (!schema || (route.config as { hide?: boolean } | undefined)?.hide) return;
      const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
      if (methods.length === 0) return;
      this.routes.push({ methods, url: route.url, schema, access: (route.config as { access?: string } | undefined)?.access ?? 'public' });
    });
  }

  document(info: { title: string; version: string; description: string }): JsonSchema {
    const components: Record<string, JsonSchema> = {};
    const convert = (schema: unknown): unknown => {
      if (Array.isArray(schema)) return schema.map(convert);
      if (schema === null || typeof schema !== 'object') return schema;
      const name = componentName(schema);
      if (name) {
        if (!(name in components)) {
          components[name] = {};
          components[name] = convertPlain(schema as JsonSchema);
        }
        return { $ref: `#/components/schemas/${name}` };
      }
      return convertPlain(schema as JsonSchema);
    };
    const convertPlain = (schema: JsonSchema): JsonSchema => Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, convert(v)]));

    const paths: Record<string, Record<string, unknown>> = {};
    for (const route of this.routes) {
      const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const s = route.schema;
      const parameters: unknown[] = [];
      for (const [where, schema] of [
        ['path', s.params],
        ['query', s.querystring],
      ] as const) {
        const props = (schema?.properties ?? {}) as Record<string, JsonSchema>;
        const required = new Set((schema?.required ?? []) as string[]);
        for (const [name, p] of Object.entries(props)) {
          const examples = p.examples as unknown[] | undefined;
          parameters.push({
            name,
            in: where,
            required: where === 'path' || required.has(name),
            ...(p.description ? { description: p.description } : {}),
            ...(p.type === 'array' ? { style: 'form', explode: true } : {}),
            schema: convert(p),
            ...(examples?.length ? { example: examples[0] } : {}),
          });
        }
      }
      const responses: Record<string, unknown> = {};
      for (const [status, schema] of Object.entries(s.response ?? {})) {
        const code = Number(status);
        responses[status] = {
          description: STATUS_CODES[code] ?? status,
          ...(schema.type === 'null' ? {} : { content: { 'application/json': { schema: convert(schema) } } }),
        };
      }
      if (Object.keys(responses).length === 0) responses['200'] = { description: 'OK' };
      let requestBody: unknown;
      if (s.body) {
        const examples = s.body.examples as unknown[] | undefined;
        requestBody = {
          required: true,
          content: { 'application/json': { schema: convert(s.body), ...(examples?.length ? { example: examples[0] } : {}) } },
        };
      } else if (s.consumes?.includes('multipart/form-data')) {
        requestBody = {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: { type: 'string', format: 'binary', description: 'CSV, XLSX or JSONL.' },
                  threshold: { type: 'number' },
                  limit: { type: 'integer' },
                  datasets: { type: 'string', description: 'Comma-separated dataset names.' },
                  label: { type: 'string' },
                },
              },
            },
            'application/json': { schema: { type: 'object', required: ['queries'], properties: { queries: { type: 'array', items: { $ref: '#/components/schemas/ScreenQuery' } } } } },
          },
        };
      }
      for (const method of route.methods) {
        (paths[path] ??= {})[method.toLowerCase()] = {
          ...(s.tags ? { tags: s.tags } : {}),
          ...(s.summary ? { summary: s.summary } : {}),
          ...(s.description ? { description: s.description } : {}),
          operationId: `${method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
          ...(parameters.length ? { parameters } : {}),
          ...(requestBody ? { requestBody } : {}),
          responses,
          security: route.access === 'public' ? [] : [{ bearerAuth: [] }],
          'x-required-role': route.access,
        };
      }
    }
    return {
      openapi: '3.1.0',
      info,
      servers: [{ url: '/' }],
      paths,
      components: {
        schemas: components,
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key from `vigil keys create --role screener|analyst|admin`. Roles: screener < analyst < admin.' },
        },
      },
      tags: [
        { name: 'screening', description: 'Screen names against the lists, compare two records.' },
        { name: 'lists', description: 'Entities, datasets, versions and changes (analyst role).' },
        { name: 'batches', description: 'Background screening of uploaded files.' },
        { name: 'yente', description: 'Endpoints compatible with the OpenSanctions yente API.' },
        { name: 'admin', description: 'List refresh and API keys (admin role).' },
        { name: 'operations', description: 'Health, readiness and metrics (no key needed).' },
      ],
    };
  }
}
