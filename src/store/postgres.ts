import pg from 'pg';
import type { Entity } from '../model/entity.js';
import { parseEntityId } from '../model/entity.js';
import { apiKeyId, apiKeyMatches, buildDiff, diffVersions, ImportTally, incomingRelations, newApiKey, pagedEntities, pickVersion, type DiffRow } from './common.js';
import type { ApiKeyInfo, NewVersion, RelatedEntity, Role, Store, StoredEntity, VersionDiff, VersionInfo } from './types.js';

/**
 * One migration: applied once, in order, inside a transaction, and recorded in schema_migrations.
 * Never edit a migration that has shipped; append a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Identifier columns use the "C" collation so that ORDER BY and keyset paging compare bytes, as
// SQLite does: entity order and dataset order are then the same on both stores whatever the
// server's locale, and comparisons are cheaper.
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'versioned lists and API keys',
    sql: `
  CREATE TABLE versions (
    id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dataset TEXT COLLATE "C" NOT NULL,
    seq INTEGER NOT NULL,
    published TEXT,
    imported_at TIMESTAMPTZ NOT NULL,
    file_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    entity_count INTEGER NOT NULL,
    counts JSON NOT NULL,
    etag TEXT,
    last_modified TEXT,
    UNIQUE (dataset, seq)
  );
  CREATE TABLE current_versions (
    dataset TEXT COLLATE "C" PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES versions(id)
  );
  -- Entity bodies are stored once per distinct content, so an unchanged entity costs one row per version, not one body.
  -- TEXT rather than JSONB: the body is the canonical JSON the hash was computed over, returned byte for byte.
  CREATE TABLE entity_bodies (
    hash TEXT COLLATE "C" PRIMARY KEY,
    body TEXT NOT NULL
  );
  CREATE TABLE version_entities (
    version_id INTEGER NOT NULL REFERENCES versions(id),
    entity_id TEXT COLLATE "C" NOT NULL,
    caption TEXT NOT NULL,
    schema TEXT NOT NULL,
    hash TEXT COLLATE "C" NOT NULL REFERENCES entity_bodies(hash),
    PRIMARY KEY (version_id, entity_id)
  );
  CREATE TABLE version_relations (
    version_id INTEGER NOT NULL REFERENCES versions(id),
    source_id TEXT COLLATE "C" NOT NULL,
    target_id TEXT COLLATE "C" NOT NULL,
    type TEXT NOT NULL
  );
  CREATE INDEX version_relations_target ON version_relations (target_id, version_id);
  CREATE INDEX version_relations_source ON version_relations (source_id, version_id);
  CREATE TABLE api_keys (
    id TEXT COLLATE "C" PRIMARY KEY,
    hash TEXT NOT NULL,
    role TEXT NOT NULL,
    label TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    revoked BOOLEAN NOT NULL DEFAULT FALSE
  );
  `,
  },
];

/** Rows per multi-row INSERT: large enough that round trips stop mattering, small enough to keep each statement's memory modest. */
const BATCH = 2000;
/** Rows per page when streaming current entities. */
const PAGE = 5000;

interface VersionRow {
  id: number;
  dataset: string;
  seq: number;
  published: string | null;
  imported_at: Date;
  file_hash: string;
  source: string;
  format: string;
  entity_count: number;
  counts: Record<string, number>;
  etag: string | null;
  last_modified: string | null;
  is_current: boolean;
}

const VERSION_COLUMNS = `v.*, EXISTS (SELECT 1 FROM current_versions c WHERE c.version_id = v.id) AS is_current`;

function toVersion(row: VersionRow): VersionInfo {
  return {
    id: row.id,
    dataset: row.dataset,
    seq: row.seq,
    published: row.published,
    importedAt: row.imported_at.toISOString(),
    fileHash: row.file_hash,
    source: row.source,
    format: row.format,
    entityCount: row.entity_count,
    counts: row.counts,
    current: row.is_current,
    etag: row.etag,
    lastModified: row.last_modified,
  };
}

export interface PostgresOptions {
  /**
   * Schema to create (if missing) and use through search_path. Tests give each run its own; when
   * absent, the connection's own search_path applies (normally "public", or `?options=-c search_path=…` in the URL).
   */
  schema?: string;
  /** Pool size; one connection is held for the length of an import. */
  maxConnections?: number;
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * Creates the schema if asked and runs the pending migrations. An advisory lock (per schema) makes
 * concurrent starters — cluster workers, several hosts — wait for the first one instead of racing to
 * create the same objects (CREATE SCHEMA IF NOT EXISTS alone is not safe against a concurrent creator).
 */
export async function migrate(client: pg.ClientBase, schema?: string, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended(COALESCE($1, current_schema(), '') || ':vigil.migrate', 0))`, [schema ?? null]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}

export class PostgresStore implements Store {
  readonly pool: pg.Pool;
  private readonly ready: Promise<void>;

  constructor(connectionString: string, options: PostgresOptions = {}) {
    this.pool = new pg.Pool({
      connectionString,
      max: options.maxConnections ?? 10,
      // search_path as a startup parameter applies to every pooled connection before its first query.
      ...(options.schema ? { options: `-c search_path=${quoteIdent(options.schema)}` } : {}),
    });
    // An idle client losing its server (restart, failover) must not crash the process; the next query reconnects.
    this.pool.on('error', () => {});
    this.ready = this.init(options.schema);
    // Callers see the failure on their first call; this only keeps it from being reported as unhandled meanwhile.
    this.ready.catch(() => {});
  }

  private async init(schema: string | undefined): Promise<void> {
    const client = await this.pool.connect();
    try {
      await migrate(client, schema);
    } finally {
      client.release();
    }
  }

  /** Resolves once connected and migrated; rejects with the connection or migration error. Other methods wait for it themselves. */
  async whenReady(): Promise<void> {
    await this.ready;
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    await this.ready;
    return (await this.pool.query<R>(sql, params)).rows;
  }

  /**
   * One transaction on one connection: other connections keep seeing the previous version until
   * COMMIT (MVCC), and if the process dies before COMMIT the server rolls the transaction back when
   * the connection drops, so a killed import leaves no rows. Rows go in as unnest() arrays, BATCH
   * at a time, with the next batch collected while the previous one is on the wire.
   */
  async importVersion(meta: NewVersion, entities: AsyncIterable<Entity>, onEntity?: (count: number) => void): Promise<VersionInfo> {
    await this.ready;
    const client = await this.pool.connect();
    let broken: Error | undefined;
    // A checked-out client has no pool listener: without this, a dropped connection would be an uncaught 'error' event.
    const onError = (err: Error) => {
      broken = err;
    };
    client.on('error', onError);
    let inFlight: Promise<unknown> = Promise.resolve();
    try {
      await client.query('BEGIN');
      // Two imports of the same dataset serialise here (the loser would otherwise fail on UNIQUE (dataset, seq));
      // imports of different datasets run side by side.
      await client.query(`SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':vigil.import:' || $1, 0))`, [meta.dataset]);
      const seqRow = (await client.query<{ seq: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM versions WHERE dataset = $1', [meta.dataset])).rows[0];
      const importedAt = new Date().toISOString();
      const inserted = await client.query<{ id: number }>(
        `INSERT INTO versions (dataset, seq, published, imported_at, file_hash, source, format, entity_count, counts, etag, last_modified)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 0, '{}', $8, $9) RETURNING id`,
        [meta.dataset, seqRow?.seq ?? 1, meta.published, importedAt, meta.fileHash, meta.source, meta.format, meta.etag ?? null, meta.lastModified ?? null],
      );
      const versionId = (inserted.rows[0] as { id: number }).id;

      let bodies = new Map<string, string>();
      let rows: { ids: string[]; captions: string[]; schemas: string[]; hashes: string[] } = { ids: [], captions: [], schemas: [], hashes: [] };
      let rels: { sources: string[]; targets: string[]; types: string[] } = { sources: [], targets: [], types: [] };
      const flush = async (): Promise<void> => {
        // One batch on the wire at a time: the previous one must have succeeded before more is sent.
        await inFlight;
        if (rows.ids.length === 0) return;
        const b = bodies;
        const r = rows;
        const l = rels;
        bodies = new Map();
        rows = { ids: [], captions: [], schemas: [], hashes: [] };
        rels = { sources: [], targets: [], types: [] };
        // The three statements run one after the other (a pg client takes one query at a time) while the
        // caller goes on parsing the next batch.
        inFlight = (async () => {
          await client.query('INSERT INTO entity_bodies (hash, body) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (hash) DO NOTHING', [[...b.keys()], [...b.values()]]);
          await client.query(
            'INSERT INTO version_entities (version_id, entity_id, caption, schema, hash) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])',
            [versionId, r.ids, r.captions, r.schemas, r.hashes],
          );
          if (l.sources.length > 0) {
            await client.query('INSERT INTO version_relations (version_id, source_id, target_id, type) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[])', [
              versionId,
              l.sources,
              l.targets,
              l.types,
            ]);
          }
        })();
        // Kept from becoming an unhandled rejection if the stream throws before the next await.
        inFlight.catch(() => {});
      };

      const tally = new ImportTally(meta.dataset);
      for await (const entity of entities) {
        const { body, hash } = tally.accept(entity);
        bodies.set(hash, body);
        rows.ids.push(entity.id);
        rows.captions.push(entity.caption);
        rows.schemas.push(entity.schema);
        rows.hashes.push(hash);
        for (const rel of entity.relationships ?? []) {
          rels.sources.push(entity.id);
          rels.targets.push(rel.target);
          rels.types.push(rel.type);
        }
        onEntity?.(tally.count);
        if (rows.ids.length >= BATCH) await flush();
      }
      await flush();
      await inFlight;
      tally.assertNotEmpty();
      // The parser reports the publication date while streaming, so it is only known now.
      await client.query('UPDATE versions SET entity_count = $1, counts = $2, published = $3 WHERE id = $4', [tally.count, JSON.stringify(tally.counts), meta.published, versionId]);
      await client.query(
        'INSERT INTO current_versions (dataset, version_id) VALUES ($1, $2) ON CONFLICT (dataset) DO UPDATE SET version_id = excluded.version_id',
        [meta.dataset, versionId],
      );
      await client.query('COMMIT');
      const version = await this.versionById(versionId);
      if (!version) throw new Error(`version ${versionId} vanished after commit`);
      return version;
    } catch (err) {
      // Let a batch still on the wire settle first, so ROLLBACK is not queued behind it on a half-dead connection.
      await inFlight.catch(() => {});
      await client.query('ROLLBACK').catch((e: unknown) => {
        broken = e as Error;
      });
      throw err;
    } finally {
      // A connection whose ROLLBACK failed is in an unknown state: destroy it rather than return it to the pool.
      client.off('error', onError);
      client.release(broken);
    }
  }

  private async versionById(id: number): Promise<VersionInfo | undefined> {
    const [row] = await this.query<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM versions v WHERE v.id = $1`, [id]);
    return row ? toVersion(row) : undefined;
  }

  async datasets(): Promise<string[]> {
    return (await this.query<{ dataset: string }>('SELECT DISTINCT dataset FROM versions ORDER BY dataset')).map((r) => r.dataset);
  }

  async currentVersions(): Promise<VersionInfo[]> {
    const rows = await this.query<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM versions v JOIN current_versions c ON c.version_id = v.id ORDER BY v.dataset`);
    return rows.map(toVersion);
  }

  async versions(dataset: string): Promise<VersionInfo[]> {
    return (await this.query<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM versions v WHERE v.dataset = $1 ORDER BY v.seq`, [dataset])).map(toVersion);
  }

  async findVersion(dataset: string, ref: string): Promise<VersionInfo | undefined> {
    return pickVersion(await this.versions(dataset), ref);
  }

  async getEntity(id: string, versionId?: number): Promise<StoredEntity | undefined> {
    const { dataset } = parseEntityId(id);
    const vid = versionId ?? (await this.query<{ version_id: number }>('SELECT version_id FROM current_versions WHERE dataset = $1', [dataset]))[0]?.version_id;
    if (vid === undefined) return undefined;
    const [row] = await this.query<{ body: string }>(
      'SELECT b.body FROM version_entities e JOIN entity_bodies b ON b.hash = e.hash WHERE e.version_id = $1 AND e.entity_id = $2',
      [vid, id],
    );
    if (!row) return undefined;
    const version = await this.versionById(vid);
    if (!version) return undefined;
    const entity = JSON.parse(row.body) as Entity;
    return { entity, version, related: await this.related(entity, vid) };
  }

  /** Outgoing links come from the entity itself; incoming ones from any current entity (of any dataset) that names it. */
  private async related(entity: Entity, versionId: number): Promise<RelatedEntity[]> {
    const outgoing = entity.relationships ?? [];
    const described = new Map<string, { caption: string; schema: string }>();
    if (outgoing.length > 0) {
      const rows = await this.query<{ entity_id: string; caption: string; schema: string }>(
        `SELECT e.entity_id, e.caption, e.schema FROM version_entities e JOIN current_versions c ON c.version_id = e.version_id WHERE e.entity_id = ANY($1::text[])`,
        [outgoing.map((r) => r.target)],
      );
      for (const r of rows) described.set(r.entity_id, r);
    }
    const out: RelatedEntity[] = outgoing.map((rel) => {
      const other = described.get(rel.target);
      return { id: rel.target, caption: other?.caption ?? null, schema: other?.schema ?? null, type: rel.type, direction: 'outgoing' as const };
    });
    const incoming = await this.query<{ source_id: string; type: string; caption: string; schema: string }>(
      `SELECT r.source_id, r.type, e.caption, e.schema FROM version_relations r
       JOIN version_entities e ON e.version_id = r.version_id AND e.entity_id = r.source_id
       WHERE r.target_id = $1 AND (r.version_id = $2 OR r.version_id IN (SELECT version_id FROM current_versions))
       ORDER BY r.version_id, r.source_id, r.type`,
      [entity.id, versionId],
    );
    out.push(...incomingRelations(incoming));
    return out;
  }

  async *currentEntities(datasets?: string[]): AsyncIterable<Entity> {
    const current = await this.query<{ dataset: string; version_id: number }>('SELECT dataset, version_id FROM current_versions ORDER BY dataset');
    yield* pagedEntities(current, datasets, (versionId, after) =>
      this.query<{ entity_id: string; body: string }>(
        `SELECT e.entity_id, b.body FROM version_entities e JOIN entity_bodies b ON b.hash = e.hash
         WHERE e.version_id = $1 AND e.entity_id > $2 ORDER BY e.entity_id LIMIT ${PAGE}`,
        [versionId, after],
      ),
    );
  }

  async diff(dataset: string, fromVersionId: number, toVersionId: number): Promise<VersionDiff> {
    const [from, to] = diffVersions(dataset, fromVersionId, await this.versionById(fromVersionId), toVersionId, await this.versionById(toVersionId));
    const rows = async (vid: number) =>
      new Map<string, DiffRow>(
        (await this.query<{ entity_id: string; caption: string; hash: string }>('SELECT entity_id, caption, hash FROM version_entities WHERE version_id = $1', [vid])).map(
          (r) => [r.entity_id, r],
        ),
      );
    return buildDiff(dataset, from, to, await rows(fromVersionId), await rows(toVersionId), async (hashes) => {
      const found = hashes.length > 0 ? await this.query<{ hash: string; body: string }>('SELECT hash, body FROM entity_bodies WHERE hash = ANY($1::text[])', [hashes]) : [];
      return new Map(found.map((r) => [r.hash, JSON.parse(r.body) as Entity]));
    });
  }

  async createApiKey(role: Role, label?: string): Promise<{ key: string; info: ApiKeyInfo }> {
    const { id, key, hash } = newApiKey();
    const createdAt = new Date().toISOString();
    await this.query('INSERT INTO api_keys (id, hash, role, label, created_at) VALUES ($1, $2, $3, $4, $5)', [id, hash, role, label ?? null, createdAt]);
    return { key, info: { id, role, label: label ?? null, createdAt, revoked: false } };
  }

  async verifyApiKey(key: string): Promise<ApiKeyInfo | undefined> {
    const id = apiKeyId(key);
    if (!id) return undefined;
    const [row] = await this.query<{ id: string; hash: string; role: Role; label: string | null; created_at: Date; revoked: boolean }>(
      'SELECT * FROM api_keys WHERE id = $1',
      [id],
    );
    if (!row || row.revoked || !apiKeyMatches(key, row.hash)) return undefined;
    return { id: row.id, role: row.role, label: row.label, createdAt: row.created_at.toISOString(), revoked: false };
  }

  async listApiKeys(): Promise<ApiKeyInfo[]> {
    const rows = await this.query<{ id: string; role: Role; label: string | null; created_at: Date; revoked: boolean }>('SELECT * FROM api_keys ORDER BY created_at, id');
    return rows.map((r) => ({ id: r.id, role: r.role, label: r.label, createdAt: r.created_at.toISOString(), revoked: r.revoked }));
  }

  async revokeApiKey(id: string): Promise<boolean> {
    await this.ready;
    return ((await this.pool.query('UPDATE api_keys SET revoked = TRUE WHERE id = $1 AND NOT revoked', [id])).rowCount ?? 0) > 0;
  }

  async close(): Promise<void> {
    await this.ready.catch(() => {});
    await this.pool.end();
  }
}
