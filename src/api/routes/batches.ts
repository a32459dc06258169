import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ScreenOptions } from '../../match/types.js';
import type { BatchJob, ItemFilter } from '../../store/jobs.js';
import { csvExport, jsonExport, xlsxExport } from '../batch/export.js';
import { parseUpload } from '../batch/parse.js';
import { demoFields, snapshotOr503, type ApiContext } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { toScreenQuery, type ApiQuery } from '../queries.js';
import { ScreenQuerySchema, ScreenResultSchema, component, demoProperties, errorResponses, screenOptionsProperties } from '../schemas.js';
import { findTextIssue } from '../text-guard.js';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const JobSchema = component('BatchJob', {
  type: 'object',
  required: ['id', 'status', 'total', 'done', 'alerts', 'createdAt'],
  properties: {
    id: { type: 'string' },
    label: { type: ['string', 'null'] },
    status: { type: 'string', enum: ['queued', 'running', 'done', 'failed', 'cancelled'] },
    total: { type: 'integer' },
    done: { type: 'integer' },
    alerts: { type: 'integer' },
    progress: { type: 'number', description: 'done / total, 0..1.' },
    options: { type: 'object', properties: screenOptionsProperties },
    createdAt: { type: 'string' },
    startedAt: { type: ['string', 'null'] },
    finishedAt: { type: ['string', 'null'] },
    error: { type: ['string', 'null'] },
  },
} as const);

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } } as const;

const filterQuery = {
  alertsOnly: { type: 'boolean', default: false },
  dataset: { type: 'string', maxLength: 100, description: 'Only queries with a match from this dataset.' },
  minScore: { type: 'number', minimum: 0, maximum: 1, description: 'Only queries whose best match scores at least this.' },
} as const;

const jsonBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['queries'],
  properties: {
    label: { type: 'string', maxLength: 200 },
    queries: { type: 'array', minItems: 1, items: ScreenQuerySchema },
    ...screenOptionsProperties,
  },
} as const;

const view = (job: BatchJob) => ({ ...job, progress: job.total === 0 ? 1 : Math.round((job.done / job.total) * 10_000) / 10_000 });

/** Keys see their own jobs; admins (and the local user with auth off) see every job. */
function ownerOf(request: FastifyRequest): string | null {
  return request.apiKey && request.apiKey.role !== 'admin' ? request.apiKey.id : null;
}

function jobOr404(ctx: ApiContext, request: FastifyRequest, id: string): BatchJob {
  const job = ctx.jobs.get(id);
  const owner = ownerOf(request);
  if (!job || (owner !== null && job.owner !== owner)) throw notFound(`no batch job ${id}`);
  return job;
}

function screenOptions(o: { threshold?: number; limit?: number; datasets?: string[] }): ScreenOptions {
  return {
    ...(o.threshold !== undefined ? { threshold: o.threshold } : {}),
    ...(o.limit !== undefined ? { limit: o.limit } : {}),
    ...(o.datasets?.length ? { datasets: o.datasets } : {}),
  };
}

const numberField = (value: string | undefined, field: string, min: number, max: number): number | undefined => {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw badRequest(field, `must be a number from ${min} to ${max}`);
  return n;
};

export function batchRoutes(ctx: ApiContext) {
  const maxRows = ctx.config.maxBatchJobRows;
  return async (app: FastifyInstance): Promise<void> => {
    app.post(
      '/v1/batches',
      {
        config: { access: 'screener' },
        bodyLimit: MAX_UPLOAD_BYTES,
        schema: {
          tags: ['batches'],
          summary: 'Start a batch screening job',
          description: `Upload a CSV, XLSX (first sheet) or JSONL file as multipart/form-data field \`file\` (optional fields \`threshold\`, \`limit\`, \`datasets\` comma-separated, \`label\`), or send JSON \`{queries:[…]}\`. CSV and XLSX need a header row: name (required), schema, birth_date, country (several separated by ;), gender, id, and any identifier type as a column (passport, national_id, imo, crypto…). Up to ${maxRows} rows. The job runs in the background and survives reloads and restarts; poll GET /v1/batches/{id}.`,
          consumes: ['multipart/form-data', 'application/json'],
          response: { 202: JobSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        snapshotOr503(ctx);
        let queries;
        let options: ScreenOptions;
        let label: string | null = null;
        if (request.isMultipart()) {
          const file = await request.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 10_000 } });
          if (!file) throw badRequest('body.file', 'is required (multipart field "file")');
          const data = await file.toBuffer();
          const field = (name: string): string | undefined => {
            const f = file.fields[name];
            const v = f && !Array.isArray(f) && 'value' in f ? f.value : undefined;
            return typeof v === 'string' ? v : undefined;
          };
          const datasets = field('datasets')?.split(',').map((d) => d.trim()).filter(Boolean);
          options = screenOptions({
            threshold: numberField(field('threshold'), 'body.threshold', 0, 1),
            limit: numberField(field('limit'), 'body.limit', 1, 100),
            datasets,
          });
          label = field('label')?.slice(0, 200) ?? file.filename.slice(0, 200);
          const issue = findTextIssue([label, ...(datasets ?? [])], 'body');
          if (issue) throw badRequest(issue.field, issue.problem);
          queries = (await parseUpload(file.filename, data, maxRows)).queries;
        } else {
          const body = request.body;
          const validate = request.compileValidationSchema(jsonBodySchema);
          if (!validate(body)) {
            const e = validate.errors?.[0];
            const path = `body${(e?.instancePath ?? '').replace(/\//g, '.')}`;
            const missing = e?.keyword === 'required' ? `.${String((e.params as { missingProperty?: string }).missingProperty)}` : '';
            throw badRequest(`${path}${missing}`, missing ? 'is required' : (e?.message ?? 'is invalid'));
          }
          const b = body as { label?: string; queries: ApiQuery[]; threshold?: number; limit?: number; datasets?: string[] };
          if (b.queries.length > maxRows) throw badRequest('body.queries', `must have at most ${maxRows} items`);
          queries = b.queries.map((q, i) => toScreenQuery(q, `body.queries.${i}`));
          options = screenOptions(b);
          label = b.label ?? null;
        }
        const job = ctx.jobs.create(queries, options, request.apiKey?.id === 'local' ? null : (request.apiKey?.id ?? null), label);
        request.log.info({ job: job.id, rows: job.total }, 'batch job created');
        ctx.runner.kick();
        return reply.status(202).header('location', `/v1/batches/${job.id}`).send(view(job));
      },
    );

    app.get(
      '/v1/batches',
      {
        config: { access: 'screener' },
        schema: { tags: ['batches'], summary: 'Recent batch jobs of this key', response: { 200: { type: 'object', properties: { jobs: { type: 'array', items: JobSchema } } }, ...errorResponses } },
      },
      async (request) => ({ jobs: ctx.jobs.list(ownerOf(request)).map(view) }),
    );

    app.get<{ Params: { id: string } }>(
      '/v1/batches/:id',
      { config: { access: 'screener' }, schema: { tags: ['batches'], summary: 'Status and progress of a job', params: idParams, response: { 200: JobSchema, ...errorResponses } } },
      async (request) => view(jobOr404(ctx, request, request.params.id)),
    );

    app.delete<{ Params: { id: string } }>(
      '/v1/batches/:id',
      {
        config: { access: 'screener' },
        schema: { tags: ['batches'], summary: 'Cancel a running job, or delete a finished one with its results', params: idParams, response: { 200: JobSchema, 204: { type: 'null' }, ...errorResponses } },
      },
      async (request, reply) => {
        const job = jobOr404(ctx, request, request.params.id);
        if (job.status === 'queued' || job.status === 'running') {
          ctx.runner.cancel(job.id);
          if (job.status === 'queued') ctx.jobs.setStatus(job.id, 'cancelled');
          return view(ctx.jobs.get(job.id)!);
        }
        ctx.jobs.delete(job.id);
        return reply.status(204).send();
      },
    );

    app.get<{ Params: { id: string }; Querystring: ItemFilter & { limit: number; offset: number } }>(
      '/v1/batches/:id/results',
      {
        config: { access: 'screener' },
        schema: {
          tags: ['batches'],
          summary: 'Results of a job so far, filtered and paged',
          params: idParams,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { ...filterQuery, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, offset: { type: 'integer', minimum: 0, default: 0 } },
          },
          response: {
            200: {
              type: 'object',
              required: ['job', 'total', 'limit', 'offset', 'items'],
              properties: {
                job: JobSchema,
                total: { type: 'integer' },
                limit: { type: 'integer' },
                offset: { type: 'integer' },
                items: {
                  type: 'array',
                  items: { type: 'object', properties: { row: { type: 'integer' }, query: ScreenQuerySchema, result: ScreenResultSchema } },
                },
                ...demoProperties,
              },
            },
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const job = jobOr404(ctx, request, request.params.id);
        const { limit, offset, ...filter } = request.query;
        return {
          job: view(job),
          total: ctx.jobs.countItems(job.id, filter),
          limit,
          offset,
          items: ctx.jobs.items(job.id, filter, limit, offset).map((i) => ({ row: i.index + 1, query: i.query, ...(i.result ? { result: i.result } : {}) })),
          ...demoFields(ctx),
        };
      },
    );

    app.get<{ Params: { id: string }; Querystring: ItemFilter & { format: 'csv' | 'xlsx' | 'json' } }>(
      '/v1/batches/:id/export',
      {
        config: { access: 'screener' },
        schema: {
          tags: ['batches'],
          summary: 'Download the results',
          description: 'CSV and XLSX have one row per match (or one per query without matches), JSON one object per query. Cells that a spreadsheet would run as formulas are prefixed with a quote.',
          params: idParams,
          querystring: { type: 'object', additionalProperties: false, properties: { format: { type: 'string', enum: ['csv', 'xlsx', 'json'], default: 'csv' }, ...filterQuery } },
        },
      },
      async (request, reply) => {
        const job = jobOr404(ctx, request, request.params.id);
        const { format, ...filter } = request.query;
        const items = ctx.jobs.iterateItems(job.id, filter);
        const base = `vigil-batch-${job.id.slice(0, 8)}`;
        if (format === 'xlsx') {
          void reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename="${base}.xlsx"`);
          return reply.send(xlsxExport(items));
        }
        if (format === 'json') {
          void reply.type('application/json; charset=utf-8').header('content-disposition', `attachment; filename="${base}.json"`);
          return reply.send(jsonExport(items));
        }
        void reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${base}.csv"`);
        return reply.send(csvExport(items));
      },
    );
  };
}

