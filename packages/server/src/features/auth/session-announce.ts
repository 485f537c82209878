// Sessions revoked in one process are forgotten by every process of the deployment: the process that revoked
// one announces it on a channel (`pg_notify`, delivered to every listener once the write it follows has
// committed), and each process forgets what it hears from its session cache. Without it a session ended by a
// logout in one process of a server of several lived on in the others for up to SESSION_CACHE_SECONDS.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { SessionCache, SessionChange } from './session-cache.ts';

export const SESSION_CHANNEL = 'jixiao_sessions';

/** A change as the channel carries it: `t:` a token hash, `u:` a user id, `*` everything. */
export function encodeSessionChange(change: SessionChange): string {
  if (change === 'all') return '*';
  return 'token' in change ? `t:${change.token}` : `u:${change.user}`;
}

/** A payload heard; anything not understood is taken as "everything" (forgetting more is always safe). */
export function decodeSessionChange(payload: string): SessionChange {
  if (payload.startsWith('t:') && payload.length > 2) return { token: payload.slice(2) };
  if (payload.startsWith('u:') && payload.length > 2) return { user: payload.slice(2) };
  return 'all';
}

/** Announces a revocation to the other processes (after the write that made it has committed). */
export async function announceSessionChange(db: Db, change: SessionChange): Promise<void> {
  await db.execute(sql`select pg_notify(${SESSION_CHANNEL}, ${encodeSessionChange(change)})`);
}

/** What a listening process does with a payload heard on the channel. */
export function forgetHeardSession(cache: SessionCache, payload: string): void {
  cache.heard(decodeSessionChange(payload));
}
