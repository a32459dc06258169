import type { Entity } from '../model/entity.js';

export interface VersionInfo {
  /** Store-wide numeric id of the version. */
  id: number;
  dataset: string;
  /** Per-dataset sequence number: 1 for the first import, 2 for the next... */
  seq: number;
  /** Publication date the publisher wrote into the file (ISO date), when known. */
  published: string | null;
  importedAt: string;
  /** sha256 over the source file(s), to recognise an unchanged source. */
  fileHash: string;
  source: string;
  format: string;
  entityCount: number;
  /** Counts by schema, e.g. { Person: 730, Organization: 273 }. */
  counts: Record<string, number>;
  current: boolean;
  etag: string | null;
  lastModified: string | null;
}

export interface NewVersion {
  dataset: string;
  published: string | null;
  fileHash: string;
  source: string;
  format: string;
  etag?: string | null;
  lastModified?: string | null;
}

export interface RelatedEntity {
  id: string;
  caption: string | null;
  schema: string | null;
  type: string;
  /** "outgoing": this entity names the other; "incoming": the other names this entity. */
  direction: 'outgoing' | 'incoming';
}

export interface StoredEntity {
  entity: Entity;
  version: VersionInfo;
  related: RelatedEntity[];
}

export interface FieldChange {
  field: string;
  added: unknown[];
  removed: unknown[];
}

export interface EntityChange {
  id: string;
  caption: string;
  kind: 'added' | 'removed' | 'changed';
  fields?: FieldChange[];
}

export interface VersionDiff {
  dataset: string;
  from: VersionInfo;
  to: VersionInfo;
  added: number;
  removed: number;
  changed: number;
  changes: EntityChange[];
}

export type Role = 'screener' | 'analyst' | 'admin';

export interface ApiKeyInfo {
  id: string;
  role: Role;
  label: string | null;
  createdAt: string;
  revoked: boolean;
}

/**
 * The versioned store. SQLite is the embedded default; the interface is asynchronous so that
 * a networked implementation (Postgres) can fill it without changing callers.
 */
export interface Store {
  /**
   * Imports a whole new version of one dataset atomically: either every entity lands and the
   * version becomes current, or nothing changes (a failed or killed import leaves the previous version serving).
   */
  importVersion(meta: NewVersion, entities: AsyncIterable<Entity>, onEntity?: (count: number) => void): Promise<VersionInfo>;
  datasets(): Promise<string[]>;
  currentVersions(): Promise<VersionInfo[]>;
  versions(dataset: string): Promise<VersionInfo[]>;
  /** A version by sequence number ("3"), by "v3", by publication date, or "current"/"previous". */
  findVersion(dataset: string, ref: string): Promise<VersionInfo | undefined>;
  /** The entity in the current version of its dataset (or in a given version), with relationships in both directions. */
  getEntity(id: string, versionId?: number): Promise<StoredEntity | undefined>;
  /** Every entity of the current versions, optionally limited to some datasets. */
  currentEntities(datasets?: string[]): AsyncIterable<Entity>;
  diff(dataset: string, fromVersionId: number, toVersionId: number): Promise<VersionDiff>;
  createApiKey(role: Role, label?: string): Promise<{ key: string; info: ApiKeyInfo }>;
  verifyApiKey(key: string): Promise<ApiKeyInfo | undefined>;
  listApiKeys(): Promise<ApiKeyInfo[]>;
  revokeApiKey(id: string): Promise<boolean>;
  close(): Promise<void>;
}
