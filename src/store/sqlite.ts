import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Entity } from '../model/entity.js';
import { parseEntityId } from '../model/entity.js';
import { apiKeyId, apiKeyMatches, buildDiff, diffVersions, ImportTally, incomingRelations, newApiKey, pagedEntities, pickVersion, type DiffRow } from './common.js';
import { JOBS_MIGRATION } from './jobs.js';
import type { ApiKeyInfo, NewVersion, RelatedEntity, Role, Store, StoredEntity, VersionDiff, VersionInfo } from './types.js';

/** Schema migrations, applied in order; PRAGMA user_version records how many have run. */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE versions (
    id INTEGER PRIMARY KEY,
    dataset TEXT NOT NULL,
    seq INTEGER NOT NULL,
    published TEXT,
    imported_at TEXT NOT NULL,
    file_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    entity_count INTEGER NOT NULL,
    counts TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    UNIQUE (dataset, seq)
  );
  CREATE TABLE current_versions (
    dataset TEXT PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES versions(id)
  );
  -- Entity bodies are stored once per distinct content, so an unchanged entity costs one row per version, not one body.
  CREATE TABLE entity_bodies (
    hash TEXT PRIMARY KEY,
    body TEXT NOT NULL
  );
  CREATE TABLE version_entities (
    version_id INTEGER NOT NULL REFERENCES versions(id),
    entity_id TEXT NOT NULL,
    caption TEXT NOT NULL,
    schema TEXT NOT NULL,
    hash TEXT NOT NULL REFERENCES entity_bodies(hash),
    PRIMARY KEY (version_id, entity_id)
  ) WITHOUT ROWID;
  CREATE TABLE version_relations (
    version_id INTEGER NOT NULL,
    source_id TEXT NOT NULL,
    target_id TEXT NOT NULL,
    type TEXT NOT NULL
  );
  CREATE INDEX version_relations_target ON version_relations (target_id, version_id);
  CREATE INDEX version_relations_source ON version_relations (source_id, version_id);
  CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    role TEXT NOT NULL,
    label TEXT,
    created_at TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
  );
  `,
  JOBS_MIGRATION,
];

interface VersionRow {
  id: number;
  dataset: string;
  seq: number;
  published: string | null;
  imported_at: string;
  file_hash: string;
  source: string;
  format: string;
  entity_count: number;
  counts: string;
  etag: string | null;
  last_modified: string | null;
  is_current: number;
}

const VERSION_COLUMNS = `v.*, (SELECT COUNT(*) FROM current_versions c WHERE c.version_id = v.id) AS is_current`;

function toVersion(row: VersionRow): VersionInfo {
  return {
    id: row.id,
    dataset: row.dataset,
    seq: row.seq,
    published: row.published,
    importedAt: row.imported_at,
    fileHash: row.file_hash,
    source: row.source,
    format: row.format,
    entityCount: row.entity_count,
    counts: JSON.parse(row.counts) as Record<string, number>,
    current: row.is_current > 0,
    etag: row.etag,
    lastModified: row.last_modified,
  };
}

function openDatabase(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  return db;
}

function migrate(db: Database.Database): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  for (let i = applied; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i] as string);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;

  constructor(private readonly path: string) {
    this.db = openDatabase(path);
    migrate(this.db);
  }

  /**
   * Imports on a connection of its own inside one transaction: readers on the main connection keep
   * seeing the previous version until COMMIT, and a crash before COMMIT (kill -9 included) leaves
   * nothing behind, because SQLite rolls the uncommitted WAL frames back.
   */
  async importVersion(meta: NewVersion, entities: AsyncIterable<Entity>, onEntity?: (count: number) => void): Promise<VersionInfo> {
    const writer = this.path === ':memory:' ? this.db : openDatabase(this.path);
    const insertBody = writer.prepare('INSERT OR IGNORE INTO entity_bodies (hash, body) VALUES (?, ?)');
    const insertEntity = writer.prepare('INSERT INTO version_entities (version_id, entity_id, caption, schema, hash) VALUES (?, ?, ?, ?, ?)');
    const insertRelation = writer.prepare('INSERT INTO version_relations (version_id, source_id, target_id, type) VALUES (?, ?, ?, ?)');
    let committed = false;
    writer.exec('BEGIN IMMEDIATE');
    try {
      const seqRow = writer.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM versions WHERE dataset = ?').get(meta.dataset) as { seq: number };
      const importedAt = new Date().toISOString();
      const info = writer
        .prepare(
          `INSERT INTO versions (dataset, seq, published, imported_at, file_hash, source, format, entity_count, counts, etag, last_modified)
           VALUES (?, ?, ?, ?, ?, ?, ?, 0, '{}', ?, ?)`,
        )
        .run(meta.dataset, seqRow.seq, meta.published, importedAt, meta.fileHash, meta.source, meta.format, meta.etag ?? null, meta.lastModified ?? null);
      const versionId = Number(info.lastInsertRowid);
      const tally = new ImportTally(meta.dataset);
      for await (const entity of entities) {
        const { body, hash } = tally.accept(entity);
        insertBody.run(hash, body);
        insertEntity.run(versionId, entity.id, entity.caption, entity.schema, hash);
        for (const rel of entity.relationships ?? []) insertRelation.run(versionId, entity.id, rel.target, rel.type);
        onEntity?.(tally.count);
      }
      tally.assertNotEmpty();
      // The parser reports the publication date while streaming, so it is only known now.
      writer.prepare('UPDATE versions SET entity_count = ?, counts = ?, published = ? WHERE id = ?').run(tally.count, JSON.stringify(tally.counts), meta.published, versionId);
      writer.prepare('INSERT INTO current_versions (dataset, version_id) VALUES (?, ?) ON CONFLICT (dataset) DO UPDATE SET version_id = excluded.version_id').run(meta.dataset, versionId);
      writer.exec('COMMIT');
      committed = true;
      const version = await this.versionById(versionId);
      if (!version) throw new Error(`version ${versionId} vanished after commit`);
      return version;
    } finally {
      if (!committed && writer.inTransaction) writer.exec('ROLLBACK');
      if (writer !== this.db) writer.close();
    }
  }

  private async versionById(id: number): Promise<VersionInfo | undefined> {
    const row = this.db.prepare(`SELECT ${VERSION_COLUMNS} FROM versions v WHERE v.id = ?`).get(id) as VersionRow | undefined;
    return row ? toVersion(row) : undefined;
  }

  async datasets(): Promise<string[]> {
    return (this.db.prepare('SELECT DISTINCT dataset FROM versions ORDER BY dataset').all() as { dataset: string }[]).map((r) => r.dataset);
  }

  async currentVersions(): Promise<VersionInfo[]> {
    const rows = this.db
      .prepare(`SELECT ${VERSION_COLUMNS} FROM versions v JOIN current_versions c ON c.version_id = v.id ORDER BY v.dataset`)
      .all() as VersionRow[];
    return rows.map(toVersion);
  }

  async versions(dataset: string): Promise<VersionInfo[]> {
    const rows = this.db.prepare(`SELECT ${VERSION_COLUMNS} FROM versions v WHERE v.dataset = ? ORDER BY v.seq`).all(dataset) as VersionRow[];
    return rows.map(toVersion);
  }

  async findVersion(dataset: string, ref: string): Promise<VersionInfo | undefined> {
    return pickVersion(await this.versions(dataset), ref);
  }

  async getEntity(id: string, versionId?: number): Promise<StoredEntity | undefined> {
    const { dataset } = parseEntityId(id);
    const vid =
      versionId ??
      (this.db.prepare('SELECT version_id FROM current_versions WHERE dataset = ?').get(dataset) as { version_id: number } | undefined)?.version_id;
    if (vid === undefined) return undefined;
    const row = this.db
      .prepare('SELECT b.body FROM version_entities e JOIN entity_bodies b ON b.hash = e.hash WHERE e.version_id = ? AND e.entity_id = ?')
      .get(vid, id) as { body: string } | undefined;
    if (!row) return undefined;
    const version = await this.versionById(vid);
    if (!version) return undefined;
    const entity = JSON.parse(row.body) as Entity;
    return { entity, version, related: this.related(entity, vid) };
  }

  /** Outgoing links come from the entity itself; incoming ones from any current entity (of any dataset) that names it. */
  private related(entity: Entity, versionId: number): RelatedEntity[] {
    const describe = this.db.prepare(
      `SELECT e.caption, e.schema FROM version_entities e JOIN current_versions c ON c.version_id = e.version_id WHERE e.entity_id = ?`,
    );
    const out: RelatedEntity[] = [];
    for (const rel of entity.relationships ?? []) {
      const other = describe.get(rel.target) as { caption: string; schema: string } | undefined;
      out.push({ id: rel.target, caption: other?.caption ?? null, schema: other?.schema ?? null, type: rel.type, direction: 'outgoing' });
    }
    const incoming = this.db
      .prepare(
        `SELECT r.source_id, r.type, e.caption, e.schema FROM version_relations r
         JOIN version_entities e ON e.version_id = r.version_id AND e.entity_id = r.source_id
         WHERE r.target_id = ? AND (r.version_id = ? OR r.version_id IN (SELECT version_id FROM current_versions))`,
      )
      .all(entity.id, versionId) as { source_id: string; type: string; caption: string; schema: string }[];
    out.push(...incomingRelations(incoming));
    return out;
  }

  async *currentEntities(datasets?: string[]): AsyncIterable<Entity> {
    const current = this.db.prepare('SELECT dataset, version_id FROM current_versions ORDER BY dataset').all() as { dataset: string; version_id: number }[];
    const page = this.db.prepare(
      `SELECT e.entity_id, b.body FROM version_entities e JOIN entity_bodies b ON b.hash = e.hash
       WHERE e.version_id = ? AND e.entity_id > ? ORDER BY e.entity_id LIMIT 5000`,
    );
    yield* pagedEntities(current, datasets, async (versionId, after) => page.all(versionId, after) as { entity_id: string; body: string }[]);
  }

  async diff(dataset: string, fromVersionId: number, toVersionId: number): Promise<VersionDiff> {
    const [from, to] = diffVersions(dataset, fromVersionId, await this.versionById(fromVersionId), toVersionId, await this.versionById(toVersionId));
    const rows = (vid: number) =>
      new Map<string, DiffRow>(
        (this.db.prepare('SELECT entity_id, caption, hash FROM version_entities WHERE version_id = ?').all(vid) as { entity_id: string; caption: string; hash: string }[]).map(
          (r) => [r.entity_id, r],
        ),
      );
    const body = this.db.prepare('SELECT body FROM entity_bodies WHERE hash = ?');
    return buildDiff(dataset, from, to, rows(fromVersionId), rows(toVersionId), async (hashes) => {
      const bodies = new Map<string, Entity>();
      for (const hash of hashes) {
        const row = body.get(hash) as { body: string } | undefined;
        if (row) bodies.set(hash, JSON.parse(row.body) as Entity);
      }
      return bodies;
    });
  }

  async createApiKey(role: Role, label?: string): Promise<{ key: string; info: ApiKeyInfo }> {
    const { id, key, hash } = newApiKey();
    const createdAt = new Date().toISOString();
    this.db.prepare('INSERT INTO api_keys (id, hash, role, label, created_at) VALUES (?, ?, ?, ?, ?)').run(id, hash, role, label ?? null, createdAt);
    return { key, info: { id, role, label: label ?? null, createdAt, revoked: false } };
  }

  async verifyApiKey(key: string): Promise<ApiKeyInfo | undefined> {
    const id = apiKeyId(key);
    if (!id) return undefined;
    const row = this.db.prepare('SELECT * FROM api_keys WHERE id = ?').get(id) as
      | { id: string; hash: string; role: Role; label: string | null; created_at: string; revoked: number }
      | undefined;
    if (!row || row.revoked || !apiKeyMatches(key, row.hash)) return undefined;
    return { id: row.id, role: row.role, label: row.label, createdAt: row.created_at, revoked: false };
  }

  async listApiKeys(): Promise<ApiKeyInfo[]> {
    const rows = this.db.prepare('SELECT * FROM api_keys ORDER BY created_at').all() as {
      id: string;
      role: Role;
      label: string | null;
      created_at: string;
      revoked: number;
    }[];
    return rows.map((r) => ({ id: r.id, role: r.role, label: r.label, createdAt: r.created_at, revoked: r.revoked === 1 }));
  }

  async revokeApiKey(id: string): Promise<boolean> {
    return this.db.prepare('UPDATE api_keys SET revoked = 1 WHERE id = ? AND revoked = 0').run(id).changes > 0;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
