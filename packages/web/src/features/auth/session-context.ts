// The signed-in user and the chosen fiscal year, shared by every page.
import { createContext } from 'react';
import type { SessionUser } from './api/auth-api.ts';

export interface Session {
  /** undefined while the first /auth/me is in flight; null when signed out. */
  user: SessionUser | null | undefined;
  year: number | null;
  setYear(year: number | null): void;
  signIn(user: SessionUser): void;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);
