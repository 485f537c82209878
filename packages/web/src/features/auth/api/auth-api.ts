// /api/auth: sign in, sign out, who am I.
import type { SessionUser } from '@jixiao/core/contracts';
import { http, setCsrfToken } from '../../../api/http.ts';

export type { SessionUser } from '@jixiao/core/contracts';

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
