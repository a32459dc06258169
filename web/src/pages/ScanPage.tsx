import { useId, useMemo, useState, type FormEvent } from 'react';
import { ApiError, request, type ScanMention, type ScanResponse } from '../api';
import { useI18n } from '../i18n';
import { href } from '../router';
import { useSession } from '../session';

/** Read in the browser and sent as text, so that the mention offsets index the text shown here. */
const TEXT_FILES = /\.(txt|md|markdown|html?)$/i;
/** Extracted on the server, which sends the extracted text back with the mentions that index it. */
const BINARY_FILES = /\.(pdf|docx)$/i;

type Outcome =
  | { status: 'idle' | 'loading' | 'unavailable' }
  | { status: 'error'; message: string }
  | { status: 'done'; text: string | null; fileName?: string; scan: ScanResponse };

type Segment = { text: string; mention?: ScanMention };

/** Splits the text into plain runs and mentions; a mention overlapping an earlier one is dropped. */
export function segments(text: string, mentions: ScanMention[]): Segment[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), mention: m });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

export function ScanPage() {
  const { t, num, pct } = useI18n();
  const session = useSession();
  const ids = useId();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });

  const fail = (err: unknown) => {
    if (err instanceof ApiError && err.status === 404) setOutcome({ status: 'unavailable' });
    else setOutcome({ status: 'error', message: err instanceof Error ? err.message : String(err) });
  };

  const scan = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!text.trim()) return;
    const scanned = text;
    setOutcome({ status: 'loading' });
    try {
      const res = await request<ScanResponse>('/v1/scan', { body: { text: scanned } });
      setOutcome({ status: 'done', text: scanned, scan: res });
    } catch (err) {
      fail(err);
    }
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    if (TEXT_FILES.test(file.name) || (file.type.startsWith('text/') && !BINARY_FILES.test(file.name))) {
      const raw = await file.text();
      // HTML: scan what a reader sees, not the markup.
      setText(/\.html?$/i.test(file.name) ? (new DOMParser().parseFromString(raw, 'text/html').body.textContent ?? '') : raw);
      return;
    }
    if (!BINARY_FILES.test(file.name)) {
      setOutcome({ status: 'error', message: t('scan.unsupported', { name: file.name }) });
      return;
    }
    setOutcome({ status: 'loading' });
    try {
      const body = new FormData();
      body.append('file', file, file.name);
      const res = await request<ScanResponse>('/v1/scan', { body });
      // An older server without `text` in the answer: the mentions are still listed below.
      setOutcome({ status: 'done', text: res.text ?? null, fileName: file.name, scan: res });
    } catch (err) {
      fail(err);
    }
  };

  const parts = useMemo(() => (outcome.status === 'done' && outcome.text !== null ? segments(outcome.text, outcome.scan.mentions) : []), [outcome]);
  const entityLink = (id: string, label: string) => (session.can('analyst') ? <a href={href('entity', id)}>{label}</a> : label);

  return (
    <div className="scan-layout">
      <form className="panel" onSubmit={scan} aria-labelledby={`${ids}-h`}>
        <h1 id={`${ids}-h`}>{t('scan.title')}</h1>
        <div className="field">
          <label htmlFor={`${ids}-text`}>{t('scan.text')}</label>
          <textarea id={`${ids}-text`} rows={12} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('scan.placeholder')} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-file`}>{t('scan.file')}</label>
          <input id={`${ids}-file`} type="file" accept=".txt,.md,.html,.htm,.pdf,.docx,text/plain,text/html,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={(e) => void loadFile(e.target.files?.[0])} />
        </div>
        <button type="submit" disabled={!text.trim() || outcome.status === 'loading'}>
          {outcome.status === 'loading' ? t('scan.scanning') : t('scan.scan')}
        </button>
      </form>

      <section className="panel scan-results" aria-labelledby={`${ids}-rh`} aria-busy={outcome.status === 'loading'}>
        <h2 id={`${ids}-rh`}>{t('scan.results')}</h2>
        <div role="status" aria-live="polite" className="status-line">
          {outcome.status === 'idle' && t('scan.idle')}
          {outcome.status === 'loading' && t('scan.scanning')}
          {outcome.status === 'unavailable' && (
            <span className="notice" data-testid="scan-unavailable">
              {t('scan.unavailable')}
            </span>
          )}
          {outcome.status === 'error' && <span className="error-text">{outcome.message}</span>}
          {outcome.status === 'done' && t('scan.found', { mentions: num(outcome.scan.mentions.length), entities: num(outcome.scan.entities.length) })}
        </div>
        {outcome.status === 'done' && (
          <>
            {outcome.fileName && outcome.text !== null && <p className="hint">{t('scan.extractedFrom', { name: outcome.fileName })}</p>}
            {outcome.text !== null ? (
              <div className="scanned-text" data-testid="scanned-text">
                {parts.map((p, i) =>
                  p.mention ? (
                    <mark key={i} className="mention" title={`${p.mention.caption} · ${p.mention.dataset} · ${pct(p.mention.score)} — ${p.mention.explanation}`} data-entity-id={p.mention.entityId}>
                      {entityLink(p.mention.entityId, p.text)}
                    </mark>
                  ) : (
                    <span key={i}>{p.text}</span>
                  ),
                )}
              </div>
            ) : (
              <p className="hint">{t('scan.fromFile', { name: outcome.fileName ?? '' })}</p>
            )}
            {outcome.scan.entities.length > 0 && (
              <>
                <h3>{t('scan.entities')}</h3>
                <ul className="scan-entities">
                  {outcome.scan.entities.map((e) => (
                    <li key={e.entityId}>
                      {entityLink(e.entityId, e.caption)} <span className="tag dataset">{e.dataset}</span> <span className="muted">{t('scan.mentionsN', { n: num(e.mentions), count: e.mentions })} · {pct(e.score)}</span>
                      <ul className="mention-list">
                        {outcome.scan.mentions
                          .filter((m) => m.entityId === e.entityId)
                          .map((m) => (
                            <li key={`${m.start}-${m.end}`}>
                              <q>{m.text}</q> <span className="muted">{t('scan.at', { start: num(m.start), end: num(m.end) })}</span> — {m.explanation}
                            </li>
                          ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}
