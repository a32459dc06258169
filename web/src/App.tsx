import { useEffect } from 'react';
import { LANGS, useI18n, type Lang } from './i18n';
import type { MessageKey } from './messages/en';
import { BatchPage } from './pages/BatchPage';
import { EntityPage } from './pages/EntityPage';
import { ListsPage } from './pages/ListsPage';
import { ScanPage } from './pages/ScanPage';
import { ScreenPage } from './pages/ScreenPage';
import { SignInPage } from './pages/SignInPage';
import { useReadiness } from './readiness';
import { href, useRoute } from './router';
import { useSession } from './session';
import type { Role } from './api';

interface NavItem {
  page: string;
  label: MessageKey;
  needs: Role;
}

const NAV: NavItem[] = [
  { page: 'screen', label: 'nav.screen', needs: 'screener' },
  { page: 'batch', label: 'nav.batch', needs: 'screener' },
  { page: 'scan', label: 'nav.scan', needs: 'screener' },
  { page: 'lists', label: 'nav.lists', needs: 'analyst' },
];
const PAGE_ROLE: Record<string, Role> = { screen: 'screener', batch: 'screener', scan: 'screener', lists: 'analyst', entity: 'analyst' };

function Banner() {
  const { t, num } = useI18n();
  const readiness = useReadiness();
  if (!readiness) return null;
  if (readiness.phase === 'failed') return <div className="banner error" role="alert">{t('banner.failed', { error: readiness.error ?? '' })}</div>;
  if (!readiness.ready) return <div className="banner info" role="status">{t('banner.loading')}</div>;
  if (readiness.demo)
    return (
      <div className="banner demo" role="alert" data-testid="demo-banner">
        <strong>{t('banner.demoTitle')}</strong> {t('banner.demo')}
      </div>
    );
  return <div className="sr-only">{t('banner.ready', { n: num(readiness.entities) })}</div>;
}

function Page() {
  const route = useRoute();
  const session = useSession();
  const { t } = useI18n();

  useEffect(() => {
    document.title = `${t(NAV.find((n) => n.page === route.page)?.label ?? 'nav.screen')} · Vigil`;
    // Move focus to the new page's heading so keyboard and screen-reader users land in the content.
    const h = document.querySelector<HTMLElement>('main h1');
    if (h && document.activeElement === document.body) {
      h.tabIndex = -1;
      h.focus({ preventScroll: true });
    }
  }, [route.page, route.params, t]);

  if (session.state === 'checking') return <p role="status">{t('common.loading')}</p>;
  if (session.state === 'unreachable') return <p className="error-text" role="alert">{t('common.unreachable')}</p>;
  if (route.page === 'signin' || session.state === 'signed-out') return <SignInPage next={route.page === 'signin' ? route.query.get('next') ?? undefined : location.hash} />;

  const needs = PAGE_ROLE[route.page];
  if (needs && !session.can(needs)) {
    return (
      <section className="panel">
        <h1>{t('role.forbiddenTitle')}</h1>
        <p>{t('role.forbidden', { role: t(`role.${needs}`), have: t(`role.${session.role ?? 'screener'}`) })}</p>
      </section>
    );
  }
  switch (route.page) {
    case 'entity':
      return route.params[0] ? <EntityPage id={route.params[0]} /> : <ScreenPage />;
    case 'batch':
      return <BatchPage id={route.params[0]} />;
    case 'scan':
      return <ScanPage />;
    case 'lists':
      return <ListsPage dataset={route.params[0]} />;
    default:
      return <ScreenPage />;
  }
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const route = useRoute();
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('nav.skip')}
      </a>
      <header className="top">
        <a className="brand" href={href('screen')}>
          Vigil
        </a>
        <nav aria-label={t('nav.main')}>
          <ul>
            {NAV.filter((n) => session.state !== 'signed-in' || session.can(n.needs)).map((n) => (
              <li key={n.page}>
                <a href={href(n.page)} aria-current={route.page === n.page ? 'page' : undefined}>
                  {t(n.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="top-right">
          {session.state === 'signed-in' && session.role && (
            <span className="role" data-testid="role">
              {session.authOn ? t('role.as', { role: t(`role.${session.role}`) }) : t('role.authOff')}
            </span>
          )}
          {session.authOn && session.state === 'signed-in' && (
            <button type="button" className="link" onClick={session.signOut}>
              {t('nav.signOut')}
            </button>
          )}
          <label className="lang">
            <span className="visually-hidden">{t('nav.language')}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="lang">
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {l === 'en' ? 'English' : 'Deutsch'}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <Banner />
      <main id="main" tabIndex={-1}>
        <Page />
      </main>
    </>
  );
}
