// Who sees which monitoring entries and self-evaluations: the same rule as forms — a filler its own unit, a
// reviewer its subtree, finance all — applied to the row's organisation.
import { eq, inArray, like, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { orgs } from '../../db/schema.ts';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { canSee, formScope, type Scope } from '../forms/form-access.ts';

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

/**
 * `scopeByOrgIds` for a prepared statement (db/prepared.ts): the same condition with the scope's values as
 * the placeholders `scopeOrg` and `scopePath` (`scopeValues`); its text depends on the scope's kind only.
 */
export function scopeByOrgIdsPlaced(
  ex: Executor,
  kind: Scope['kind'],
  orgIdColumn: AnyPgColumn,
): SQL | undefined {
  switch (kind) {
    case 'all':
      return undefined;
    case 'org':
      return eq(orgIdColumn, sql.placeholder('scopeOrg'));
    case 'subtree':
      return inArray(
        orgIdColumn,
        ex
          .select({ id: orgs.id })
          .from(orgs)
          .where(like(orgs.path, sql.placeholder('scopePath'))),
      );
    case 'none':
      return sql`false`;
  }
}

/** The values of `scopeByOrgIdsPlaced`'s placeholders for this scope. */
export function scopeValues(scope: Scope): { scopeOrg: string | null; scopePath: string | null } {
  return {
    scopeOrg: scope.kind === 'org' ? scope.orgId : null,
    scopePath: scope.kind === 'subtree' ? `${scope.path}%` : null,
  };
}

export { canSee };

/** Only a filler of the row's own unit fills it. */
export function fillsFor(actor: Actor, orgId: string): boolean {
  return actor.role === 'filler' && actor.orgId === orgId;
}
