// Who sees which monitoring entries and self-evaluations: the same rule as forms — a filler its own unit, a
// reviewer its subtree, finance all — applied to the row's organisation.
import { eq, inArray, like, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { orgs } from '../../db/schema.ts';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { canSee, formScope } from '../forms/form-access.ts';

/** A SQL condition on a row with organisation column `orgIdColumn`, joined with `orgs` on it. */
export function scopeWhere(actor: Actor, orgIdColumn: AnyPgColumn): SQL | undefined {
  const scope = formScope(actor);
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'org':
      return eq(orgIdColumn, scope.orgId);
    case 'subtree':
      return like(orgs.path, `${scope.path}%`);
    case 'none':
      return sql`false`;
  }
}

/**
 * The same rule without the join on `orgs`: a subtree as the ids of its organisations, so that a keyset
 * page is read from the row's own table in its index order (with the join, PostgreSQL sorted every row).
 */
export function scopeByOrgIds(ex: Executor, actor: Actor, orgIdColumn: AnyPgColumn): SQL | undefined {
  const scope = formScope(actor);
  if (scope.kind !== 'subtree') return scopeWhere(actor, orgIdColumn);
  return inArray(
    orgIdColumn,
    ex
      .select({ id: orgs.id })
      .from(orgs)
      .where(like(orgs.path, `${scope.path}%`)),
  );
}

export { canSee };

/** Only a filler of the row's own unit fills it. */
export function fillsFor(actor: Actor, orgId: string): boolean {
  return actor.role === 'filler' && actor.orgId === orgId;
}
