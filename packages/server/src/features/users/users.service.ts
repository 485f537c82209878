// Accounts: one role bound to one organisation; created by administrators (API and CLI).
import { eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { orgs, users } from '../../db/schema.ts';
import type { Role } from '../../http/access.ts';
import { appendAudit, type AuditContext } from '../audit/audit.repo.ts';
import { deleteUserSessions, findUserByUsername, setPasswordHash } from '../auth/auth.repo.ts';
import { checkPasswordStrength } from '../auth/auth.service.ts';
import { generatePassword, hashPassword } from '../auth/password.ts';
import { findOrg } from '../orgs/orgs.repo.ts';
import { accountColumns } from '../../storage/user-columns.ts';
import { userError } from './users.errors.ts';

export interface NewUser {
  username: string;
  displayName?: string | undefined;
  role: Role;
  orgId: string;
  password?: string | undefined;
  email?: string | undefined;
}

/** Creates an account; returns the generated password when none was given (shown once). */
export async function createUser(ex: Executor, ctx: AuditContext, input: NewUser) {
  if (await findUserByUsername(ex, input.username)) throw userError('username-taken');
  const org = await findOrg(ex, input.orgId);
  if (!org) throw userError('org-not-found');
  const password = input.password ?? generatePassword();
  checkPasswordStrength(input.username, password);
  const [row] = await ex
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName ?? input.username,
      role: input.role,
      orgId: org.id,
      passwordHash: await hashPassword(password),
      email: input.email ?? null,
    })
    .returning({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      orgId: users.orgId,
    });
  await appendAudit(ex, ctx, { action: 'user-create', entity: 'user', entityId: row!.id, after: row });
  return { user: { ...row!, orgName: org.name }, generatedPassword: input.password ? undefined : password };
}

export async function listUsers(db: Db) {
  return db
    .select(accountColumns)
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .orderBy(users.username);
}

/** An account with its organisation, without its secrets. */
async function findPublicUser(ex: Executor, id: string) {
  const rows = await ex
    .select(accountColumns)
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(eq(users.id, id));
  return rows[0];
}

/** Administrator: reset a password (and unlock); returns the new generated password once. */
export async function resetPassword(db: Db, ctx: AuditContext, userId: string) {
  const password = generatePassword();
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const found = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (found.length === 0) throw userError('user-not-found');
    await setPasswordHash(tx, userId, hash);
    await deleteUserSessions(tx, userId); // whoever holds the old password is signed out
    await appendAudit(tx, ctx, { action: 'password-reset', entity: 'user', entityId: userId });
    return { generatedPassword: password };
  });
}

export interface UserChange {
  displayName?: string | undefined;
  role?: Role | undefined;
  orgId?: string | undefined;
  disabled?: boolean | undefined;
  email?: string | null | undefined;
}

/**
 * Administrator: change an account's name, role, organisation or status. Disabling, or changing
 * the role or organisation, ends the account's sessions: its rights changed under them.
 */
export async function updateUser(db: Db, ctx: AuditContext, userId: string, change: UserChange) {
  return db.transaction(async (tx) => {
    const before = await findPublicUser(tx, userId);
    if (!before) throw userError('user-not-found');
    if (change.orgId !== undefined && !(await findOrg(tx, change.orgId))) throw userError('org-not-found');
    if (
      ctx.actor?.id === userId &&
      (change.disabled === true || (change.role !== undefined && change.role !== before.role))
    )
      throw userError('cannot-demote-self');
    const set: Partial<typeof users.$inferInsert> = {};
    if (change.displayName !== undefined) set.displayName = change.displayName;
    if (change.role !== undefined) set.role = change.role;
    if (change.orgId !== undefined) set.orgId = change.orgId;
    if (change.disabled !== undefined) set.disabled = change.disabled;
    if (change.email !== undefined) set.email = change.email;
    if (Object.keys(set).length === 0) return before;
    await tx.update(users).set(set).where(eq(users.id, userId));
    const rightsChanged =
      change.disabled === true ||
      (change.role !== undefined && change.role !== before.role) ||
      (change.orgId !== undefined && change.orgId !== before.orgId);
    if (rightsChanged) await deleteUserSessions(tx, userId);
    const after = await findPublicUser(tx, userId);
    await appendAudit(tx, ctx, {
      action: 'user-update',
      entity: 'user',
      entityId: userId,
      before: {
        displayName: before.displayName,
        role: before.role,
        orgId: before.orgId,
        disabled: before.disabled,
        email: before.email,
      },
      after: {
        displayName: after!.displayName,
        role: after!.role,
        orgId: after!.orgId,
        disabled: after!.disabled,
        email: after!.email,
      },
    });
    return after!;
  });
}
