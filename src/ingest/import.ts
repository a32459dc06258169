import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Entity } from '../model/entity.js';
import { SourceError } from '../sources/errors.js';
import { DATASETS, FORMATS, isGenericFormat } from '../sources/registry.js';
import type { ParseContext, SourceFile, SourceFormat } from '../sources/types.js';
import type { Store, VersionInfo } from '../store/types.js';
import { readHead, sourceFilesFromPath } from './files.js';

export interface ImportPlan {
  format: SourceFormat;
  dataset: string;
  files: SourceFile[];
  /** What the user named: a path or a URL. */
  source: string;
}

export interface ImportOutcome {
  plan: ImportPlan;
  status: 'imported' | 'unchanged';
  version: VersionInfo;
  warnings: string[];
  seconds: number;
}

export interface PlanOptions {
  dataset?: string;
  formats?: readonly SourceFormat[];
}

async function detectFormat(file: SourceFile, formats: readonly SourceFormat[]): Promise<SourceFormat | undefined> {
  const head = await readHead(file);
  if (head.trim() === '') throw new SourceError(file.name, undefined, 'file is empty');
  return formats.find((f) => f.detect(head, file.baseName));
}

function formatDatasets(format: SourceFormat): string[] {
  return DATASETS.filter((d) => d.format === format.name).map((d) => d.name);
}

/**
 * Works out what to import from paths (files or folders, .gz and .zip read directly):
 * which format each principal file is, which companion files go with it, and which dataset it feeds.
 */
export async function planImports(paths: string[], options: PlanOptions = {}): Promise<ImportPlan[]> {
  const formats = options.formats ?? FORMATS;
  const plans: ImportPlan[] = [];
  for (const path of paths) {
    const isDir = (await stat(path)).isDirectory();
    const files = await sourceFilesFromPath(path);
    if (files.length === 0) throw new SourceError(path, undefined, 'no files found');
    const used = new Set<SourceFile>();
    for (const file of files) {
      if (used.has(file)) continue;
      const format = await detectFormat(file, formats);
      if (!format) {
        // In a folder, unrelated files (READMEs, companions) are passed over; a named file must be readable.
        if (isDir || files.length > 1) continue;
        throw new SourceError(file.name, undefined, 'unrecognised file format (not one of the official list formats Vigil reads)');
      }
      const companionNames = format.companions?.(file) ?? [];
      const siblings = companionNames.length > 0 && !isDir ? await sourceFilesFromPath(dirname(path)) : files;
      const companions = companionNames
        .map((name) => siblings.find((f) => f.baseName === name.toLowerCase()))
        .filter((f): f is SourceFile => f !== undefined);
      used.add(file);
      companions.forEach((c) => used.add(c));
      plans.push({ format, dataset: chooseDataset(format, [file, ...companions], options.dataset), files: [file, ...companions], source: isDir ? `${path}/${file.name}` : path });
    }
  }
  if (plans.length === 0) throw new SourceError(paths.join(', '), undefined, 'no recognisable list files found');
  return plans;
}

function chooseDataset(format: SourceFormat, files: SourceFile[], requested: string | undefined): string {
  const natural = format.defaultDataset(files);
  if (!requested) return natural;
  if (isGenericFormat(format)) {
    if (!/^[a-z][a-z0-9_]{1,62}$/.test(requested)) {
      throw new SourceError(files[0]?.name ?? '', undefined, `dataset name "${requested}" must be lower-case letters, digits and underscores`);
    }
    return requested;
  }
  const allowed = formatDatasets(format);
  if (!allowed.includes(requested)) {
    throw new SourceError(
      files[0]?.name ?? '',
      undefined,
      `this file is in the ${format.description} format, which feeds ${allowed.join(' or ')}, not ${requested}`,
    );
  }
  return requested;
}

/** sha256 over the decompressed bytes of every file in the plan, in order. */
export async function hashFiles(files: SourceFile[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`\0${file.baseName}\0`);
    for await (const chunk of await file.open()) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

export interface RunImportOptions {
  force?: boolean;
  etag?: string | null;
  lastModified?: string | null;
  onProgress?: (count: number) => void;
}

/**
 * Parses a plan into a new version. When the source bytes equal the current version's, nothing is
 * re-imported: list versions then mean publisher changes, not how often we polled.
 */
export async function runImport(store: Store, plan: ImportPlan, options: RunImportOptions = {}): Promise<ImportOutcome> {
  const started = performance.now();
  const fileHash = await hashFiles(plan.files);
  const current = (await store.currentVersions()).find((v) => v.dataset === plan.dataset);
  const warnings: string[] = [];
  if (current && current.fileHash === fileHash && !options.force) {
    return { plan, status: 'unchanged', version: current, warnings, seconds: (performance.now() - started) / 1000 };
  }
  const meta = {
    dataset: plan.dataset,
    published: null as string | null,
    fileHash,
    source: plan.source,
    format: plan.format.name,
    etag: options.etag ?? null,
    lastModified: options.lastModified ?? null,
  };
  const ctx: ParseContext = {
    dataset: plan.dataset,
    files: plan.files,
    setPublished: (date) => {
      meta.published = date;
    },
    warn: (message) => {
      if (warnings.length < 1000) warnings.push(message);
    },
  };
  const entities: AsyncIterable<Entity> = plan.format.parse(ctx);
  const version = await store.importVersion(meta, entities, options.onProgress);
  return { plan, status: 'imported', version, warnings, seconds: (performance.now() - started) / 1000 };
}
