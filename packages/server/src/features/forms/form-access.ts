// Who sees which forms: a unit its own, a reviewer its subtree, finance all; the public only what
// is published (see the public feature).
import { eq, like, sql, type SQL } from 'drizzle-orm';
import { forms, orgs } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';

export type Scope =
  { kind: 'all' } | { kind: 'org'; orgId: string } | { kind: 'subtree'; path: string } | { kind: 'none' };

export function formScope(actor: Actor): Scope {
  switch (actor.role) {
    case 'finance':
      return { kind: 'all' };
    case 'reviewer':
      return { kind: 'subtree', path: actor.orgPath };
    case 'filler':
      return { kind: 'org', orgId: actor.orgId };
    default:
      return { kind: 'none' };
  }
}

/** A SQL condition on `forms` joined with `orgs`. */
export function scopeCondition(scope: Scope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'org':
      return eq(forms.orgId, scope.orgId);
    case 'subtree':
      return like(orgs.path, `${scope.path}%`);
    case 'none':
      return sql`false`;
  }
}

export function canSee(actor: Actor, form: { orgId: string; orgPath: string }): boolean {
  const scope = formScope(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'org':
      return form.orgId === scope.orgId;
    case 'subtree':
      return form.orgPath.startsWith(scope.path);
    case 'none':
      return false;
  }
}

/** Only a filler of the form's own unit writes it. */
export function canWrite(actor: Actor, form: { orgId: string }): boolean {
  return actor.role === 'filler' && actor.orgId === form.orgId;
}

export const EDITABLE_STATUSES = new Set(['draft', 'returned']);
