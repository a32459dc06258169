import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import { updateDatasets, type UpdateResult } from '../ingest/update.js';
import type { ScreeningService } from '../service/screening.js';
import type { Store } from '../store/types.js';

export interface RefreshState {
  running: boolean;
  lastStartedAt: string | null;
  lastFinishedAt: string | null;
  lastOutcome: 'ok' | 'failed' | null;
  lastError: string | null;
  /** Per-dataset outcome of the last run. */
  lastResults: { dataset: string; status: UpdateResult['status']; error?: string }[];
  nextAt: string | null;
}

/**
 * List refresh: import what changed, then rebuild the index off to the side and swap it in. Queries
 * keep running on the previous snapshot throughout; a failure leaves that snapshot serving.
 */
export class Refresher {
  readonly state: RefreshState = { running: false, lastStartedAt: null, lastFinishedAt: null, lastOutcome: null, lastError: null, lastResults: [], nextAt: null };
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;
  /**
   * In a cluster only one process imports (two importers could record one publication twice):
   * the others forward refresh requests to it and reload when told.
   */
  forward: ((options: { datasets?: string[]; force?: boolean }) => void) | undefined;
  /** Called after new lists are swapped in (a cluster tells its other workers to reload). */
  onSwapped: (() => void) | undefined;

  constructor(
    private readonly store: Store,
    private readonly service: ScreeningService,
    private readonly config: Config,
    private readonly log: FastifyBaseLogger,
    /** Called after every successful index swap (the search index follows the screening index). */
    private readonly onReloaded: () => Promise<void>,
    private readonly onOutcome: (outcome: 'ok' | 'failed') => void = () => {},
  ) {}

  /** Starts a refresh unless one is running; resolves when it ends, never rejects. */
  run(options: { datasets?: string[]; force?: boolean } = {}): { started: boolean; done: Promise<void> } {
    if (this.forward) {
      this.forward(options);
      return { started: true, done: Promise.resolve() };
    }
    if (this.current) return { started: false, done: this.current };
    this.current = this.execute(options).finally(() => {
      this.current = undefined;
    });
    return { started: true, done: this.current };
  }

  private async execute(options: { datasets?: string[]; force?: boolean }): Promise<void> {
    const s = this.state;
    s.running = true;
    s.lastStartedAt = new Date().toISOString();
    try {
      const results = await updateDatasets(this.store, {
        fromDir: this.config.listsDir,
        downloadDir: this.config.downloadDir,
        datasets: options.datasets,
        force: options.force,
        log: (e) => this.log.info({ dataset: e.dataset }, e.message),
      });
      s.lastResults = results.map((r) => ({ dataset: r.dataset, status: r.status, ...(r.error ? { error: r.error } : {}) }));
      if (results.some((r) => r.status === 'imported')) {
        const snapshot = await this.service.reload();
        await this.onReloaded();
        this.log.info({ entities: snapshot.index.size, buildMs: Math.round(snapshot.buildMs) }, 'index swapped after refresh');
        this.onSwapped?.();
      }
      const failed = results.filter((r) => r.status === 'failed');
      s.lastOutcome = failed.length > 0 ? 'failed' : 'ok';
      s.lastError = failed.length > 0 ? failed.map((f) => `${f.dataset}: ${f.error ?? 'failed'}`).join('; ') : null;
      this.log.info({ imported: results.filter((r) => r.status === 'imported').length, failed: failed.length }, 'list refresh finished');
    } catch (err) {
      s.lastOutcome = 'failed';
      s.lastError = (err as Error).message;
      this.log.error({ err }, 'list refresh failed; still serving the previous lists');
    } finally {
      s.running = false;
      s.lastFinishedAt = new Date().toISOString();
      this.onOutcome(s.lastOutcome ?? 'failed');
    }
  }

  schedule(): void {
    const minutes = this.config.refreshIntervalMinutes;
    if (minutes <= 0) return;
    const ms = minutes * 60_000;
    this.state.nextAt = new Date(Date.now() + ms).toISOString();
    this.timer = setTimeout(() => {
      void this.run().done.finally(() => this.schedule());
    }, ms);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.state.nextAt = null;
    await this.current;
  }
}
