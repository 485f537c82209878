// Loads who is signed in once, keeps the chosen fiscal year (remembered in this browser), and drops the
// session when the server answers 401.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { onUnauthorised } from '../../../api/http.ts';
import { fetchMe, logout, type SessionUser } from '../api/auth-api.ts';
import { SessionContext, type Session } from '../session-context.ts';

const YEAR_KEY = 'jixiao.year';

function storedYear(): number | null {
  const v = Number(localStorage.getItem(YEAR_KEY));
  return Number.isInteger(v) && v > 1900 ? v : null;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [year, setYearState] = useState<number | null>(storedYear);
  const queryClient = useQueryClient();

  useEffect(() => {
    let live = true;
    fetchMe()
      .then((me) => live && setUser(me))
      .catch(() => live && setUser(null));
    const off = onUnauthorised(() => setUser(null));
    return () => {
      live = false;
      off();
    };
  }, []);

  const setYear = useCallback((y: number | null) => {
    setYearState(y);
    if (y === null) localStorage.removeItem(YEAR_KEY);
    else localStorage.setItem(YEAR_KEY, String(y));
  }, []);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      queryClient.clear();
      setUser(null);
    }
  }, [queryClient]);

  const value = useMemo<Session>(
    () => ({ user, year, setYear, signIn: setUser, signOut }),
    [user, year, setYear, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
