import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, request, setApiKey, setUnauthorisedHandler, type Role } from './api';

/**
 * Who the user is, from GET /v1/me: whether the server wants a key at all, and the role of the
 * key the user gave (one request, instead of trying an endpoint per role).
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

interface Me {
  authEnabled: boolean;
  key: { id: string; role: Role; label: string | null } | null;
}

/** Quiet: a wrong key typed into the sign-in form is a 401 the form reports, not a sign-out. */
const whoAmI = (key: string | null): Promise<Me> => request<Me>('/v1/me', { key, quiet: true });

/** The key's role, or throws ApiError 401 for an unknown or revoked key. */
export async function roleOf(key: string): Promise<Role> {
  const me = await whoAmI(key);
  // Auth switched off since the page loaded: every caller has full access.
  if (!me.authEnabled) return 'admin';
  if (!me.key) throw new ApiError(401, 'the server did not recognise the key');
  return me.key.role;
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
        const me = await whoAmI(null);
        if (!live) return;
        if (!me.authEnabled) {
          setAuthOn(false);
          setRole('admin');
          setState('signed-in');
          return;
        }
        const key = storedKey();
        if (!key) return setState('signed-out');
        const r = await roleOf(key);
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
    const r = await roleOf(key);
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
