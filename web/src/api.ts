/**
 * The only way the UI talks to the server: the public HTTP API on the same origin.
 * Shapes come from the server's own type definitions (type-only imports, erased at build time),
 * so a change on the server side fails `tsc -p web` instead of failing silently in the browser.
 */
import type { AlsoListed, Match, MatchExplanation, ScreenQuery, ScreenResult } from '../../src/match/types.js';
import type { CrossListGroup } from '../../src/match/crosslist.js';
import type { Entity, IdentifierType, Schema } from '../../src/model/entity.js';
import type { EntityChange, RelatedEntity, Role, VersionInfo } from '../../src/store/types.js';
import type { ScanEntityHit, ScanMention as ScanMentionFull } from '../../src/scan/types.js';

export type { AlsoListed, CrossListGroup, Entity, EntityChange, IdentifierType, Match, MatchExplanation, RelatedEntity, Role, Schema, ScreenQuery, ScreenResult, VersionInfo };

export const SCHEMA_OPTIONS: Schema[] = ['Person', 'Organization', 'Company', 'Vessel', 'Aircraft', 'CryptoWallet', 'LegalEntity'];
export const IDENTIFIER_OPTIONS: IdentifierType[] = ['passport', 'national_id', 'tax_id', 'registration', 'other_id', 'imo', 'mmsi', 'bic', 'lei', 'email', 'phone', 'website', 'crypto', 'aircraft_tail', 'aircraft_serial', 'un_ref'];

/** The query as the API takes it: `country` is a code or an English name, resolved server-side. */
export interface ApiQuery extends Omit<ScreenQuery, 'countries'> {
  country?: string;
}

export interface DemoFields {
  demo: boolean;
  notice?: string;
}

export interface Readiness {
  ready: boolean;
  phase: 'loading' | 'ready' | 'failed';
  demo: boolean;
  notice?: string;
  error?: string;
  entities: number;
  lists: { dataset: string; version: number; published: string | null; importedAt: string; ageHours: number; entities: number }[];
}

export interface DatasetSummary {
  name: string;
  title?: string;
  publisher?: string;
  licence?: string;
  homepage?: string;
  versions: number;
  screened: boolean;
  current?: VersionInfo;
  ageHours?: number;
}

export interface BatchJob {
  id: string;
  label: string | null;
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  total: number;
  done: number;
  alerts: number;
  progress: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

export interface BatchItem {
  row: number;
  query: ScreenQuery;
  result?: ScreenResult;
}

export interface ChangesPage {
  dataset: string;
  from: VersionInfo;
  to: VersionInfo;
  added: number;
  removed: number;
  changed: number;
  total: number;
  changes: EntityChange[];
}

/** The scan endpoint's answer (issue 5); per-feature detail stays on the server. */
export type ScanMention = Omit<ScanMentionFull, 'features'>;
export interface ScanResponse extends DemoFields {
  mentions: ScanMention[];
  entities: ScanEntityHit[];
  chars?: number;
  /** Uploads only: the text extracted on the server, which the mention offsets index. */
  text?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

let apiKey: string | null = null;
let onUnauthorised: () => void = () => {};

export function setApiKey(key: string | null): void {
  apiKey = key;
}
export function setUnauthorisedHandler(fn: () => void): void {
  onUnauthorised = fn;
}

export function authHeaders(key: string | null = apiKey): Record<string, string> {
  return key ? { authorization: `Bearer ${key}` } : {};
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
  /** Overrides the signed-in key (sign-in probes a key before storing it). */
  key?: string | null;
  /** Probes expect 401/403 and must not sign the user out. */
  quiet?: boolean;
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...authHeaders(opts.key === undefined ? apiKey : opts.key) };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  const res = await fetch(path, { method: opts.method ?? (body ? 'POST' : 'GET'), headers, body, signal: opts.signal });
  const text = await res.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    // A proxy's HTML error page: report the status below.
  }
  if (!res.ok) {
    const err = (data ?? {}) as { message?: string; field?: string };
    if (res.status === 401 && !opts.quiet) onUnauthorised();
    throw new ApiError(res.status, err.message ?? `${res.status} ${res.statusText}`, err.field);
  }
  return data as T;
}

/** Downloads go through fetch so that the Bearer key is sent; a plain link could not carry it. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await fetch(path, { headers: authHeaders() });
  if (!res.ok) throw new ApiError(res.status, `${res.status} ${res.statusText}`);
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';
