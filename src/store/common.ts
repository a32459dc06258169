import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Entity } from '../model/entity.js';
import { canonicalJson, diffEntity } from '../model/diff.js';
import type { EntityChange, RelatedEntity, VersionDiff, VersionInfo } from './types.js';

/**
 * Logic both store implementations share, so that SQLite and Postgres cannot drift apart on what a
 * version reference means, how a diff is assembled or what an API key looks like.
 */

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Resolves "current"/"latest", "previous", "3"/"v3" or a publication date against a dataset's versions (ordered by seq). */
export function pickVersion(all: VersionInfo[], ref: string): VersionInfo | undefined {
  const current = all.find((v) => v.current);
  if (ref === 'current' || ref === 'latest') return current;
  if (ref === 'previous') return current ? all.filter((v) => v.seq < current.seq).at(-1) : undefined;
  const seq = /^v?(\d+)$/i.exec(ref);
  if (seq) return all.find((v) => v.seq === Number(seq[1]));
  // A publication date picks the newest import of that publication.
  return all.filter((v) => v.published === ref).at(-1);
}

export interface DiffRow {
  caption: string;
  hash: string;
}

/**
 * Compares two versions' (entity id → caption, body hash) maps; bodies are loaded only for entities
 * whose hash changed, in one call so that a networked store can fetch them in a single round trip.
 */
export async function buildDiff(
  dataset: string,
  from: VersionInfo,
  to: VersionInfo,
  a: Map<string, DiffRow>,
  b: Map<string, DiffRow>,
  loadBodies: (hashes: string[]) => Promise<Map<string, Entity>>,
): Promise<VersionDiff> {
  const changedHashes = new Set<string>();
  for (const [id, row] of b) {
    const old = a.get(id);
    if (old && old.hash !== row.hash) changedHashes.add(old.hash).add(row.hash);
  }
  const bodies = await loadBodies([...changedHashes]);
  const body = (hash: string): Entity => {
    const entity = bodies.get(hash);
    if (!entity) throw new Error(`entity body ${hash} is missing from the store`);
    return entity;
  };
  const changes: EntityChange[] = [];
  for (const [id, row] of b) {
    const old = a.get(id);
    if (!old) changes.push({ id, caption: row.caption, kind: 'added' });
    else if (old.hash !== row.hash) changes.push({ id, caption: row.caption, kind: 'changed', fields: diffEntity(body(old.hash), body(row.hash)) });
  }
  for (const [id, row] of a) if (!b.has(id)) changes.push({ id, caption: row.caption, kind: 'removed' });
  changes.sort((x, y) => x.kind.localeCompare(y.kind) || x.id.localeCompare(y.id, 'en', { numeric: true }));
  const count = (kind: EntityChange['kind']) => changes.filter((c) => c.kind === kind).length;
  return { dataset, from, to, added: count('added'), removed: count('removed'), changed: count('changed'), changes };
}

/** A new API key: the id is stored in clear (to find the row), the whole key only as a sha256. */
export function newApiKey(): { id: string; key: string; hash: string } {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  const key = `vgl_${id}_${secret}`;
  return { id, key, hash: sha256(key) };
}

/** The id part of a well-formed key; undefined for anything that cannot be a key. */
export function apiKeyId(key: string): string | undefined {
  return /^vgl_([0-9a-f]{12})_[A-Za-z0-9_-]{32}$/.exec(key)?.[1];
}

/** Constant-time comparison of a presented key against the stored hash. */
export function apiKeyMatches(key: string, storedHash: string): boolean {
  const given = Buffer.from(sha256(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * The checks and counts every store makes while an import streams in: one dataset per import, unique ids,
 * a content hash per body, counts by schema, and no empty versions.
 */
export class ImportTally {
  readonly counts: Record<string, number> = {};
  count = 0;
  private readonly seen = new Set<string>();

  constructor(private readonly dataset: string) {}

  /** Validates and counts one entity; returns its canonical body and content hash. */
  accept(entity: Entity): { body: string; hash: string } {
    if (entity.dataset !== this.dataset) throw new Error(`entity ${entity.id} belongs to dataset ${entity.dataset}, not ${this.dataset}`);
    if (this.seen.has(entity.id)) throw new Error(`duplicate entity id ${entity.id} in one import`);
    this.seen.add(entity.id);
    this.counts[entity.schema] = (this.counts[entity.schema] ?? 0) + 1;
    this.count++;
    const body = canonicalJson(entity);
    return { body, hash: sha256(body) };
  }

  assertNotEmpty(): void {
    if (this.count === 0) throw new Error(`no entities parsed for ${this.dataset}: refusing to replace the list with an empty version`);
  }
}

/** Both versions of a diff, or an error unless both exist and belong to the dataset being diffed. */
export function diffVersions(dataset: string, fromId: number, from: VersionInfo | undefined, toId: number, to: VersionInfo | undefined): [VersionInfo, VersionInfo] {
  if (!from || from.dataset !== dataset) throw new Error(`version ${fromId} is not a version of ${dataset}`);
  if (!to || to.dataset !== dataset) throw new Error(`version ${toId} is not a version of ${dataset}`);
  return [from, to];
}

/**
 * Streams the bodies of the current versions as keyset pages over (version_id, entity_id): bounded memory,
 * an index range scan per page, and nothing held open while the consumer awaits between entities.
 */
export async function* pagedEntities(
  current: { dataset: string; version_id: number }[],
  datasets: string[] | undefined,
  page: (versionId: number, after: string) => Promise<{ entity_id: string; body: string }[]>,
): AsyncGenerator<Entity> {
  for (const { dataset, version_id: versionId } of current) {
    if (datasets && datasets.length > 0 && !datasets.includes(dataset)) continue;
    let after = '';
    for (;;) {
      const rows = await page(versionId, after);
      if (rows.length === 0) break;
      for (const row of rows) yield JSON.parse(row.body) as Entity;
      after = (rows[rows.length - 1] as { entity_id: string }).entity_id;
    }
  }
}

export interface IncomingRow {
  source_id: string;
  type: string;
  caption: string;
  schema: string;
}

/** Incoming links, once per (source, type): the same link can come from the given version and the current one. */
export function incomingRelations(rows: IncomingRow[]): RelatedEntity[] {
  const seen = new Set<string>();
  const out: RelatedEntity[] = [];
  for (const r of rows) {
    const key = `${r.source_id}|${r.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ id: r.source_id, caption: r.caption, schema: r.schema, type: r.type, direction: 'incoming' });
  }
  return out;
}
