// Sign-in with lockout, sessions held in the database (token hash + CSRF token), password change.
import { hash, randomBytes } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Actor, Role, SessionInfo } from '../../http/access.ts';
import { appendAudit, type AuditContext } from '../audit/audit.repo.ts';
import { authError } from './auth.errors.ts';
import * as repo from './auth.repo.ts';
import { dummyHashPromise, hashPassword, passwordRule, verifyPassword } from './password.ts';
import { clearFailures, recordFailure, throttleKeys, waitBeforeAttempt } from './login-throttle.ts';
import type { LoadedSession, SessionCache } from './session-cache.ts';

export const SESSION_COOKIE = 'jx_session';

// One call, no Hash object: on every authenticated request (a quarter of the CPU of createHash's three).
export const hashToken = (token: string) => hash('sha256', token, 'base64url');

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  userId: string;
}

/**
 * Signs in. Throttled per account name and per address (login-throttle.ts) before the password is checked,
 * the same way whether the account exists or not; a wrong password and an unknown account answer alike.
 */
export async function login(
  db: Db,
  config: Config,
  username: string,
  password: string,
  ip: string | null,
  now: Date = new Date(),
): Promise<LoginResult> {
  const keys = throttleKeys(username, ip);
  const wait = await waitBeforeAttempt(db, config, keys, now);
  if (wait > 0)
    throw authError('login-throttled', { retryAfterSeconds: wait }, `登录失败次数过多，请 ${wait} 秒后再试`);
  const user = await repo.findUserByUsername(db, username);
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHashPromise));
  if (!user || !ok) {
    await db.transaction(async (tx) => {
      await recordFailure(tx, config, keys, now);
      if (user)
        await appendAudit(
          tx,
          { actor: { id: user.id, username: user.username }, ip },
          { action: 'login-failed', entity: 'user', entityId: user.id },
        );
    });
    throw authError('bad-credentials');
  }
  const ctx: AuditContext = { actor: { id: user.id, username: user.username }, ip };
  if (user.disabled) throw authError('account-disabled');
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + config.sessionHours * 3600_000);
  await db.transaction(async (tx) => {
    await clearFailures(tx, keys);
    await repo.clearFailedLogins(tx, user.id);
    await repo.deleteExpiredSessions(tx);
    await repo.insertSession(tx, { tokenHash: hashToken(token), userId: user.id, csrfToken, expiresAt });
    await appendAudit(tx, ctx, { action: 'login', entity: 'user', entityId: user.id });
  });
  return { token, csrfToken, expiresAt, userId: user.id };
}

/** The live session of a cookie's token, from the process cache or the database. */
export async function loadSession(
  db: Db,
  token: string | undefined,
  cache?: SessionCache,
): Promise<LoadedSession | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  return cache ? cache.load(tokenHash, () => readSession(db, tokenHash)) : readSession(db, tokenHash);
}

/** A live session from the database (null: none, expired, or its user disabled). */
async function readSession(db: Db, tokenHash: string): Promise<LoadedSession | null> {
  const row = await repo.findSession(db, tokenHash);
  if (!row || row.disabled) return null;
  const loaded: LoadedSession = {
    actor: {
      id: row.userId,
      username: row.username,
      displayName: row.displayName,
      role: row.role as Role,
      orgId: row.orgId,
      orgPath: row.orgPath,
      regionCode: row.regionCode,
    },
    session: { tokenHash: row.tokenHash, csrfToken: row.csrfToken },
    expiresAt: row.expiresAt,
  };
  return loaded;
}

export async function logout(db: Db, actor: Actor, session: SessionInfo, ip: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    await repo.deleteSession(tx, session.tokenHash);
    await appendAudit(tx, { actor, ip }, { action: 'logout', entity: 'user', entityId: actor.id });
  });
}

export function checkPasswordStrength(username: string, password: string): void {
  if (password.length < passwordRule.min || password === username) throw authError('weak-password');
}

export async function changePassword(
  db: Db,
  actor: Actor,
  session: SessionInfo,
  current: string,
  next: string,
  ip: string | null,
): Promise<void> {
  const user = await repo.findUserById(db, actor.id);
  if (!user || !(await verifyPassword(current, user.passwordHash))) throw authError('wrong-current-password');
  checkPasswordStrength(user.username, next);
  const hash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await repo.setPasswordHash(tx, actor.id, hash);
    await repo.deleteOtherSessions(tx, actor.id, session.tokenHash);
    await appendAudit(tx, { actor, ip }, { action: 'password-change', entity: 'user', entityId: actor.id });
  });
}
