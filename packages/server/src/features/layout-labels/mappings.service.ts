// Layout mappings of an organisation: a filler teaches and forgets its own unit's labels; an
// administrator those of any organisation. Every change is in the audit log.
import type { TaughtOnKind } from '@jixiao/core';
import { labelKey, type LabelMapping, type MappableField } from '@jixiao/documents';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { commonError } from '../../http/errors.ts';
import { appendAudit } from '../audit/audit.repo.ts';
import { findOrg } from '../orgs/orgs.repo.ts';
import { labelError } from './layout-labels.errors.ts';
import { deleteMapping, findMapping, listMappings, upsertMapping } from './mappings.repo.ts';

/** The organisation whose mappings the actor means: its own, or (administrators) any existing one. */
export async function mappingOrg(ex: Executor, actor: Actor, requested: string | undefined): Promise<string> {
  if (requested === undefined || requested === actor.orgId) return actor.orgId;
  if (actor.role !== 'admin') throw commonError('forbidden', {}, '只能查看和修改本单位的模板标签');
  if (!(await findOrg(ex, requested))) throw labelError('org-not-found');
  return requested;
}

/** The labels taught for the organisation, as the recogniser takes them. */
export async function taughtLabels(ex: Executor, orgId: string): Promise<LabelMapping[]> {
  const rows = await listMappings(ex, orgId);
  return rows.map((r) => ({ label: r.label, field: r.field as MappableField }));
}

export async function teachMapping(
  db: Db,
  ctx: { actor: Actor; ip: string | null },
  input: {
    orgId?: string | undefined;
    label: string;
    field: MappableField;
    kind?: TaughtOnKind | undefined;
  },
) {
  return db.transaction(async (tx) => {
    const orgId = await mappingOrg(tx, ctx.actor, input.orgId);
    const label = labelKey(input.label);
    if (label === '') throw labelError('bad-label');
    const row = await upsertMapping(tx, {
      regionCode: ctx.actor.regionCode,
      orgId,
      label,
      field: input.field,
      taughtOn: input.kind ?? null,
      createdBy: ctx.actor.id,
    });
    await appendAudit(tx, ctx, {
      action: 'layout-mapping-teach',
      entity: 'layout-mapping',
      entityId: row.id,
      after: { orgId, label, field: input.field, taughtOn: input.kind ?? null },
    });
    return row;
  });
}

export async function forgetMapping(db: Db, ctx: { actor: Actor; ip: string | null }, id: string) {
  return db.transaction(async (tx) => {
    const found = await findMapping(tx, id);
    // Another organisation's mapping is "not found" to a filler: its existence is not disclosed.
    if (!found || (ctx.actor.role !== 'admin' && found.orgId !== ctx.actor.orgId))
      throw labelError('mapping-not-found');
    await deleteMapping(tx, id, found.orgId);
    await appendAudit(tx, ctx, {
      action: 'layout-mapping-forget',
      entity: 'layout-mapping',
      entityId: id,
      before: { orgId: found.orgId, label: found.label, field: found.field },
    });
  });
}
