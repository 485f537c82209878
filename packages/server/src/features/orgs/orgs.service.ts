// The organisation tree 财政局 → 主管部门 → 预算单位 and fiscal years: who sees which organisations.
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { appendAudit, type AuditContext } from '../audit/audit.repo.ts';
import { orgError } from './orgs.errors.ts';
import * as repo from './orgs.repo.ts';

export const orgKinds = ['finance', 'department', 'unit'] as const;
export type OrgKind = (typeof orgKinds)[number];
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
