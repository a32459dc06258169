import { useEffect, useId, useState } from 'react';
import { ApiError, request, type ChangesPage, type DatasetSummary, type VersionInfo } from '../api';
import { useI18n, type I18n } from '../i18n';
import { href } from '../router';
import { useSession } from '../session';

const CHANGES_PAGE = 50;

/** "3 hours ago" / "vor 3 Stunden": freshness matters more to an analyst than a timestamp. */
function ago(i18n: I18n, hours: number): string {
  const rtf = new Intl.RelativeTimeFormat(i18n.lang, { numeric: 'auto' });
  if (hours < 1) return rtf.format(-Math.round(hours * 60), 'minute');
  if (hours < 48) return rtf.format(-Math.round(hours), 'hour');
  return rtf.format(-Math.round(hours / 24), 'day');
}

/** Field values are strings or small objects (names, identifiers): show objects compactly. */
function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  const o = value as Record<string, unknown>;
  if (typeof o.full === 'string') return o.full;
  if (typeof o.value === 'string') return [o.type, o.asset, o.value].filter(Boolean).join(' ');
  if (typeof o.date === 'string') return o.date;
  return JSON.stringify(value);
}

function RefreshButton() {
  const { t } = useI18n();
  const session = useSession();
  const [state, setState] = useState<string | null>(null);
  // Only admins may trigger imports: the button is not shown to anyone else.
  if (!session.can('admin')) return null;
  const run = async () => {
    setState(t('lists.refreshing'));
    try {
      const r = await request<{ started: boolean }>('/v1/admin/update', { body: {} });
      setState(r.started ? t('lists.refreshStarted') : t('lists.refreshRunning'));
    } catch (e) {
      setState(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <span className="refresh">
      <button type="button" className="secondary" onClick={run}>
        {t('lists.refresh')}
      </button>{' '}
      <span role="status">{state}</span>
    </span>
  );
}

function DatasetTable() {
  const i18n = useI18n();
  const { t, num } = i18n;
  const [datasets, setDatasets] = useState<DatasetSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request<{ datasets: DatasetSummary[] }>('/v1/datasets')
      .then((r) => setDatasets(r.datasets))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return (
    <section className="panel" aria-labelledby="lists-h">
      <div className="results-head">
        <h1 id="lists-h">{t('lists.title')}</h1>
        <RefreshButton />
      </div>
      {error && <p className="error-text">{error}</p>}
      <div className="table-scroll">
        <table data-testid="datasets">
          <thead>
            <tr>
              <th scope="col">{t('lists.dataset')}</th>
              <th scope="col">{t('lists.publisher')}</th>
              <th scope="col">{t('lists.current')}</th>
              <th scope="col">{t('lists.published')}</th>
              <th scope="col">{t('lists.imported')}</th>
              <th scope="col" className="num">
                {t('lists.entities')}
              </th>
              <th scope="col" className="num">
                {t('lists.versions')}
              </th>
              <th scope="col">{t('lists.screened')}</th>
            </tr>
          </thead>
          <tbody>
            {datasets === null && !error && (
              <tr>
                <td colSpan={8}>{t('common.loading')}</td>
              </tr>
            )}
            {datasets?.map((d) => (
              <tr key={d.name}>
                <td>
                  <a href={href('lists', d.name)}>{d.title ?? d.name}</a>
                  <div className="muted mono">{d.name}</div>
                </td>
                <td>{d.publisher ?? '—'}</td>
                <td>{d.current ? `v${d.current.seq}` : '—'}</td>
                <td>{d.current?.published ? i18n.date(d.current.published) : '—'}</td>
                <td>
                  {d.current ? i18n.dateTime(d.current.importedAt) : '—'}
                  {d.ageHours !== undefined && <div className="muted">{ago(i18n, d.ageHours)}</div>}
                </td>
                <td className="num">{d.current ? num(d.current.entityCount) : '—'}</td>
                <td className="num">{num(d.versions)}</td>
                <td>{d.screened ? t('common.yes') : t('common.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Changes({ dataset, versions }: { dataset: string; versions: VersionInfo[] }) {
  const { t, num } = useI18n();
  const ids = useId();
  const sorted = [...versions].sort((a, b) => b.seq - a.seq);
  const [to, setTo] = useState(sorted[0] ? `v${sorted[0].seq}` : 'current');
  const [from, setFrom] = useState(sorted[1] ? `v${sorted[1].seq}` : 'previous');
  const [kind, setKind] = useState<'' | 'added' | 'removed' | 'changed'>('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<ChangesPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (versions.length < 2) return;
    const ctrl = new AbortController();
    const q = new URLSearchParams({ from, to, limit: String(CHANGES_PAGE), offset: String(offset) });
    if (kind) q.set('kind', kind);
    setError(null);
    request<ChangesPage>(`/v1/datasets/${encodeURIComponent(dataset)}/changes?${q}`, { signal: ctrl.signal })
      .then(setPage)
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
      });
    return () => ctrl.abort();
  }, [dataset, versions.length, from, to, kind, offset]);

  if (versions.length < 2) return <p className="muted">{t('lists.oneVersion')}</p>;

  return (
    <div className="changes">
      <div className="filters">
        <label htmlFor={`${ids}-from`}>{t('lists.from')}</label>
        <select id={`${ids}-from`} value={from} onChange={(e) => (setFrom(e.target.value), setOffset(0))}>
          {sorted.map((v) => (
            <option key={v.seq} value={`v${v.seq}`}>
              v{v.seq}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-to`}>{t('lists.to')}</label>
        <select id={`${ids}-to`} value={to} onChange={(e) => (setTo(e.target.value), setOffset(0))}>
          {sorted.map((v) => (
            <option key={v.seq} value={`v${v.seq}`}>
              v{v.seq}
            </option>
          ))}
        </select>
        <div role="group" aria-label={t('lists.kind')} className="segmented">
          {(['', 'added', 'removed', 'changed'] as const).map((k) => (
            <button key={k || 'all'} type="button" aria-pressed={kind === k} className={kind === k ? 'on' : 'secondary'} onClick={() => (setKind(k), setOffset(0))}>
              {k ? t(`change.${k}`) : t('lists.all')}
              {page && k ? ` (${num(page[k])})` : ''}
            </button>
          ))}
        </div>
      </div>
      {error && <p className="error-text">{error}</p>}
      {page && (
        <>
          <ul className="change-list">
            {page.changes.map((c) => (
              <li key={`${c.kind}-${c.id}`} className={`change ${c.kind}`}>
                <details>
                  <summary>
                    <span className={`badge ${c.kind}`}>{t(`change.${c.kind}`)}</span> {c.kind === 'removed' ? c.caption : <a href={href('entity', c.id)}>{c.caption}</a>} <span className="muted mono">{c.id}</span>
                    {c.fields && <span className="muted"> · {t('lists.fieldsChanged', { n: num(c.fields.length), count: c.fields.length })}</span>}
                  </summary>
                  {c.fields && (
                    <table className="field-changes">
                      <thead>
                        <tr>
                          <th scope="col">{t('lists.field')}</th>
                          <th scope="col">{t('lists.removedValues')}</th>
                          <th scope="col">{t('lists.addedValues')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {c.fields.map((f) => (
                          <tr key={f.field}>
                            <th scope="row">{f.field}</th>
                            <td>
                              {f.removed.map((v, i) => (
                                <del key={i}>{show(v)}</del>
                              ))}
                            </td>
                            <td>
                              {f.added.map((v, i) => (
                                <ins key={i}>{show(v)}</ins>
                              ))}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </details>
              </li>
            ))}
          </ul>
          <div className="pager">
            <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - CHANGES_PAGE))}>
              {t('common.previous')}
            </button>
            <span role="status">{t('batch.showing', { from: num(page.total === 0 ? 0 : offset + 1), to: num(Math.min(page.total, offset + CHANGES_PAGE)), total: num(page.total) })}</span>
            <button type="button" className="secondary" disabled={offset + CHANGES_PAGE >= page.total} onClick={() => setOffset(offset + CHANGES_PAGE)}>
              {t('common.next')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function DatasetDetail({ name }: { name: string }) {
  const i18n = useI18n();
  const { t, num } = i18n;
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request<{ versions: VersionInfo[] }>(`/v1/datasets/${encodeURIComponent(name)}/versions`)
      .then((r) => setVersions(r.versions))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [name]);
  return (
    <>
      <section className="panel" aria-labelledby="ds-h">
        <p>
          <a href={href('lists')}>← {t('lists.title')}</a>
        </p>
        <h1 id="ds-h">{name}</h1>
        {error && <p className="error-text">{error}</p>}
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('lists.version')}</th>
                <th scope="col">{t('lists.published')}</th>
                <th scope="col">{t('lists.imported')}</th>
                <th scope="col" className="num">
                  {t('lists.entities')}
                </th>
                <th scope="col">{t('lists.bySchema')}</th>
              </tr>
            </thead>
            <tbody>
              {versions?.map((v) => (
                <tr key={v.id}>
                  <td>
                    v{v.seq} {v.current && <span className="badge clear">{t('lists.currentBadge')}</span>}
                  </td>
                  <td>{v.published ? i18n.date(v.published) : '—'}</td>
                  <td>{i18n.dateTime(v.importedAt)}</td>
                  <td className="num">{num(v.entityCount)}</td>
                  <td>
                    {Object.entries(v.counts)
                      .map(([s, n]) => `${t(`schema.${s}` as 'schema.Person')} ${num(n)}`)
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="panel" aria-labelledby="ch-h">
        <h2 id="ch-h">{t('lists.changes')}</h2>
        {versions && <Changes dataset={name} versions={versions} />}
      </section>
    </>
  );
}

export function ListsPage({ dataset }: { dataset?: string }) {
  return dataset ? <DatasetDetail name={dataset} /> : <DatasetTable />;
}
