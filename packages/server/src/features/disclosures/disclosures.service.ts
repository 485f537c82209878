// Disclosures: generate the 部门预算公开 from the stored budget and the approved forms, check it with the
// same rules as an imported one, publish it (finance), export it.
import {
  checkBudget,
  formDisplayName,
  generateDisclosure,
  runChecks,
  type Budget,
  type Disclosure,
  type Finding,
  type Form,
} from '@jixiao/core';
import { layoutDisclosurePackage, writeDisclosurePackagePdf, writeDocx, writeXlsx } from '@jixiao/documents';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { appendAudit } from '../audit/audit.repo.ts';
import { findBudgetRow, loadBudget } from '../budgets/budgets.repo.ts';
import { canWriteOrg, visibleOrg } from '../budgets/budgets.service.ts';
import { findForm } from '../forms/forms.repo.ts';
import { loadStoredForm } from '../forms/forms.service.ts';
import { disclosureError } from './disclosures.errors.ts';
import {
  approvedFormIds,
  findDisclosureRow,
  findLatestPublication,
  insertPublication,
  upsertDisclosure,
  type DisclosureRow,
  type PublicationRow,
} from './disclosures.repo.ts';

/** What a generation stores: the document, the forms published with it, and the budget it came from. */
export interface DisclosureContent {
  disclosure: Disclosure;
  forms: Form[];
  budget: Budget;
}

/**
 * The current generation with its findings, and where publication stands: `status` is 'published' when
 * this generation is the one the public sees (then shown as published, with its date and the findings on
 * it); `publication` is what the public sees, which may be an earlier generation.
 */
export function presentDisclosure(
  row: DisclosureRow,
  orgName: string,
  publication: PublicationRow | undefined,
) {
  const isPublished = publication?.generation === row.generation;
  const content = (isPublished ? publication.content : row.content) as DisclosureContent;
  return {
    orgId: row.orgId,
    orgName,
    year: row.year,
    status: (isPublished ? 'published' : 'generated') as 'generated' | 'published',
    generation: row.generation,
    generatedAt: row.generatedAt,
    publishedAt: publication?.publishedAt ?? null,
    publication: publication ? presentPublicationMeta(publication) : null,
    budgetVersion: row.budgetVersion,
    disclosure: content.disclosure,
    forms: content.forms,
    findings: (isPublished ? publication.findings : row.findings) as Finding[],
  };
}

export function presentPublicationMeta(p: PublicationRow) {
  return {
    version: p.version,
    generation: p.generation,
    budgetVersion: p.budgetVersion,
    publishedAt: p.publishedAt,
  };
}

async function approvedForms(db: Db, orgPath: string, year: number): Promise<Form[]> {
  const out: Form[] = [];
  for (const id of await approvedFormIds(db, orgPath, year)) {
    const row = await findForm(db, id);
    if (row) out.push((await loadStoredForm(db, row)).form);
  }
  return out;
}

/**
 * The disclosure of a budget with the forms published beside it, and its findings: one rule set — the
 * checks an imported disclosure gets, over the disclosure and the forms — plus the budget's own checks.
 */
export function buildDisclosure(
  budget: Budget,
  forms: Form[],
): { disclosure: Disclosure; findings: Finding[] } {
  const disclosure = generateDisclosure(budget, forms.map(formDisplayName));
  return { disclosure, ...checkAgain(budget, disclosure, forms) };
}

function checkAgain(budget: Budget, disclosure: Disclosure, forms: Form[]): { findings: Finding[] } {
  return { findings: [...checkBudget(budget), ...runChecks([disclosure, ...forms])] };
}

/**
 * A new generation from the current budget. Any writer of the budget may generate (a department prepares its
 * draft); what the public sees changes only when finance publishes.
 */
export async function generate(db: Db, actor: Actor, ip: string | null, orgId: string, year: number) {
  const org = await visibleOrg(db, actor, orgId);
  if (!canWriteOrg(actor, org)) throw disclosureError('finance-only', {}, '只能为本单位生成部门预算公开');
  const budgetRow = await findBudgetRow(db, actor.regionCode, orgId, year);
  if (!budgetRow) throw disclosureError('no-budget');
  const budget = await loadBudget(db, budgetRow);
  const forms = await approvedForms(db, org.path, year);
  const { disclosure, findings } = buildDisclosure(budget, forms);
  const row = await db.transaction(async (tx) => {
    const r = await upsertDisclosure(tx, {
      regionCode: budgetRow.regionCode,
      budgetId: budgetRow.id,
      orgId,
      year,
      content: { disclosure, forms, budget },
      findings,
      budgetVersion: budgetRow.version,
      generatedBy: actor.id,
      generatedAt: new Date(),
    });
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: 'disclosure-generate',
        entity: 'budget-disclosure',
        entityId: r.id,
        after: { year, budgetVersion: budgetRow.version, generation: r.generation },
      },
    );
    return r;
  });
  return presentDisclosure(row, org.name, await findLatestPublication(db, actor.regionCode, orgId, year));
}

export async function getDisclosure(db: Db, actor: Actor, orgId: string, year: number) {
  const org = await visibleOrg(db, actor, orgId);
  const row = await findDisclosureRow(db, actor.regionCode, orgId, year);
  if (!row) throw disclosureError('disclosure-not-found');
  return presentDisclosure(row, org.name, await findLatestPublication(db, actor.regionCode, orgId, year));
}

/**
 * Errors that block publication: those of the disclosure itself and of the budget. The forms published
 * beside it were approved through their own workflow; their findings are shown, not blocking.
 */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (f) => f.severity === 'error' && (f.rule.startsWith('R-BUD') || f.formKind === 'disclosure'),
  );
}

/**
 * Publishes the current generation as the next publication version. `generation`, when given, is the one
 * finance reviewed: a generation made since is refused (409), so finance never publishes what it did not see.
 */
export async function publish(
  db: Db,
  actor: Actor,
  ip: string | null,
  orgId: string,
  year: number,
  now: Date,
  generation?: number,
) {
  if (actor.role !== 'finance') throw disclosureError('finance-only');
  const org = await visibleOrg(db, actor, orgId);
  const published = await db.transaction(async (tx) => {
    const row = await findDisclosureRow(tx, actor.regionCode, orgId, year, true);
    if (!row) throw disclosureError('disclosure-not-found');
    if (generation !== undefined && generation !== row.generation)
      throw disclosureError(
        'stale-disclosure',
        { generation: row.generation, yours: generation },
        '部门预算公开在您查看后已重新生成：请查看最新生成的版本后再公开',
      );
    const budgetRow = await findBudgetRow(tx, actor.regionCode, orgId, year);
    if (!budgetRow || budgetRow.version !== row.budgetVersion) throw disclosureError('stale-disclosure');
    const latest = await findLatestPublication(tx, actor.regionCode, orgId, year);
    if (latest?.generation === row.generation)
      throw disclosureError('already-published', { version: latest.version });
    const content = row.content as DisclosureContent;
    const blocking = blockingFindings(row.findings as Finding[]);
    if (blocking.length > 0) throw disclosureError('has-errors', { findings: blocking });
    // The publication date enters the published document (R-PUB-06 is checked on it); the draft is left as generated.
    const disclosure = { ...content.disclosure, publishedOn: now.toISOString().slice(0, 10) };
    const { findings } = checkAgain(content.budget, disclosure, content.forms);
    const p = await insertPublication(tx, {
      regionCode: row.regionCode,
      orgId,
      year,
      generation: row.generation,
      content: { ...content, disclosure },
      findings,
      budgetVersion: row.budgetVersion,
      publishedBy: actor.id,
      publishedAt: now,
    });
    if (!p) throw disclosureError('already-published');
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: 'disclosure-publish',
        entity: 'budget-disclosure',
        entityId: row.id,
        after: { year, version: p.version, generation: p.generation },
      },
    );
    return { row, p };
  });
  return presentDisclosure(published.row, org.name, published.p);
}

export const exportFormats = ['pdf', 'docx', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const contentTypes: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function renderPackage(content: DisclosureContent, format: ExportFormat): Promise<Uint8Array> {
  const layout = layoutDisclosurePackage(content.disclosure, content.forms);
  try {
    if (format === 'pdf') return await writeDisclosurePackagePdf(content.disclosure, content.forms);
    if (format === 'docx') return await writeDocx(layout);
    return await writeXlsx(layout);
  } catch (e) {
    throw disclosureError('export-failed', { reason: (e as Error).message });
  }
}

/** An ASCII file name plus the UTF-8 one (RFC 5987) for the Content-Disposition header. */
export function attachment(title: string, format: ExportFormat): string {
  return `attachment; filename="disclosure.${format}"; filename*=UTF-8''${encodeURIComponent(`${title}.${format}`)}`;
}
