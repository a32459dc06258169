import { useId, useMemo, useState, type FormEvent } from 'react';
import { ApiError, request, type ScanMention, type ScanResponse } from '../api';
import { useI18n } from '../i18n';
import { href } from '../router';
import { useSession } from '../session';

/** Files read in the browser and sent as text; the API's text limit applies. */
const TEXT_TYPES = /\.(txt|md|markdown|csv|html?|eml)$/i;

type Outcome = { status: 'idle' | 'loading' | 'unavailable' } | { status: 'error'; message: string } | { status: 'done'; text: string; scan: ScanResponse };

/** Splits the text into plain runs and mentions; overlapping mentions keep the first (longest start). */
function segments(text: string, mentions: ScanMention[]): ({ text: string } | { text: string; mention: ScanMention })[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ({ text: string } | { text: string; mention: ScanMention })[] = [];
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

  const scan = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!text.trim()) return;
    const scanned = text;
    setOutcome({ status: 'loading' });
    try {
      const res = await request<ScanResponse>('/v1/scan', { body: { text: scanned } });
      setOutcome({ status: 'done', text: scanned, scan: res });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) setOutcome({ status: 'unavailable' });
      else setOutcome({ status: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (!TEXT_TYPES.test(file.name) && !file.type.startsWith('text/')) {
      setOutcome({ status: 'error', message: t('scan.unsupported', { name: file.name }) });
      return;
    }
    const raw = await file.text();
    // HTML: scan what a reader sees, not the markup.
    setText(/\.html?$/i.test(file.name) ? (new DOMParser().parseFromString(raw, 'text/html').body.textContent ?? '') : raw);
  };

  const parts = useMemo(() => (outcome.status === 'done' ? segments(outcome.text, outcome.scan.mentions) : []), [outcome]);

  return (
    <div className="scan-layout">
      <form className="panel" onSubmit={scan} aria-labelledby={`${ids}-h`}>
        <h1 id={`${ids}-h`}>{t('scan.title')}</h1>
        <div className="field">
          <label htmlFor={`${ids}-text`}>{t('scan.text')}</label>
          <textarea id={`${ids}-text`} rows={10} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('scan.placeholder')} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${ids}-file`}>{t('scan.file')}</label>
            <input id={`${ids}-file`} type="file" accept=".txt,.md,.html,.htm,text/plain,text/html,text/markdown" onChange={(e) => void readFile(e.target.files?.[0])} />
          </div>
        </div>
        <button type="submit" disabled={!text.trim() || outcome.status === 'loading'}>
          {outcome.status === 'loading' ? t('scan.scanning') : t('scan.scan')}
        </button>
      </form>

      <section className="panel" aria-labelledby={`${ids}-rh`} aria-busy={outcome.status === 'loading'}>
        <h2 id={`${ids}-rh`}>{t('scan.results')}</h2>
        <div role="status" aria-live="polite" className="status-line">
          {outcome.status === 'idle' && t('scan.idle')}
          {outcome.status === 'loading' && t('scan.scanning')}
          {outcome.status === 'unavailable' && <span className="notice" data-testid="scan-unavailable">{t('scan.unavailable')}</span>}
          {outcome.status === 'error' && <span className="error-text">{outcome.message}</span>}
          {outcome.status === 'done' && t('scan.found', { mentions: num(outcome.scan.mentions.length), entities: num(outcome.scan.entities.length) })}
        </div>
        {outcome.status === 'done' && (
          <>
            <div className="scanned-text" data-testid="scanned-text">
              {parts.map((p, i) =>
                'mention' in p ? (
                  <mark key={i} className="mention" title={`${p.mention.caption} · ${p.mention.dataset} · ${pct(p.mention.score)}`}>
                    {session.can('analyst') ? <a href={href('entity', p.mention.entityId)}>{p.text}</a> : p.text}
                  </mark>
                ) : (
                  <span key={i}>{p.text}</span>
                ),
              )}
            </div>
            {outcome.scan.entities.length > 0 && (
              <>
                <h3>{t('scan.entities')}</h3>
                <ul className="scan-entities">
                  {outcome.scan.entities.map((e) => (
                    <li key={e.entityId}>
                      {session.can('analyst') ? <a href={href('entity', e.entityId)}>{e.caption}</a> : e.caption} <span className="muted">{t('scan.mentionsN', { n: num(e.mentions) })}</span>
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
