import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';

/** An error whose message is safe and useful to show the caller. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly options: { code?: string; field?: string; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }
}

export const badRequest = (field: string, message: string): ApiError => new ApiError(400, `${field} ${message}`, { code: 'invalid_input', field });
export const notFound = (message: string): ApiError => new ApiError(404, message, { code: 'not_found' });

interface ErrorBody {
  statusCode: number;
  error: string;
  code: string;
  message: string;
  field?: string;
  detail: string;
}

function body(statusCode: number, code: string, message: string, field?: string): ErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', code, message, ...(field ? { field } : {}), detail: message };
}

/** "body/query/name" + "must NOT have more than 500 characters" → field "body.query.name". */
function validationBody(error: FastifyError): ErrorBody {
  const first = error.validation?.[0];
  const context = error.validationContext ?? 'body';
  let path = first?.instancePath ? `${context}${first.instancePath.replace(/\//g, '.')}` : context;
  let message = first?.message ?? error.message;
  const params = (first?.params ?? {}) as Record<string, unknown>;
  if (first?.keyword === 'required' && typeof params.missingProperty === 'string') {
    path = `${path}.${params.missingProperty}`;
    message = 'is required';
  } else if (first?.keyword === 'additionalProperty' || first?.keyword === 'additionalProperties') {
    path = `${path}.${String(params.additionalProperty)}`;
    message = 'is not a known field';
  } else if (first?.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    message = `must be one of: ${params.allowedValues.join(', ')}`;
  }
  return body(400, 'invalid_input', `${path} ${message}`, path);
}

/** Fastify's own 4xx codes (bad JSON, wrong content type, body too large...) keep their status with our body shape. */
export function errorHandler(error: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof ApiError) {
    for (const [k, v] of Object.entries(error.options.headers ?? {})) void reply.header(k, v);
    void reply.status(error.statusCode).send(body(error.statusCode, error.options.code ?? 'error', error.message, error.options.field));
    return;
  }
  if (error.validation) {
    void reply.status(400).send(validationBody(error));
    return;
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = status === 429 ? 'rate_limited' : (error.code ?? 'bad_request').toLowerCase();
    void reply.status(status).send(body(status, code, error.message));
    return;
  }
  // Internal details stay in the log; the stack never carries request bodies.
  request.log.error({ err: error, route: request.routeOptions.url }, 'request failed');
  void reply.status(500).send(body(500, 'internal', 'internal error; see the server log'));
}

/** `appShell` answers browser navigation to client-side routes of the web UI, when there is one. */
export function registerErrorHandling(app: FastifyInstance, appShell?: (request: FastifyRequest, reply: FastifyReply) => boolean): void {
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    if (appShell?.(request, reply)) return;
    void reply.status(404).send(body(404, 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`));
  });
}
