// The columns of an account as people may see it — who, which role, which organisation, never a secret —
// one list read by the signed-in profile (auth) and by the administration of accounts (users), so that
// neither feature owns what the other reads (users builds on auth, not the reverse).
import { orgs, users } from '../db/schema.ts';

/** An account joined to its organisation (`innerJoin(orgs, eq(orgs.id, users.orgId))`). */
export const profileColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  orgId: users.orgId,
  orgName: orgs.name,
  orgKind: orgs.kind,
};

/** The profile with what an administrator also sees: the account's state and contact. */
export const accountColumns = {
  ...profileColumns,
  disabled: users.disabled,
  email: users.email,
  lockedUntil: users.lockedUntil,
  createdAt: users.createdAt,
};
