// /api/auth: sign in, sign out, who am I.
import { http, setCsrfToken } from '../../../api/http.ts';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string | null;
  role: 'filler' | 'reviewer' | 'finance' | 'admin';
  org: { id: string; name: string; kind: string };
  csrfToken?: string;
}

export async function login(username: string, password: string): Promise<SessionUser> {
  const me = await http.post<SessionUser>('/auth/login', { username, password });
  setCsrfToken(me.csrfToken);
  return me;
}

export async function fetchMe(): Promise<SessionUser> {
  const me = await http.get<SessionUser>('/auth/me');
  setCsrfToken(me.csrfToken);
  return me;
}

export async function logout(): Promise<void> {
  await http.post('/auth/logout');
  setCsrfToken(null);
}
