import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ScreenOptions, ScreenQuery, ScreenResult } from '../match/types.js';

/**
 * Batch screening jobs, persisted next to the lists so that a job survives a page reload, a lost
 * connection and a server restart (a restarted server resumes unfinished jobs where they stopped).
 * The tables are created by the store's migrations (JOBS_MIGRATION).
 */
export const JOBS_MIGRATION = `
  CREATE TABLE batch_jobs (
    id TEXT PRIMARY KEY,
    owner TEXT,
    label TEXT,
    status TEXT NOT NULL,
    total INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    alerts INTEGER NOT NULL DEFAULT 0,
    options TEXT NOT NULL,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    error TEXT
  );
  CREATE INDEX batch_jobs_owner ON batch_jobs (owner, created_at);
  CREATE TABLE batch_items (
    job_id TEXT NOT NULL REFERENCES batch_jobs(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    query TEXT NOT NULL,
    result TEXT,
    decision TEXT,
    top_score REAL,
    datasets TEXT,
    PRIMARY KEY (job_id, idx)
  ) WITHOUT ROWID;
`;

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface BatchJob {
  id: string;
  owner: string | null;
  label: string | null;
  status: JobStatus;
  total: number;
  done: number;
  alerts: number;
  options: ScreenOptions;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

export interface BatchItem {
  index: number;
  query: ScreenQuery;
  result: ScreenResult | null;
}

export interface ItemFilter {
  alertsOnly?: boolean;
  dataset?: string;
  minScore?: number;
}

interface JobRow {
  id: string;
  owner: string | null;
  label: string | null;
  status: JobStatus;
  total: number;
  done: number;
  alerts: number;
  options: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
}

const toJob = (r: JobRow): BatchJob => ({
  id: r.id,
  owner: r.owner,
  label: r.label,
  status: r.status,
  total: r.total,
  done: r.done,
  alerts: r.alerts,
  options: JSON.parse(r.options) as ScreenOptions,
  createdAt: r.created_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  error: r.error,
});

export class JobStore {
  private readonly db: Database.Database;

  /** Opens its own connection to the store's file (WAL lets it write while imports run); `:memory:` gets private tables. */
  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 10000');
    // In the store's own file the store's migrations have created the tables already; a file of its own
    // (`:memory:`, or the jobs file beside a Postgres store) gets them here.
    const exists = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'batch_jobs'").get();
    if (!exists) this.db.exec(JOBS_MIGRATION);
  }

  create(queries: ScreenQuery[], options: ScreenOptions, owner: string | null, label: string | null): BatchJob {
    const id = randomUUID();
    const createdAt = new Date().toISOString();
    const insert = this.db.prepare('INSERT INTO batch_items (job_id, idx, query) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO batch_jobs (id, owner, label, status, total, options, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, owner, label, 'queued', queries.length, JSON.stringify(options), createdAt);
      queries.forEach((q, i) => insert.run(id, i, JSON.stringify(q)));
    })();
    return this.get(id)!;
  }

  get(id: string): BatchJob | undefined {
    const row = this.db.prepare('SELECT * FROM batch_jobs WHERE id = ?').get(id) as JobRow | undefined;
    return row ? toJob(row) : undefined;
  }

  list(owner: string | null, limit = 50): BatchJob[] {
    const rows = (
      owner === null
        ? this.db.prepare('SELECT * FROM batch_jobs ORDER BY created_at DESC LIMIT ?').all(limit)
        : this.db.prepare('SELECT * FROM batch_jobs WHERE owner = ? ORDER BY created_at DESC LIMIT ?').all(owner, limit)
    ) as JobRow[];
    return rows.map(toJob);
  }

  /** Jobs a restart must pick up again, oldest first. */
  unfinished(): BatchJob[] {
    return (this.db.prepare("SELECT * FROM batch_jobs WHERE status IN ('queued', 'running') ORDER BY created_at").all() as JobRow[]).map(toJob);
  }

  setStatus(id: string, status: JobStatus, error?: string): void {
    const now = new Date().toISOString();
    if (status === 'running') this.db.prepare("UPDATE batch_jobs SET status = ?, started_at = COALESCE(started_at, ?) WHERE id = ?").run(status, now, id);
    else if (status === 'queued') this.db.prepare('UPDATE batch_jobs SET status = ? WHERE id = ?').run(status, id);
    else this.db.prepare('UPDATE batch_jobs SET status = ?, finished_at = ?, error = ? WHERE id = ?').run(status, now, error ?? null, id);
  }

  /** The next unscreened items, in order. */
  pending(id: string, limit: number): { index: number; query: ScreenQuery }[] {
    const rows = this.db.prepare('SELECT idx, query FROM batch_items WHERE job_id = ? AND result IS NULL ORDER BY idx LIMIT ?').all(id, limit) as { idx: number; query: string }[];
    return rows.map((r) => ({ index: r.idx, query: JSON.parse(r.query) as ScreenQuery }));
  }

  /** Stores a slice of results and advances the job's counters in one transaction. */
  saveResults(id: string, results: { index: number; result: ScreenResult }[]): void {
    const update = this.db.prepare('UPDATE batch_items SET result = ?, decision = ?, top_score = ?, datasets = ? WHERE job_id = ? AND idx = ?');
    this.db.transaction(() => {
      let alerts = 0;
      for (const { index, result } of results) {
        const datasets = [...new Set(result.matches.map((m) => m.dataset))];
        if (result.decision === 'alert') alerts++;
        update.run(JSON.stringify(result), result.decision, result.matches[0]?.score ?? 0, `,${datasets.join(',')},`, id, index);
      }
      this.db.prepare('UPDATE batch_jobs SET done = done + ?, alerts = alerts + ? WHERE id = ?').run(results.length, alerts, id);
    })();
  }

  private where(id: string, filter: ItemFilter): { sql: string; args: unknown[] } {
    const clauses = ['job_id = ?', 'result IS NOT NULL'];
    const args: unknown[] = [id];
    if (filter.alertsOnly) clauses.push("decision = 'alert'");
    if (filter.minScore !== undefined) {
      clauses.push('top_score >= ?');
      args.push(filter.minScore);
    }
    if (filter.dataset) {
      clauses.push("instr(datasets, ',' || ? || ',') > 0");
      args.push(filter.dataset);
    }
    return { sql: clauses.join(' AND '), args };
  }

  countItems(id: string, filter: ItemFilter): number {
    const { sql, args } = this.where(id, filter);
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM batch_items WHERE ${sql}`).get(...args) as { n: number }).n;
  }

  items(id: string, filter: ItemFilter, limit: number, offset: number): BatchItem[] {
    const { sql, args } = this.where(id, filter);
    const rows = this.db.prepare(`SELECT idx, query, result FROM batch_items WHERE ${sql} ORDER BY idx LIMIT ? OFFSET ?`).all(...args, limit, offset) as {
      idx: number;
      query: string;
      result: string | null;
    }[];
    return rows.map((r) => ({ index: r.idx, query: JSON.parse(r.query) as ScreenQuery, result: r.result ? (JSON.parse(r.result) as ScreenResult) : null }));
  }

  /** Every finished item in order, a page at a time, for exports of any size. */
  *iterateItems(id: string, filter: ItemFilter, pageSize = 500): Generator<BatchItem> {
    for (let offset = 0; ; offset += pageSize) {
      const page = this.items(id, filter, pageSize, offset);
      yield* page;
      if (page.length < pageSize) return;
    }
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM batch_jobs WHERE id = ?').run(id).changes > 0;
  }

  /** Batch inputs are personal data: finished jobs are kept only for the retention period. */
  purgeOlderThan(isoDate: string): number {
    return this.db.prepare("DELETE FROM batch_jobs WHERE created_at < ? AND status NOT IN ('queued', 'running')").run(isoDate).changes;
  }

  close(): void {
    this.db.close();
  }
}
