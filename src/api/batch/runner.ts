import type { FastifyBaseLogger } from 'fastify';
import type { ScreenResult } from '../../match/types.js';
import type { ScreeningService } from '../../service/screening.js';
import type { JobStore } from '../../store/jobs.js';

/** How long one slice may hold the event loop: interactive requests wait at most about this long. */
const SLICE_MS = 15;
const PAGE = 200;

/**
 * Runs batch jobs one at a time in the background, in slices separated by setImmediate so that
 * single screens keep flowing while a 100,000-row file is processed. Progress is committed per slice,
 * so a restart resumes where the previous process stopped.
 */
export class BatchRunner {
  private running = false;
  private stopped = false;
  private idle: Promise<void> = Promise.resolve();
  private readonly cancelled = new Set<string>();
  /** In a cluster only one worker runs jobs; the others only store them. */
  enabled = true;

  constructor(
    private readonly jobs: JobStore,
    private readonly service: ScreeningService,
    private readonly log: FastifyBaseLogger,
    private readonly onScreened: (results: ScreenResult[]) => void = () => {},
  ) {}

  /** Starts working through queued jobs unless already doing so. */
  kick(): void {
    if (this.running || this.stopped || !this.enabled) return;
    this.running = true;
    this.idle = this.loop().finally(() => {
      this.running = false;
    });
  }

  cancel(id: string): void {
    this.cancelled.add(id);
  }

  /** Stops after the current slice; unfinished jobs stay queued for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.idle;
  }

  private async loop(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      const job = this.jobs.unfinished()[0];
      if (!job) return;
      if (!this.service.status().ready) {
        // Lists still loading: try again shortly rather than failing the job.
        await new Promise((r) => setTimeout(r, 500).unref());
        continue;
      }
      this.jobs.setStatus(job.id, 'running');
      const started = Date.now();
      try {
        await this.runJob(job.id, job.options);
        if (this.stopped) {
          this.jobs.setStatus(job.id, 'queued');
          return;
        }
        if (this.cancelled.delete(job.id)) this.jobs.setStatus(job.id, 'cancelled');
        else this.jobs.setStatus(job.id, 'done');
        this.log.info({ job: job.id, rows: job.total, ms: Date.now() - started }, 'batch job finished');
      } catch (err) {
        this.jobs.setStatus(job.id, 'failed', 'screening failed; see the server log');
        this.log.error({ err, job: job.id }, 'batch job failed');
      }
    }
  }

  private async runJob(id: string, options: Parameters<ScreeningService['screen']>[1]): Promise<void> {
    for (;;) {
      if (this.stopped || this.cancelled.has(id)) return;
      const pending = this.jobs.pending(id, PAGE);
      if (pending.length === 0) return;
      let i = 0;
      while (i < pending.length) {
        const sliceStart = performance.now();
        const results: { index: number; result: ScreenResult }[] = [];
        while (i < pending.length && performance.now() - sliceStart < SLICE_MS) {
          const item = pending[i++]!;
          results.push({ index: item.index, result: this.service.screen(item.query, options) });
        }
        this.jobs.saveResults(id, results);
        this.onScreened(results.map((r) => r.result));
        await new Promise((r) => setImmediate(r));
        if (this.stopped || this.cancelled.has(id)) return;
      }
    }
  }
}
