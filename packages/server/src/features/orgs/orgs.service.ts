// The organisation tree 财政局 → 主管部门 → 预算单位 and fiscal years: who sees which organisations.
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { appendAudit, type AuditContext } from '../audit/audit.repo.ts';
import { orgError } from './orgs.errors.ts';
import { ALL_FORMS, announceFormChange } from '../forms/form-cache.ts';
import * as repo from './orgs.repo.ts';

import type { OrgKind } from '@jixiao/core/contracts';

export { orgKinds, type OrgKind } from '@jixiao/core/contracts';
export const orgKindLabels: Record<OrgKind, string> = {
  finance: '财政部门',
  department: '主管部门',
  unit: '预算单位',
};

export interface NewOrg {
  name: string;
  kind: OrgKind;
  code?: string | null | undefined;
  parentId?: string | null | undefined;
}

export async function createOrg(ex: Executor, ctx: AuditContext, input: NewOrg): Promise<repo.OrgRow> {
  const parent = input.parentId ? ((await repo.findOrg(ex, input.parentId)) ?? null) : null;
  if (input.parentId && !parent) throw orgError('parent-not-found');
  if (!parent && (await repo.findRoots(ex)).length > 0) throw orgError('root-exists');
  if (await repo.findOrgByName(ex, input.name, parent?.id ?? null)) throw orgError('org-exists');
  const org = await repo.insertOrg(ex, {
    name: input.name,
    kind: input.kind,
    code: input.code ?? null,
    parent,
  });
  await appendAudit(ex, ctx, { action: 'org-create', entity: 'org', entityId: org.id, after: org });
  return org;
}

/** The organisations an actor may see: its subtree, plus its ancestors (names only matter). */
export async function visibleOrgs(db: Db, actor: Actor): Promise<repo.OrgRow[]> {
  if (actor.role === 'finance' || actor.role === 'admin') return repo.listOrgsUnder(db, '/');
  const subtree = await repo.listOrgsUnder(db, actor.orgPath);
  const ancestorIds = actor.orgPath.split('/').filter((s) => s && s !== actor.orgId);
  const ancestors = await repo.listOrgsByIds(db, ancestorIds);
  return [...ancestors, ...subtree];
}

export interface OrgChange {
  name?: string | undefined;
  code?: string | null | undefined;
  parentId?: string | undefined;
}

/**
 * Renames an organisation or moves it (with its subtree) under another parent. The materialised
 * paths of the subtree are rewritten in the same transaction, so scopes stay exact.
 */
/** What else a rename changes, in the renaming transaction (the public pages' copies begin with the name). */
export type OrgRenamed = (tx: Executor, org: { regionCode: string; id: string }) => Promise<void>;

export async function updateOrg(
  db: Db,
  ctx: AuditContext,
  id: string,
  change: OrgChange,
  renamed?: OrgRenamed,
) {
  return db.transaction(async (tx) => {
    const before = await repo.findOrg(tx, id);
    if (!before) throw orgError('org-not-found');
    let parentId = before.parentId;
    if (change.parentId !== undefined && change.parentId !== before.parentId) {
      if (!before.parentId) throw orgError('root-cannot-move');
      const parent = await repo.findOrg(tx, change.parentId);
      if (!parent) throw orgError('parent-not-found');
      if (parent.path.startsWith(before.path)) throw orgError('move-into-own-subtree');
      parentId = parent.id;
      await repo.rewritePaths(tx, before.path, `${parent.path}${id}/`);
    }
    const name = change.name ?? before.name;
    if (name !== before.name || parentId !== before.parentId) {
      const clash = await repo.findOrgByName(tx, name, parentId);
      if (clash && clash.id !== id) throw orgError('org-exists');
    }
    await repo.updateOrgRow(tx, id, {
      ...(change.name !== undefined ? { name: change.name } : {}),
      ...(change.code !== undefined ? { code: change.code } : {}),
      ...(parentId !== before.parentId ? { parentId } : {}),
    });
    const after = (await repo.findOrg(tx, id))!;
    if (after.name !== before.name) await renamed?.(tx, after);
    await announceFormChange(tx, ALL_FORMS); // forms carry their organisation's name and path
    await appendAudit(tx, ctx, { action: 'org-update', entity: 'org', entityId: id, before, after });
    return after;
  });
}

/** Deletes an empty organisation: no sub-organisations, accounts, forms or files refer to it. */
export async function deleteOrg(db: Db, ctx: AuditContext, id: string) {
  await db.transaction(async (tx) => {
    const before = await repo.findOrg(tx, id);
    if (!before) throw orgError('org-not-found');
    if (await repo.hasChildren(tx, id)) throw orgError('org-not-empty');
    try {
      // A savepoint: the refusal of a referenced row must not abort the audit write after it.
      await tx.transaction((sp) => repo.deleteOrgRow(sp, id));
    } catch (e) {
      if (isForeignKeyViolation(e)) throw orgError('org-not-empty');
      throw e;
    }
    await appendAudit(tx, ctx, { action: 'org-delete', entity: 'org', entityId: id, before });
  });
}

function isForeignKeyViolation(e: unknown): boolean {
  for (let c: unknown = e; c && typeof c === 'object'; c = (c as { cause?: unknown }).cause)
    if ((c as { code?: unknown }).code === '23503') return true;
  return false;
}

export async function createYear(db: Db, ctx: AuditContext, year: number) {
  return db.transaction(async (tx) => {
    const row = await repo.insertYear(tx, year);
    if (!row) throw orgError('year-exists');
    await appendAudit(tx, ctx, {
      action: 'year-create',
      entity: 'fiscal-year',
      entityId: String(year),
      after: row,
    });
    return row;
  });
}
