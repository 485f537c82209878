// The session of the current page (user, fiscal year, sign in/out).
import { useContext } from 'react';
import { SessionContext, type Session } from '../session-context.ts';

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
