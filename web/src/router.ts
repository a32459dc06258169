import { useEffect, useState } from 'react';

/**
 * Hash routing (#/entity/us_ofac_sdn:43377): works from any static server, survives reloads and
 * needs no server-side fallback. Path segments are URI-encoded because entity ids contain ':'.
 */
export interface Route {
  page: string;
  params: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', qs = ''] = raw.split('?');
  const [page = '', ...params] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { page: page || 'screen', params, query: new URLSearchParams(qs) };
}

export function href(page: string, ...params: string[]): string {
  return `#/${[page, ...params].map(encodeURIComponent).join('/')}`;
}

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else location.hash = to.replace(/^#/, '');
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
