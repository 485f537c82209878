// The profile of the signed-in account, as /api/auth/login and /api/auth/me answer it: who, which role,
// which organisation — never a secret. Its columns are storage/user-columns.ts, shared with users/ (the
// administration of accounts, which itself builds on auth).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { orgs, users } from '../../db/schema.ts';
import { profileColumns } from '../../storage/user-columns.ts';
import { authError } from './auth.errors.ts';

export async function describeUser(db: Db, id: string) {
  const [u] = await db
    .select(profileColumns)
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(eq(users.id, id));
  if (!u) throw authError('user-not-found');
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    org: { id: u.orgId, name: u.orgName, kind: u.orgKind },
  };
}
