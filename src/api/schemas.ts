import { IDENTIFIER_TYPES, SCHEMAS } from '../model/entity.js';

/**
 * JSON schemas shared by the routes. Fastify validates requests and serialises responses with them,
 * and the OpenAPI builder turns the objects registered with `component()` into `$ref`s, so the
 * docs and the wire format can never drift apart.
 */
const componentNames = new WeakMap<object, string>();

export function component<T extends object>(name: string, schema: T): T {
  componentNames.set(schema, name);
  return schema;
}

export function componentName(schema: object): string | undefined {
  return componentNames.get(schema);
}

export const MAX_NAME_LENGTH = 500;
export const MAX_TEXT_LENGTH = 200;

const PARTIAL_DATE = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

export const QueryIdentifierSchema = component('QueryIdentifier', {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'value'],
  properties: {
    type: { type: 'string', enum: [...IDENTIFIER_TYPES] },
    value: { type: 'string', minLength: 1, maxLength: MAX_TEXT_LENGTH },
    asset: { type: 'string', maxLength: 20, description: 'Crypto asset ticker (ETH, XBT, USDT...).' },
  },
} as const);

export const ScreenQuerySchema = component('ScreenQuery', {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  description: 'The same shape as one line of `vigil screen` JSONL input.',
  properties: {
    id: { type: 'string', maxLength: MAX_TEXT_LENGTH, description: 'Your own reference, echoed back.' },
    name: { type: 'string', minLength: 1, maxLength: MAX_NAME_LENGTH },
    schema: { type: 'string', enum: [...SCHEMAS] },
    birthDate: { type: 'string', pattern: PARTIAL_DATE, description: 'Partial ISO date: 1965, 1965-04 or 1965-04-25.' },
    country: { type: 'string', minLength: 1, maxLength: 60, description: 'ISO 3166-1 alpha-2 code or English country name.' },
    countries: { type: 'array', maxItems: 20, items: { type: 'string', minLength: 1, maxLength: 60 } },
    gender: { type: 'string', enum: ['male', 'female', 'other'] },
    identifiers: { type: 'array', maxItems: 20, items: QueryIdentifierSchema },
  },
  examples: [{ id: 'c-1001', name: 'Kim Sang Man', schema: 'Person', birthDate: '1965-04-25', country: 'KP' }],
} as const);

export const AlgorithmSchema = component('Algorithm', {
  type: 'object',
  required: ['name', 'version'],
  properties: { name: { type: 'string' }, version: { type: 'string' } },
} as const);

export const FeatureSchema = component('FeatureContribution', {
  type: 'object',
  required: ['feature', 'value', 'weight', 'contribution'],
  properties: {
    feature: { type: 'string' },
    value: { type: 'number' },
    weight: { type: 'number' },
    contribution: { type: 'number' },
    detail: { type: 'string' },
  },
} as const);

export const ExplanationSchema = component('MatchExplanation', {
  type: 'object',
  required: ['queryName', 'matchedName', 'features', 'summary'],
  properties: {
    queryName: { type: 'string' },
    matchedName: { type: 'string' },
    features: { type: 'array', items: FeatureSchema },
    summary: { type: 'string' },
  },
} as const);

/** How every response names a listed entity it points at: screening matches, search hits, scan mentions. */
export const ENTITY_REF_PROPERTIES = {
  entityId: { type: 'string' },
  dataset: { type: 'string' },
  caption: { type: 'string' },
  schema: { type: 'string' },
} as const;

const MATCH_REQUIRED = ['entityId', 'dataset', 'caption', 'schema', 'score', 'matchedName', 'identifierMatch', 'explanation'] as const;
const MATCH_PROPERTIES = {
  ...ENTITY_REF_PROPERTIES,
  score: { type: 'number' },
  matchedName: { type: 'string' },
  identifierMatch: { type: 'boolean' },
  explanation: ExplanationSchema,
} as const;

/** Another list's entry for the same target (cross-list resolution), with why it is the same. */
export const AlsoListedSchema = component('AlsoListed', {
  type: 'object',
  required: ['entityId', 'dataset', 'caption', 'reason'],
  properties: {
    entityId: { type: 'string' },
    dataset: { type: 'string' },
    caption: { type: 'string' },
    reason: { type: 'string', description: 'The shared identifier, or the names and birth dates that agreed.' },
    match: { type: 'object', description: 'This listing\'s own match, when it matched the query too.', required: MATCH_REQUIRED, properties: MATCH_PROPERTIES },
  },
} as const);

export const MatchSchema = component('Match', {
  type: 'object',
  required: MATCH_REQUIRED,
  properties: {
    ...MATCH_PROPERTIES,
    alsoListedBy: { type: 'array', items: AlsoListedSchema, description: 'The same target on other lists: one hit per target, headed by its best-scoring match.' },
  },
} as const);

/** The group of entries of different lists that are one target, with each link explained. */
export const CrossListGroupSchema = component('CrossListGroup', {
  type: 'object',
  required: ['id', 'members', 'datasets', 'links'],
  properties: {
    id: { type: 'string' },
    members: {
      type: 'array',
      items: { type: 'object', required: ['entityId', 'dataset', 'caption'], properties: { entityId: { type: 'string' }, dataset: { type: 'string' }, caption: { type: 'string' } } },
    },
    datasets: { type: 'array', items: { type: 'string' } },
    links: {
      type: 'array',
      items: {
        type: 'object',
        required: ['a', 'b', 'explanation'],
        properties: { a: { type: 'string' }, b: { type: 'string' }, explanation: { type: 'string' }, reason: { type: 'object', additionalProperties: true } },
      },
    },
  },
} as const);

export const ScreenResultSchema = component('ScreenResult', {
  type: 'object',
  required: ['decision', 'matches', 'algorithm', 'threshold'],
  properties: {
    id: { type: 'string' },
    decision: { type: 'string', enum: ['alert', 'clear'] },
    matches: { type: 'array', items: MatchSchema },
    algorithm: AlgorithmSchema,
    threshold: { type: 'number' },
  },
} as const);

/** Every list-derived answer carries these, so a client can never miss that only the demo list is loaded. */
export const demoProperties = {
  demo: { type: 'boolean', description: 'True when only the hand-written demo list is loaded.' },
  notice: { type: 'string', description: 'How to load the real lists, present when `demo` is true.' },
} as const;

export const screenOptionsProperties = {
  threshold: { type: 'number', minimum: 0, maximum: 1, description: 'Alert threshold (default: the algorithm\'s calibrated one).' },
  limit: { type: 'integer', minimum: 1, maximum: 100, description: 'Matches per query (default 10).' },
  datasets: { type: 'array', maxItems: 50, items: { type: 'string', minLength: 1, maxLength: 100 }, description: 'Only these datasets.' },
} as const;

export const ErrorSchema = component('Error', {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    code: { type: 'string' },
    message: { type: 'string' },
    field: { type: 'string', description: 'The offending input, e.g. body.query.name.' },
    detail: { type: 'string', description: 'Same as message; the field yente clients read.' },
  },
} as const);

export const VersionSchema = component('DatasetVersion', {
  type: 'object',
  required: ['id', 'dataset', 'seq', 'importedAt', 'entityCount', 'current'],
  properties: {
    id: { type: 'integer' },
    dataset: { type: 'string' },
    seq: { type: 'integer' },
    published: { type: ['string', 'null'] },
    importedAt: { type: 'string' },
    fileHash: { type: 'string' },
    source: { type: 'string' },
    format: { type: 'string' },
    entityCount: { type: 'integer' },
    counts: { type: 'object', additionalProperties: { type: 'integer' } },
    current: { type: 'boolean' },
    etag: { type: ['string', 'null'] },
    lastModified: { type: ['string', 'null'] },
  },
} as const);

const stringArray = { type: 'array', items: { type: 'string' } } as const;
const partialDate = {
  type: 'object',
  properties: { date: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, approximate: { type: 'boolean' }, text: { type: 'string' } },
} as const;

export const EntitySchema = component('Entity', {
  type: 'object',
  // New model fields must reach clients even before this schema learns about them.
  additionalProperties: true,
  required: ['id', 'dataset', 'sourceId', 'schema', 'caption', 'names'],
  properties: {
    id: { type: 'string' },
    dataset: { type: 'string' },
    sourceId: { type: 'string' },
    schema: { type: 'string' },
    caption: { type: 'string' },
    names: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: true,
        required: ['full', 'kind'],
        properties: { full: { type: 'string' }, kind: { type: 'string' }, script: { type: 'string' }, lang: { type: 'string' } },
      },
    },
    birthDates: { type: 'array', items: partialDate },
    birthPlaces: stringArray,
    deathDates: { type: 'array', items: partialDate },
    gender: { type: 'string' },
    countries: {
      type: 'array',
      items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } } },
    },
    addresses: { type: 'array', items: { type: 'object', additionalProperties: true, properties: { full: { type: 'string' } } } },
    identifiers: {
      type: 'array',
      items: { type: 'object', additionalProperties: true, properties: { type: { type: 'string' }, value: { type: 'string' }, asset: { type: 'string' } } },
    },
    programs: stringArray,
    listedOn: { type: 'string' },
    titles: stringArray,
    positions: stringArray,
    remarks: stringArray,
    relationships: {
      type: 'array',
      items: { type: 'object', properties: { target: { type: 'string' }, type: { type: 'string' }, label: { type: 'string' } } },
    },
    properties: { type: 'object', additionalProperties: stringArray },
    sourceUrl: { type: 'string' },
  },
} as const);

export const RelatedSchema = component('RelatedEntity', {
  type: 'object',
  required: ['id', 'type', 'direction'],
  properties: {
    id: { type: 'string' },
    caption: { type: ['string', 'null'] },
    schema: { type: ['string', 'null'] },
    type: { type: 'string' },
    direction: { type: 'string', enum: ['outgoing', 'incoming'] },
  },
} as const);

export const errorResponses = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  429: ErrorSchema,
  503: ErrorSchema,
} as const;

/** The scheduled list refresh as /readyz and the admin refresh endpoint report it. */
export const REFRESH_STATE_PROPERTIES = {
  running: { type: 'boolean' },
  lastStartedAt: { type: ['string', 'null'] },
  lastFinishedAt: { type: ['string', 'null'] },
  lastOutcome: { type: ['string', 'null'] },
  lastError: { type: ['string', 'null'] },
  nextAt: { type: ['string', 'null'] },
  lastResults: { type: 'array', items: { type: 'object', properties: { dataset: { type: 'string' }, status: { type: 'string' }, error: { type: 'string' } } } },
} as const;
