import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { useSession } from '../session';

export function SignInPage({ next }: { next?: string }) {
  const { t } = useI18n();
  const session = useSession();
  const ids = useId();
  const [key, setKey] = useState('');
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!session.authOn) {
    return (
      <section className="panel narrow-panel">
        <h1>{t('signin.title')}</h1>
        <p>{t('signin.authOff')}</p>
      </section>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.signIn(key.trim(), remember);
      navigate(next && next.startsWith('#/') ? next : '#/screen');
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? t('signin.invalid') : err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel narrow-panel" onSubmit={submit} aria-labelledby={`${ids}-h`}>
      <h1 id={`${ids}-h`}>{t('signin.title')}</h1>
      {session.state === 'signed-in' && session.role && <p>{t('signin.signedInAs', { role: t(`role.${session.role}`) })}</p>}
      <p className="hint">{t('signin.explain')}</p>
      <div className="field">
        <label htmlFor={`${ids}-key`}>{t('signin.key')}</label>
        <input id={`${ids}-key`} type="password" autoComplete="current-password" required value={key} onChange={(e) => setKey(e.target.value)} />
      </div>
      <label className="check">
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} /> {t('signin.remember')}
      </label>
      <button type="submit" disabled={busy || !key.trim()}>
        {busy ? t('signin.checking') : t('signin.submit')}
      </button>
      <p role="alert" className="status-line">
        {error && <span className="error-text">{error}</span>}
      </p>
    </form>
  );
}
