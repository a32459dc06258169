import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { download, request, type BatchItem, type BatchJob } from '../api';
import { ScoreBar } from '../components/ScoreBar';
import { useI18n } from '../i18n';
import { href, navigate } from '../router';
import { useReadiness } from '../readiness';
import { useSession } from '../session';

const LAST_JOB = 'vigil.lastBatch';
const POLL_MS = 700;
const PAGE_SIZE = 50;

const finished = (j: BatchJob) => j.status === 'done' || j.status === 'failed' || j.status === 'cancelled';

function UploadForm() {
  const { t } = useI18n();
  const ids = useId();
  const [file, setFile] = useState<File | null>(null);
  const [threshold, setThreshold] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setError(t('batch.chooseFile'));
    setBusy(true);
    setError(null);
    try {
      const body = new FormData();
      if (threshold.trim()) body.append('threshold', String(Number(threshold) / 100));
      body.append('label', file.name);
      // Multipart fields must precede the file: the server reads fields that arrive before it.
      body.append('file', file, file.name);
      const job = await request<BatchJob>('/v1/batches', { body });
      localStorage.setItem(LAST_JOB, job.id);
      navigate(href('batch', job.id));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel upload" onSubmit={submit} aria-labelledby={`${ids}-h`}>
      <h1 id={`${ids}-h`}>{t('batch.title')}</h1>
      <p className="hint">{t('batch.formats')}</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${ids}-file`}>{t('batch.file')}</label>
          <input id={`${ids}-file`} type="file" accept=".csv,.xlsx,.jsonl,.ndjson,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="field narrow">
          <label htmlFor={`${ids}-thr`}>{t('batch.threshold')}</label>
          <input id={`${ids}-thr`} type="number" min={0} max={100} step={1} inputMode="numeric" placeholder={t('batch.thresholdDefault')} value={threshold} onChange={(e) => setThreshold(e.target.value)} />
        </div>
      </div>
      <button type="submit" disabled={busy || !file}>
        {busy ? t('batch.uploading') : t('batch.start')}
      </button>
      <p className="status-line" role="alert">
        {error && <span className="error-text">{error}</span>}
      </p>
    </form>
  );
}

function RecentJobs() {
  const { t, num, dateTime } = useI18n();
  const [jobs, setJobs] = useState<BatchJob[] | null>(null);
  useEffect(() => {
    request<{ jobs: BatchJob[] }>('/v1/batches')
      .then((r) => setJobs(r.jobs))
      .catch(() => setJobs([]));
  }, []);
  if (!jobs || jobs.length === 0) return null;
  return (
    <section className="panel">
      <h2>{t('batch.recent')}</h2>
      <ul className="job-list">
        {jobs.slice(0, 10).map((j) => (
          <li key={j.id}>
            <a href={href('batch', j.id)}>{j.label ?? j.id.slice(0, 8)}</a> <span className="muted">{dateTime(j.createdAt)}</span> · {t(`batch.status.${j.status}`)} · {t('batch.rows', { n: num(j.total), count: j.total })} · {t('batch.alertsN', { n: num(j.alerts), count: j.alerts })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function JobView({ id }: { id: string }) {
  const { t, num, pct } = useI18n();
  const session = useSession();
  const readiness = useReadiness();
  const ids = useId();
  const [job, setJob] = useState<BatchJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [alertsOnly, setAlertsOnly] = useState(false);
  const [dataset, setDataset] = useState('');
  const [minScore, setMinScore] = useState('');
  const [offset, setOffset] = useState(0);
  const [items, setItems] = useState<{ total: number; items: BatchItem[] } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => {
    localStorage.setItem(LAST_JOB, id);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const poll = async () => {
      try {
        const j = await request<BatchJob>(`/v1/batches/${id}`);
        if (!live) return;
        setJob(j);
        if (!finished(j)) timer = setTimeout(poll, POLL_MS);
      } catch (e) {
        if (live) setError(e instanceof Error ? e.message : String(e));
      }
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [id]);

  const filterQuery = useCallback(() => {
    const q = new URLSearchParams();
    if (alertsOnly) q.set('alertsOnly', 'true');
    if (dataset) q.set('dataset', dataset);
    const min = Number(minScore);
    if (minScore.trim() && Number.isFinite(min)) q.set('minScore', String(Math.min(100, Math.max(0, min)) / 100));
    return q;
  }, [alertsOnly, dataset, minScore]);

  // Results refresh as the job advances (job.done) and whenever a filter or the page changes.
  const done = job?.done;
  useEffect(() => {
    if (done === undefined) return;
    const ctrl = new AbortController();
    const q = filterQuery();
    q.set('limit', String(PAGE_SIZE));
    q.set('offset', String(offset));
    request<{ total: number; items: BatchItem[] }>(`/v1/batches/${id}/results?${q}`, { signal: ctrl.signal })
      .then((r) => setItems({ total: r.total, items: r.items }))
      .catch(() => {});
    return () => ctrl.abort();
  }, [id, done, offset, filterQuery]);

  const exportAs = async (format: 'csv' | 'xlsx' | 'json') => {
    setExportError(null);
    const q = filterQuery();
    q.set('format', format);
    try {
      await download(`/v1/batches/${id}/export?${q}`, `vigil-batch.${format}`);
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    }
  };

  const cancel = async () => {
    await request(`/v1/batches/${id}`, { method: 'DELETE' }).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  if (error && !job) {
    return (
      <section className="panel">
        <p className="error-text" role="alert">
          {error}
        </p>
        <a href={href('batch')}>{t('batch.newUpload')}</a>
      </section>
    );
  }

  const progress = job ? (job.total === 0 ? 1 : job.done / job.total) : 0;
  const datasets = readiness?.lists.map((l) => l.dataset) ?? [];

  return (
    <>
      <section className="panel job" aria-labelledby={`${ids}-h`}>
        <div className="results-head">
          <h1 id={`${ids}-h`}>{job?.label ?? t('batch.job')}</h1>
          <a href={href('batch')}>{t('batch.newUpload')}</a>
        </div>
        <div className="progress-row">
          <progress id={`${ids}-p`} data-testid="batch-progress" max={1} value={progress} aria-label={t('batch.progress')} aria-valuetext={pct(progress)} />
          <span className="progress-text" role="status" aria-live="polite" data-testid="batch-status" data-status={job?.status ?? 'loading'}>
            {job ? `${t(`batch.status.${job.status}`)} · ${t('batch.doneOf', { done: num(job.done), total: num(job.total) })} · ${pct(progress)} · ${t('batch.alertsN', { n: num(job.alerts), count: job.alerts })}` : t('common.loading')}
          </span>
          {job && !finished(job) && (
            <button type="button" className="secondary" onClick={cancel}>
              {t('batch.cancel')}
            </button>
          )}
        </div>
        {job?.error && <p className="error-text">{job.error}</p>}
      </section>

      <section className="panel" aria-labelledby={`${ids}-rh`}>
        <h2 id={`${ids}-rh`}>{t('batch.results')}</h2>
        <div className="filters" role="group" aria-label={t('batch.filters')}>
          <label className="check">
            <input type="checkbox" checked={alertsOnly} onChange={(e) => (setAlertsOnly(e.target.checked), setOffset(0))} /> {t('batch.alertsOnly')}
          </label>
          <label>
            {t('batch.dataset')}{' '}
            <select value={dataset} onChange={(e) => (setDataset(e.target.value), setOffset(0))}>
              <option value="">{t('batch.allDatasets')}</option>
              {datasets.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('batch.minScore')}{' '}
            <input type="number" min={0} max={100} step={1} className="narrow" value={minScore} onChange={(e) => (setMinScore(e.target.value), setOffset(0))} />
          </label>
          <span className="export" role="group" aria-label={t('batch.export')}>
            {t('batch.export')}:{' '}
            {(['csv', 'xlsx', 'json'] as const).map((f) => (
              <button key={f} type="button" className="secondary" onClick={() => void exportAs(f)} disabled={!job || job.done === 0} data-testid={`export-${f}`}>
                {f.toUpperCase()}
              </button>
            ))}
          </span>
        </div>
        {exportError && <p className="error-text">{exportError}</p>}
        <div className="table-scroll results-table">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('batch.row')}</th>
                <th scope="col">{t('batch.query')}</th>
                <th scope="col">{t('batch.decision')}</th>
                <th scope="col">{t('batch.bestMatch')}</th>
                <th scope="col">{t('batch.score')}</th>
              </tr>
            </thead>
            <tbody>
              {items?.items.map((it) => {
                const best = it.result?.matches[0];
                return (
                  <tr key={it.row} className={it.result?.decision === 'alert' ? 'row-alert' : undefined}>
                    <td className="num">{num(it.row)}</td>
                    <td>{it.query.name}</td>
                    <td>{it.result ? <span className={`badge ${it.result.decision}`}>{t(`decision.${it.result.decision}`)}</span> : <span className="muted">{t('batch.pending')}</span>}</td>
                    <td>
                      {best ? (
                        <>
                          {session.can('analyst') ? <a href={href('entity', best.entityId)}>{best.caption}</a> : best.caption} <span className="tag dataset">{best.dataset}</span>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>{best ? <ScoreBar score={best.score} threshold={it.result?.threshold} /> : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="pager">
          <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t('common.previous')}
          </button>
          <span role="status">{items ? t('batch.showing', { from: num(items.total === 0 ? 0 : offset + 1), to: num(Math.min(items.total, offset + PAGE_SIZE)), total: num(items.total) }) : ''}</span>
          <button type="button" className="secondary" disabled={!items || offset + PAGE_SIZE >= items.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            {t('common.next')}
          </button>
        </div>
      </section>
    </>
  );
}

export function BatchPage({ id }: { id?: string }) {
  const { t } = useI18n();
  // A bare #/batch after a reload returns to the job that was running (kept in localStorage).
  const last = localStorage.getItem(LAST_JOB);
  if (id) return <JobView id={id} />;
  return (
    <>
      <UploadForm />
      {last && (
        <p className="panel">
          <a href={href('batch', last)}>{t('batch.resume')}</a>
        </p>
      )}
      <RecentJobs />
    </>
  );
}
