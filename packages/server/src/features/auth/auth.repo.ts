// SQL for accounts and sessions.
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { orgs, sessions, users } from '../../db/schema.ts';

export async function findUserByUsername(ex: Executor, username: string) {
  const rows = await ex.select().from(users).where(eq(users.username, username)).limit(1);
  return rows[0];
}

export async function findUserById(ex: Executor, id: string) {
  const rows = await ex.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

export async function clearFailedLogins(ex: Executor, userId: string) {
  await ex.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function insertSession(ex: Executor, s: typeof sessions.$inferInsert) {
  await ex.insert(sessions).values(s);
}

export async function deleteSession(ex: Executor, tokenHash: string) {
  await ex.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteOtherSessions(ex: Executor, userId: string, keepTokenHash: string) {
  await ex.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
}

export async function deleteUserSessions(ex: Executor, userId: string) {
  await ex.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(ex: Executor) {
  await ex.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

/** The live session of a token hash with its user and organisation. */
export async function findSession(ex: Executor, tokenHash: string) {
  const rows = await ex
    .select({
      tokenHash: sessions.tokenHash,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      disabled: users.disabled,
      orgId: users.orgId,
      orgPath: orgs.path,
      regionCode: orgs.regionCode,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())))
    .limit(1);
  return rows[0];
}

export async function setPasswordHash(ex: Executor, userId: string, hash: string) {
  await ex
    .update(users)
    .set({ passwordHash: hash, failedLogins: 0, lockedUntil: null })
    .where(eq(users.id, userId));
}
