import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { ApiError, IDENTIFIER_OPTIONS, SCHEMA_OPTIONS, isAbort, request, type ApiQuery, type DemoFields, type IdentifierType, type Schema, type ScreenResult } from '../api';
import { AlsoListed } from '../components/AlsoListed';
import { Explanation } from '../components/Explanation';
import { ScoreBar } from '../components/ScoreBar';
import { useI18n } from '../i18n';
import { href } from '../router';
import { useSession } from '../session';

interface FormState {
  name: string;
  schema: Schema | '';
  birthDate: string;
  country: string;
  identifiers: { type: IdentifierType; value: string }[];
}

const EMPTY: FormState = { name: '', schema: '', birthDate: '', country: '', identifiers: [] };
const FORM_STORAGE = 'vigil.screenForm';
const DEBOUNCE_MS = 250;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** Skeleton cards shown before the first answer: the space results will take is reserved up front. */
const SKELETONS = 3;

/** Performance marks read by the browser test: typing start → results painted. */
export const MARK_TYPING = 'vigil:screen-typing';
export const MEASURE_FIRST_RESULT = 'vigil:screen-first-result';
/** From the last keystroke before the answer: the debounce plus the round trip plus rendering. */
export const MEASURE_AFTER_LAST_KEY = 'vigil:screen-after-last-key';

function loadForm(): FormState {
  try {
    const saved = JSON.parse(sessionStorage.getItem(FORM_STORAGE) ?? 'null') as FormState | null;
    return saved && typeof saved.name === 'string' ? { ...EMPTY, ...saved } : EMPTY;
  } catch {
    return EMPTY;
  }
}

function toQuery(f: FormState): ApiQuery {
  const ids = f.identifiers.filter((i) => i.value.trim()).map((i) => ({ type: i.type, value: i.value.trim() }));
  return {
    name: f.name.trim(),
    ...(f.schema ? { schema: f.schema } : {}),
    ...(f.birthDate.trim() ? { birthDate: f.birthDate.trim() } : {}),
    ...(f.country.trim() ? { country: f.country.trim() } : {}),
    ...(ids.length ? { identifiers: ids } : {}),
  };
}

type Outcome = { status: 'idle' } | { status: 'loading' } | { status: 'done'; result: ScreenResult } | { status: 'error'; message: string; field?: string };

export function ScreenPage() {
  const { t, num } = useI18n();
  const session = useSession();
  const [form, setForm] = useState<FormState>(loadForm);
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  // The last answer stays on screen (dimmed) while the next one loads: no flicker, no jump.
  const [shown, setShown] = useState<ScreenResult | null>(null);
  const typingStarted = useRef<number | null>(null);
  const lastKey = useRef<number | null>(null);
  const ids = useId();

  const dateInvalid = form.birthDate.trim() !== '' && !PARTIAL_DATE.test(form.birthDate.trim());

  useEffect(() => {
    sessionStorage.setItem(FORM_STORAGE, JSON.stringify(form));
    const query = toQuery(form);
    if (!query.name || dateInvalid) {
      if (!query.name) {
        setOutcome({ status: 'idle' });
        setShown(null);
      }
      return;
    }
    const ctrl = new AbortController();
    const timer = setTimeout(async () => {
      setOutcome({ status: 'loading' });
      try {
        const res = await request<{ result: ScreenResult } & DemoFields>('/v1/screen', { body: { query }, signal: ctrl.signal });
        setOutcome({ status: 'done', result: res.result });
        setShown(res.result);
      } catch (e) {
        if (isAbort(e)) return;
        setOutcome({ status: 'error', message: e instanceof Error ? e.message : String(e), ...(e instanceof ApiError && e.field ? { field: e.field } : {}) });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [form, dateInvalid]);

  // Measured after the DOM has the results (layout effect runs after commit, before paint; the
  // measure ends on the next frame so it includes the paint).
  useLayoutEffect(() => {
    if (outcome.status !== 'done' || typingStarted.current === null) return;
    const start = typingStarted.current;
    const last = lastKey.current ?? start;
    typingStarted.current = null;
    requestAnimationFrame(() => {
      const end = performance.now();
      performance.measure(MEASURE_FIRST_RESULT, { start, end });
      performance.measure(MEASURE_AFTER_LAST_KEY, { start: last, end });
    });
  }, [outcome]);

  const update = (patch: Partial<FormState>) => {
    lastKey.current = performance.now();
    if (typingStarted.current === null && outcome.status !== 'loading') {
      typingStarted.current = performance.now();
      performance.mark(MARK_TYPING);
    }
    setForm((f) => ({ ...f, ...patch }));
  };

  const setIdentifier = (i: number, patch: Partial<FormState['identifiers'][number]>) =>
    update({ identifiers: form.identifiers.map((x, j) => (j === i ? { ...x, ...patch } : x)) });

  const busy = outcome.status === 'loading';
  const result = shown;

  return (
    <div className="screen-layout">
      <section aria-labelledby={`${ids}-h`} className="panel screen-form">
        <h1 id={`${ids}-h`}>{t('screen.title')}</h1>
        <form onSubmit={(e) => e.preventDefault()} noValidate>
          <div className="field">
            <label htmlFor={`${ids}-name`}>{t('screen.name')}</label>
            <input id={`${ids}-name`} name="name" type="search" autoComplete="off" autoFocus value={form.name} onChange={(e) => update({ name: e.target.value })} placeholder={t('screen.namePlaceholder')} aria-describedby={`${ids}-name-hint`} />
            <small id={`${ids}-name-hint`} className="hint">{t('screen.nameHint')}</small>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${ids}-schema`}>{t('screen.schema')}</label>
              <select id={`${ids}-schema`} value={form.schema} onChange={(e) => update({ schema: e.target.value as Schema | '' })}>
                <option value="">{t('screen.anySchema')}</option>
                {SCHEMA_OPTIONS.map((s) => (
                  <option key={s} value={s}>
                    {t(`schema.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${ids}-dob`}>{t('screen.birthDate')}</label>
              <input id={`${ids}-dob`} inputMode="numeric" placeholder="1965-04-25" value={form.birthDate} onChange={(e) => update({ birthDate: e.target.value })} aria-invalid={dateInvalid} aria-describedby={`${ids}-dob-hint`} />
              <small id={`${ids}-dob-hint`} className={dateInvalid ? 'hint error-text' : 'hint'}>
                {t('screen.birthDateHint')}
              </small>
            </div>
            <div className="field">
              <label htmlFor={`${ids}-country`}>{t('screen.country')}</label>
              <input id={`${ids}-country`} placeholder="KP" value={form.country} onChange={(e) => update({ country: e.target.value })} aria-describedby={`${ids}-country-hint`} />
              <small id={`${ids}-country-hint`} className="hint">{t('screen.countryHint')}</small>
            </div>
          </div>
          <fieldset className="identifiers">
            <legend>{t('screen.identifiers')}</legend>
            {form.identifiers.map((idf, i) => (
              <div className="identifier-row" key={i}>
                <select aria-label={t('screen.identifierType')} value={idf.type} onChange={(e) => setIdentifier(i, { type: e.target.value as IdentifierType })}>
                  {IDENTIFIER_OPTIONS.map((o) => (
                    <option key={o} value={o}>
                      {t(`idtype.${o}`)}
                    </option>
                  ))}
                </select>
                <input aria-label={t('screen.identifierValue')} value={idf.value} onChange={(e) => setIdentifier(i, { value: e.target.value })} />
                <button type="button" className="secondary" onClick={() => update({ identifiers: form.identifiers.filter((_, j) => j !== i) })} aria-label={t('screen.removeIdentifier')}>
                  ×
                </button>
              </div>
            ))}
            <button type="button" className="secondary" onClick={() => update({ identifiers: [...form.identifiers, { type: 'passport', value: '' }] })}>
              {t('screen.addIdentifier')}
            </button>
          </fieldset>
          <button type="button" className="secondary" onClick={() => update(EMPTY)} disabled={form === EMPTY}>
            {t('screen.clear')}
          </button>
        </form>
      </section>

      <section className="panel results" aria-labelledby={`${ids}-rh`} aria-busy={busy}>
        <div className="results-head">
          <h2 id={`${ids}-rh`}>{t('screen.results')}</h2>
          {/* The status line always exists, so its text changing never moves the list below it. */}
          <p className="status-line" role="status" aria-live="polite">
            {outcome.status === 'idle' && t('screen.idle')}
            {busy && t('screen.searching')}
            {outcome.status === 'error' && <span className="error-text">{outcome.message}</span>}
            {outcome.status === 'done' &&
              (outcome.result.decision === 'alert' ? (
                <span className="badge alert">{t('screen.alert', { n: num(outcome.result.matches.length), count: outcome.result.matches.length })}</span>
              ) : (
                <span className="badge clear">{t('screen.clearDecision', { n: num(outcome.result.matches.length), count: outcome.result.matches.length })}</span>
              ))}
          </p>
        </div>
        <ol className={`matches${busy ? ' stale' : ''}`} data-testid="matches">
          {!result && (busy || outcome.status === 'idle') && Array.from({ length: SKELETONS }, (_, i) => <li key={i} className={`match skeleton${busy ? ' pulse' : ''}`} aria-hidden="true" />)}
          {result?.matches.map((m) => (
            <li key={m.entityId} className="match" data-entity-id={m.entityId}>
              <div className="match-head">
                <div className="match-title">
                  {session.can('analyst') ? <a href={href('entity', m.entityId)}>{m.caption}</a> : <span title={t('role.needsAnalyst')}>{m.caption}</span>}
                  <span className="tag">{t(`schema.${m.schema}`)}</span>
                  <span className="tag dataset">{m.dataset}</span>
                  {m.identifierMatch && <span className="tag strong">{t('screen.identifierMatch')}</span>}
                </div>
                <ScoreBar score={m.score} threshold={result.threshold} />
              </div>
              {m.alsoListedBy && <AlsoListed entries={m.alsoListedBy} linkable={session.can('analyst')} />}
              <p className="summary">{m.explanation.summary}</p>
              <Explanation explanation={m.explanation} />
            </li>
          ))}
          {result && result.matches.length === 0 && <li className="empty">{t('screen.noMatches')}</li>}
        </ol>
      </section>
    </div>
  );
}
