import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Readiness } from './api';

const ReadinessContext = createContext<Readiness | null>(null);
const LOADING_POLL_MS = 3_000;
const READY_POLL_MS = 5 * 60_000;

/**
 * /readyz is public: it tells every page whether lists are loaded, which versions, and whether
 * only the demo list is in use (shown as a banner, so nobody mistakes it for real screening).
 */
export function ReadinessProvider({ children }: { children: ReactNode }) {
  const [readiness, setReadiness] = useState<Readiness | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const poll = async () => {
      let next = LOADING_POLL_MS;
      try {
        // 503 while loading still carries the body; request() throws on it, so read it directly.
        const res = await fetch('/readyz', { headers: { accept: 'application/json' } });
        const body = (await res.json()) as Readiness;
        if (live) setReadiness(body);
        if (body.ready) next = READY_POLL_MS;
      } catch {
        // Server unreachable: keep the last state and retry.
      }
      if (live) timer = setTimeout(poll, next);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return <ReadinessContext.Provider value={readiness}>{children}</ReadinessContext.Provider>;
}

export const useReadiness = (): Readiness | null => useContext(ReadinessContext);
