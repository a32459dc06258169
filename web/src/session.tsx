import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, request, setApiKey, setUnauthorisedHandler, type Role } from './api';

/**
 * Who the user is. The API has no "who am I" endpoint, so the role is found by probing one
 * endpoint per role (read-only GETs): admin → /v1/admin/keys, analyst → /v1/datasets,
 * screener → /v1/batches. An unauthenticated probe that succeeds means auth is off.
 */
export interface Session {
  state: 'checking' | 'signed-out' | 'signed-in' | 'unreachable';
  /** False when the server runs with VIGIL_AUTH=off: no sign-in, full access. */
  authOn: boolean;
  role: Role | null;
  signIn(key: string, remember: boolean): Promise<Role>;
  signOut(): void;
  can(needed: Role): boolean;
}

const KEY_STORAGE = 'vigil.apiKey';
const RANK: Record<Role, number> = { screener: 1, analyst: 2, admin: 3 };

function storedKey(): string | null {
  return sessionStorage.getItem(KEY_STORAGE) ?? localStorage.getItem(KEY_STORAGE);
}

async function allowed(path: string, key: string | null): Promise<boolean> {
  try {
    await request(path, { key, quiet: true });
    return true;
  } catch (e) {
    if (e instanceof ApiError && (e.status === 403 || e.status === 404)) return false;
    throw e;
  }
}

/** The key's role, or throws ApiError 401 for an unknown key. */
export async function probeRole(key: string | null): Promise<Role> {
  if (await allowed('/v1/admin/keys', key)) return 'admin';
  if (await allowed('/v1/datasets', key)) return 'analyst';
  if (await allowed('/v1/batches', key)) return 'screener';
  throw new ApiError(403, 'this key may not call any screening endpoint');
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<Session['state']>('checking');
  const [authOn, setAuthOn] = useState(true);
  const [role, setRole] = useState<Role | null>(null);

  const signOut = useCallback(() => {
    sessionStorage.removeItem(KEY_STORAGE);
    localStorage.removeItem(KEY_STORAGE);
    setApiKey(null);
    setRole(null);
    setState('signed-out');
  }, []);

  useEffect(() => {
    setUnauthorisedHandler(() => {
      // A revoked or expired key: back to sign-in rather than a page full of errors.
      if (authOn) signOut();
    });
  }, [authOn, signOut]);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const open = await allowed('/v1/batches', null).catch((e: unknown) => {
          if (e instanceof ApiError && e.status === 401) return false;
          throw e;
        });
        if (!live) return;
        if (open) {
          setAuthOn(false);
          setRole('admin');
          setState('signed-in');
          return;
        }
        const key = storedKey();
        if (!key) return setState('signed-out');
        const r = await probeRole(key);
        if (!live) return;
        setApiKey(key);
        setRole(r);
        setState('signed-in');
      } catch (e) {
        if (!live) return;
        if (e instanceof ApiError && e.status === 401) signOut();
        else setState('unreachable');
      }
    })();
    return () => {
      live = false;
    };
  }, [signOut]);

  const signIn = useCallback(async (key: string, remember: boolean) => {
    const r = await probeRole(key);
    (remember ? localStorage : sessionStorage).setItem(KEY_STORAGE, key);
    setApiKey(key);
    setRole(r);
    setState('signed-in');
    return r;
  }, []);

  const value = useMemo<Session>(
    () => ({ state, authOn, role, signIn, signOut, can: (needed) => role !== null && RANK[role] >= RANK[needed] }),
    [state, authOn, role, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
