import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { DATASETS, formatByName } from '../sources/registry.js';
import type { DatasetInfo } from '../sources/types.js';
import type { Store } from '../store/types.js';
import { glob } from './glob.js';
import { planImports, runImport, type ImportOutcome } from './import.js';

export interface UpdateEvent {
  dataset: string;
  message: string;
}

export interface UpdateOptions {
  /** Import from a local folder laid out like the official mirror instead of downloading. */
  fromDir?: string;
  downloadDir: string;
  datasets?: string[];
  force?: boolean;
  fetchImpl?: typeof fetch;
  log?: (event: UpdateEvent) => void;
  onProgress?: (dataset: string, count: number) => void;
}

export interface UpdateResult {
  dataset: string;
  outcome?: ImportOutcome;
  status: 'imported' | 'unchanged' | 'failed' | 'missing';
  error?: string;
}

/**
 * Datasets `vigil update` refreshes: the enabled ones, or those named. A dataset may have several
 * enabled sources (formats), in order of preference; the first that has data wins.
 */
export function selectDatasets(names?: string[]): DatasetInfo[][] {
  const chosen = names && names.length > 0 ? DATASETS.filter((d) => names.includes(d.name)) : DATASETS.filter((d) => d.enabledByDefault);
  const byName = new Map<string, DatasetInfo[]>();
  for (const d of chosen) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  for (const list of byName.values()) list.sort((a, b) => Number(b.enabledByDefault) - Number(a.enabledByDefault));
  return [...byName.values()];
}

/** The newest local copy of a dataset: folders are named by date, so the last match in sort order wins. */
export async function findLocalCopy(root: string, info: DatasetInfo): Promise<string | undefined> {
  for (const pattern of info.localGlobs) {
    const matches = await glob(root, pattern);
    if (matches.length > 0) return matches[matches.length - 1];
  }
  return undefined;
}

async function download(url: string, target: string, info: { etag: string | null; lastModified: string | null }, fetchImpl: typeof fetch) {
  const headers: Record<string, string> = { 'user-agent': 'vigil-sanctions-screening (+https://github.com/vigil)' };
  if (info.etag) headers['if-none-match'] = info.etag;
  if (info.lastModified) headers['if-modified-since'] = info.lastModified;
  const res = await fetchImpl(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(300_000) });
  if (res.status === 304) return { notModified: true as const };
  if (!res.ok || !res.body) throw new Error(`GET ${url}: HTTP ${res.status}`);
  await mkdir(join(target, '..'), { recursive: true });
  const partial = `${target}.partial`;
  await pipeline(Readable.fromWeb(res.body as WebReadableStream), createWriteStream(partial));
  await rename(partial, target);
  return { notModified: false as const, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
}

/**
 * Refreshes datasets from a local mirror or from the official URLs. Downloads are conditional
 * (ETag / Last-Modified), and an unchanged file is never re-imported (the store compares hashes).
 */
export async function updateDatasets(store: Store, options: UpdateOptions): Promise<UpdateResult[]> {
  const log = options.log ?? (() => {});
  const results: UpdateResult[] = [];
  const current = await store.currentVersions();
  for (const candidates of selectDatasets(options.datasets)) {
    let info = candidates[0] as DatasetInfo;
    if (options.fromDir) {
      for (const c of candidates) {
        if (await findLocalCopy(options.fromDir, c)) {
          info = c;
          break;
        }
      }
    }
    const format = formatByName(info.format);
    if (!format) {
      results.push({ dataset: info.name, status: 'failed', error: `format ${info.format} is not registered` });
      continue;
    }
    try {
      let paths: string[];
      let etag: string | null = null;
      let lastModified: string | null = null;
      if (options.fromDir) {
        const local = await findLocalCopy(options.fromDir, info);
        if (!local) {
          log({ dataset: info.name, message: `no local copy under ${options.fromDir}` });
          results.push({ dataset: info.name, status: 'missing' });
          continue;
        }
        log({ dataset: info.name, message: `reading ${local}` });
        paths = [local];
      } else {
        const prev = current.find((v) => v.dataset === info.name);
        const dir = join(options.downloadDir, info.name);
        paths = [];
        let notModified = true;
        for (const url of info.urls) {
          const target = join(dir, basename(new URL(url).pathname) || 'download');
          log({ dataset: info.name, message: `downloading ${url}` });
          const res = await download(url, target, { etag: options.force ? null : (prev?.etag ?? null), lastModified: options.force ? null : (prev?.lastModified ?? null) }, options.fetchImpl ?? fetch);
          if (!res.notModified) {
            notModified = false;
            etag = res.etag;
            lastModified = res.lastModified;
          }
          paths.push(target);
        }
        if (notModified && prev) {
          log({ dataset: info.name, message: 'not modified since the last download' });
          results.push({ dataset: info.name, status: 'unchanged', outcome: undefined });
          continue;
        }
      }
      const plans = (await planImports(paths.slice(0, 1), { formats: [format], dataset: info.name })).filter((p) => p.dataset === info.name);
      for (const plan of plans) {
        const outcome = await runImport(store, plan, { force: options.force, etag, lastModified, onProgress: (n) => options.onProgress?.(info.name, n) });
        log({ dataset: info.name, message: `${outcome.status}: version ${outcome.version.seq}, ${outcome.version.entityCount} entities` });
        results.push({ dataset: info.name, status: outcome.status, outcome });
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      log({ dataset: info.name, message: `failed: ${message}` });
      results.push({ dataset: info.name, status: 'failed', error: message });
    }
  }
  return results;
}
