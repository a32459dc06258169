import type { FastifyInstance } from 'fastify';
import { extractText, formatOf, UnsupportedFormatError } from '../../scan/extract.js';
import { scanText } from '../../scan/scan.js';
import { scanIndexFor } from '../../scan/snapshot.js';
import type { ScanResult } from '../../scan/types.js';
import { demoFields, snapshotOr503, type ApiContext } from '../context.js';
import { ApiError, badRequest } from '../errors.js';
import { ENTITY_REF_PROPERTIES, demoProperties, errorResponses } from '../schemas.js';
import { textProblem } from '../text-guard.js';

/** Text sent as JSON: about a 400-page report. Uploads may be larger, their extracted text is held to the same bound. */
export const MAX_SCAN_CHARS = 2 * 1024 * 1024;
export const MAX_SCAN_UPLOAD_BYTES = 20 * 1024 * 1024;

const EXTRACTED_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const MentionSchema = {
  type: 'object',
  required: ['start', 'end', 'text', 'entityId', 'caption', 'dataset', 'schema', 'score', 'kind', 'explanation'],
  properties: {
    start: { type: 'integer', description: 'UTF-16 offset into the scanned text (JavaScript string index).' },
    end: { type: 'integer' },
    text: { type: 'string' },
    ...ENTITY_REF_PROPERTIES,
    score: { type: 'number' },
    kind: { type: 'string', enum: ['name', 'identifier'] },
    matched: { type: 'string', description: 'The listed name or identifier found.' },
    explanation: { type: 'string' },
  },
} as const;

const EntitySchema = {
  type: 'object',
  required: ['entityId', 'caption', 'dataset', 'score', 'mentions'],
  properties: {
    ...ENTITY_REF_PROPERTIES,
    score: { type: 'number' },
    mentions: { type: 'integer' },
  },
} as const;

function fieldValue(fields: Record<string, unknown>, name: string): string | undefined {
  const f = fields[name] as { value?: unknown } | undefined;
  return f && !Array.isArray(f) && typeof f.value === 'string' ? f.value : undefined;
}

function numberOr400(raw: string | undefined, field: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw badRequest(field, 'must be a number between 0 and 1');
  return n;
}

export function scanRoutes(ctx: ApiContext) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post<{ Body: { text: string; threshold?: number; datasets?: string[] } }>(
      '/v1/scan',
      {
        config: { access: 'screener' },
        bodyLimit: MAX_SCAN_UPLOAD_BYTES + 64 * 1024,
        schema: {
          tags: ['screening'],
          summary: 'Find listed parties and identifiers inside a document',
          description: `Send JSON \`{text}\` (up to ${MAX_SCAN_CHARS} characters) or upload a .txt, .md, .html, .pdf or .docx file as multipart/form-data field \`file\` (up to ${MAX_SCAN_UPLOAD_BYTES} bytes; optional fields \`threshold\` and \`datasets\`, comma-separated). Every mention carries offsets into the (extracted) text, the entity, a score and an explanation; \`entities\` groups them. For uploads the answer includes the extracted \`text\`.`,
          consumes: ['application/json', 'multipart/form-data'],
          response: {
            200: {
              type: 'object',
              required: ['mentions', 'entities', 'demo'],
              properties: {
                mentions: { type: 'array', items: MentionSchema },
                entities: { type: 'array', items: EntitySchema },
                chars: { type: 'integer' },
                text: { type: 'string', description: 'Uploads only: the text extracted from the file, which the mention offsets index (JSON requests already hold it).' },
                ...demoProperties,
              },
            },
            ...errorResponses,
            413: errorResponses[400],
            415: errorResponses[400],
          },
        },
      },
      async (request) => {
        const snapshot = snapshotOr503(ctx);
        let text: string;
        let extracted = false;
        let threshold: number | undefined;
        let datasets: string[] | undefined;
        if (request.isMultipart()) {
          const file = await request.file({ limits: { fileSize: MAX_SCAN_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 10_000 } });
          if (!file) throw badRequest('body.file', 'is required (multipart field "file")');
          const bytes = await file.toBuffer();
          threshold = numberOr400(fieldValue(file.fields, 'threshold'), 'body.threshold');
          datasets = fieldValue(file.fields, 'datasets')?.split(',').map((d) => d.trim()).filter(Boolean);
          try {
            // Extracted text carries form feeds and other control characters: blank them, offsets unchanged.
            text = (await extractText(bytes, formatOf(file.filename ?? '', file.mimetype))).replace(EXTRACTED_CONTROL, ' ');
            extracted = true;
          } catch (err) {
            if (err instanceof UnsupportedFormatError) throw new ApiError(415, err.message, { code: 'unsupported_format', field: 'body.file' });
            throw new ApiError(400, `the file could not be read: ${err instanceof Error ? err.message : String(err)}`, { code: 'unreadable_file', field: 'body.file' });
          }
        } else {
          const body = request.body as unknown;
          if (typeof body !== 'object' || body === null || typeof (body as { text?: unknown }).text !== 'string') throw badRequest('body.text', 'is required (a string), or upload a file as multipart/form-data');
          const b = body as { text: string; threshold?: unknown; datasets?: unknown };
          text = b.text;
          if (b.threshold !== undefined) {
            if (typeof b.threshold !== 'number') throw badRequest('body.threshold', 'must be a number between 0 and 1');
            threshold = numberOr400(String(b.threshold), 'body.threshold');
          }
          if (b.datasets !== undefined) {
            if (!Array.isArray(b.datasets) || !b.datasets.every((d) => typeof d === 'string')) throw badRequest('body.datasets', 'must be an array of dataset names');
            datasets = b.datasets as string[];
          }
        }
        if (text.length > MAX_SCAN_CHARS) throw new ApiError(413, `the text has ${text.length} characters, over the limit of ${MAX_SCAN_CHARS}`, { code: 'too_large', field: 'body.text' });
        const problem = textProblem(text);
        if (problem) throw badRequest('body.text', problem);
        const index = await scanIndexFor(ctx.store, snapshot);
        const result: ScanResult = scanText(index, text, { ...(threshold !== undefined ? { threshold } : {}), ...(datasets?.length ? { datasets } : {}) });
        return {
          mentions: result.mentions.map(({ features: _features, ...m }) => m),
          entities: result.entities,
          chars: text.length,
          // A client cannot map offsets into a PDF or DOCX without the text they index.
          ...(extracted ? { text } : {}),
          ...demoFields(ctx),
        };
      },
    );
  };
}
