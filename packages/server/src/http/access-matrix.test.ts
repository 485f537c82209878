// The authorisation matrix: every route × every role (and the public) × a form of the caller's own
// organisation, of a child, of the parent and of an unrelated one — asserting allow or deny.
// A route missing from the matrix fails the test, so new routes must state their policy here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import {
  approvals,
  checkBatchDocuments,
  checkBatches,
  forms,
  importedEvaluations,
  indicatorLibrary,
  layoutMappings,
  reminders,
  reviewComments,
} from '../db/schema.ts';
import { insertForm } from '../features/forms/forms.service.ts';
import { insertFile } from '../storage/files.ts';
import {
  createTestApp,
  sessionFor,
  TEST_REGION,
  type AccountName,
  type OrgName,
  type Session,
  type TestContext,
} from '../test-support/test-app.ts';
import { drivers } from '../test-support/test-database.ts';
import { sampleProject } from '../test-support/sample-forms.ts';
import { sampleBudget } from '../test-support/sample-budget.ts';
import { generateDisclosure } from '@jixiao/core';
import { saveBudget } from '../features/budgets/budgets.repo.ts';
import { insertPublication, upsertDisclosure } from '../features/disclosures/disclosures.repo.ts';
import type { Role } from './access.ts';
import { evaluationRoutesCovered } from '../test-support/evaluation-access-specs.ts';

type Who = Role | 'public';
type Rel = 'own' | 'child' | 'parent' | 'other' | 'none';
type Status = 'draft' | 'submitted' | 'passed' | 'approved' | 'published';

const actorOf: Record<Exclude<Who, 'public'>, AccountName> = {
  filler: 'fillerA1',
  reviewer: 'reviewerA',
  finance: 'finance',
  admin: 'admin',
};
/** Which organisation each relation means for each caller. */
const relOrg: Record<Who, Partial<Record<Rel, OrgName>>> = {
  filler: { own: 'unitA1', parent: 'deptA', other: 'unitB1' },
  reviewer: { own: 'deptA', child: 'unitA1', parent: 'root', other: 'unitB1' },
  finance: { own: 'root', child: 'unitA1', other: 'unitB1' },
  admin: { own: 'root', child: 'unitA1', other: 'unitB1' },
  public: { other: 'unitA1' },
};

const seesForm = (who: Who, rel: Rel) =>
  who === 'finance' ||
  (who === 'filler' && rel === 'own') ||
  (who === 'reviewer' && (rel === 'own' || rel === 'child'));
const writesForm = (who: Who, rel: Rel) => who === 'filler' && rel === 'own';
/** Budgets: the finance bureau writes any; a filler its own organisation. */
const writesBudget = (who: Who, rel: Rel) => who === 'finance' || (who === 'filler' && rel === 'own');
const reviews = (who: Who, rel: Rel) => who === 'reviewer' && (rel === 'own' || rel === 'child');
const signedIn = (who: Who) => who !== 'public';
const only =
  (...roles: Who[]) =>
  (who: Who) =>
    roles.includes(who);

interface FormNeed {
  state: (who: Who) => Status;
  source?: boolean;
  approval?: boolean;
  comment?: boolean;
}

interface Spec {
  method: string;
  url: string;
  /** The route acts on a form: one is prepared per relation in the state needed. */
  form?: FormNeed;
  /** The route acts on an upload of the given relation. */
  upload?: boolean;
  /** The route acts on a layout mapping (a taught label) of the given relation. */
  mapping?: boolean;
  /** The route acts on an organisation's budget of the given relation (prepared: none, saved, generated or published). */
  budget?: 'none' | 'saved' | 'generated' | 'published';
  /** Needs its own session (it ends or changes it). */
  freshSession?: boolean;
  allow: (who: Who, rel: Rel) => boolean;
  path?: (
    id: string,
    extra: { commentId?: string; uploadId?: string; mappingId?: string; userId: string; orgId?: string },
  ) => string;
  body?: (who: Who) => unknown;
  multipart?: boolean;
}

const readState: FormNeed = { state: () => 'approved', source: true, approval: true };
let yearCounter = 2030;
let fillerB1Password = '';
let unitB1Id = '';
let reminderId = '';
let batchId = '';
let batchDocumentId = '';
let recordId = '';
/** 指标库 entries: one to read and change, and one per request that deletes (a deleted one is then 404). */
let libraryEntryId = '';
const libraryEntriesToDelete: string[] = [];
const libraryEntry = (who: Who) => ({
  sector: '矩阵',
  level1: '产出指标',
  level2: '数量指标',
  name: `矩阵指标${who}`,
  direction: '≥',
});

const specs: Spec[] = [
  { method: 'GET', url: '/api/health', allow: () => true },
  {
    method: 'POST',
    url: '/api/auth/login',
    allow: () => true,
    body: () => ({ username: 'fillerB1', password: fillerB1Password }),
  },
  { method: 'POST', url: '/api/auth/logout', freshSession: true, allow: signedIn },
  { method: 'GET', url: '/api/auth/me', allow: signedIn },
  {
    method: 'POST',
    url: '/api/auth/password',
    allow: signedIn,
    body: () => ({ currentPassword: 'not-the-password', newPassword: 'x'.repeat(12) }),
  },
  { method: 'GET', url: '/api/orgs', allow: signedIn },
  {
    method: 'POST',
    url: '/api/orgs',
    allow: only('admin'),
    body: () => ({ name: `新单位${yearCounter++}`, kind: 'unit', parentId: null }),
  },
  {
    method: 'PATCH',
    url: '/api/orgs/:id',
    allow: only('admin'),
    path: () => `/api/orgs/${unitB1Id}`,
    body: () => ({ code: `B1-${yearCounter++}` }),
  },
  // Allowed for administrators, who are then refused with 409 because the unit is not empty.
  { method: 'DELETE', url: '/api/orgs/:id', allow: only('admin'), path: () => `/api/orgs/${unitB1Id}` },
  { method: 'GET', url: '/api/years', allow: signedIn },
  { method: 'POST', url: '/api/years', allow: only('admin'), body: () => ({ year: yearCounter++ }) },
  { method: 'GET', url: '/api/users', allow: only('admin') },
  {
    method: 'POST',
    url: '/api/users',
    allow: only('admin'),
    body: () => ({
      username: `u${yearCounter++}`,
      role: 'filler',
      orgId: '00000000-0000-4000-8000-000000000000',
    }),
  },
  {
    method: 'POST',
    url: '/api/users/:id/reset-password',
    allow: only('admin'),
    path: (_id, x) => `/api/users/${x.userId}/reset-password`,
  },
  {
    method: 'PATCH',
    url: '/api/users/:id',
    allow: only('admin'),
    path: (_id, x) => `/api/users/${x.userId}`,
    body: () => ({ displayName: `单位B1 填报人 ${yearCounter++}` }),
  },
  { method: 'GET', url: '/api/forms', allow: only('filler', 'reviewer', 'finance') },
  { method: 'POST', url: '/api/forms', allow: only('filler'), body: () => ({ form: sampleProject() }) },
  { method: 'GET', url: '/api/forms/:id', form: readState, allow: seesForm },
  {
    method: 'PUT',
    url: '/api/forms/:id',
    form: { state: () => 'draft' },
    allow: writesForm,
    body: () => ({ baseVersion: 1, form: sampleProject() }),
  },
  { method: 'GET', url: '/api/forms/:id/versions', form: readState, allow: seesForm },
  {
    method: 'GET',
    url: '/api/forms/:id/versions/:version',
    form: readState,
    allow: seesForm,
    path: (id) => `/api/forms/${id}/versions/1`,
  },
  {
    method: 'GET',
    url: '/api/forms/:id/diff',
    form: readState,
    allow: seesForm,
    path: (id) => `/api/forms/${id}/diff?from=1&to=1`,
  },
  {
    method: 'POST',
    url: '/api/forms/:id/copy',
    form: readState,
    allow: writesForm,
    body: () => ({ year: 2031 }),
  },
  { method: 'GET', url: '/api/forms/:id/source', form: readState, allow: seesForm },
  { method: 'GET', url: '/api/forms/:id/findings', form: readState, allow: seesForm },
  { method: 'GET', url: '/api/forms/:id/history', form: readState, allow: seesForm },
  { method: 'GET', url: '/api/forms/:id/comments', form: readState, allow: seesForm },
  { method: 'GET', url: '/api/forms/:id/approval', form: readState, allow: seesForm },
  { method: 'POST', url: '/api/forms/:id/submit', form: { state: () => 'draft' }, allow: writesForm },
  {
    method: 'POST',
    url: '/api/forms/:id/review/return',
    form: { state: () => 'submitted' },
    allow: reviews,
    body: () => ({ opinion: '请修改' }),
  },
  { method: 'POST', url: '/api/forms/:id/review/pass', form: { state: () => 'submitted' }, allow: reviews },
  {
    method: 'POST',
    url: '/api/forms/:id/finance/return',
    form: { state: () => 'passed' },
    allow: (w) => w === 'finance',
    body: () => ({ opinion: '请修改' }),
  },
  {
    method: 'POST',
    url: '/api/forms/:id/approve',
    form: { state: () => 'passed' },
    allow: (w) => w === 'finance',
  },
  {
    method: 'POST',
    url: '/api/forms/:id/publish',
    form: { state: () => 'approved' },
    allow: (w) => w === 'finance',
  },
  {
    // The role is refused here; the organisation form by form inside (workflow-batch.test.ts): a form
    // out of reach is skipped in the answer, not refused as a whole.
    method: 'POST',
    url: '/api/workflow/batch',
    allow: (w) => w === 'reviewer',
    body: () => ({ action: 'review-pass', formIds: ['00000000-0000-4000-8000-000000000000'] }),
  },
  {
    method: 'POST',
    url: '/api/forms/:id/comments',
    form: { state: (w) => (w === 'finance' ? 'passed' : 'submitted') },
    allow: (w, r) => reviews(w, r) || w === 'finance',
    body: () => ({ comments: [{ pointer: '/name', reason: 'goal-unclear', text: '名称不清' }] }),
  },
  {
    method: 'POST',
    url: '/api/forms/:id/comments/:commentId/resolve',
    form: { state: () => 'draft', comment: true },
    allow: writesForm,
    path: (id, x) => `/api/forms/${id}/comments/${x.commentId}/resolve`,
  },
  { method: 'GET', url: '/api/review-reasons', allow: signedIn },
  { method: 'POST', url: '/api/imports', allow: only('filler'), multipart: true },
  {
    method: 'POST',
    url: '/api/imports/:id/save',
    upload: true,
    allow: writesForm,
    path: (_id, x) => `/api/imports/${x.uploadId}/save`,
  },
  {
    method: 'POST',
    url: '/api/imports/:id/read',
    upload: true,
    allow: writesForm,
    path: (_id, x) => `/api/imports/${x.uploadId}/read`,
  },
  // Template labels: a unit's filler for its own unit, administrators for any organisation.
  { method: 'GET', url: '/api/layout-mappings', allow: only('filler', 'admin') },
  {
    method: 'POST',
    url: '/api/layout-mappings',
    allow: only('filler', 'admin'),
    body: () => ({ label: `承担项目${yearCounter++}`, field: 'name' }),
  },
  {
    method: 'DELETE',
    url: '/api/layout-mappings/:id',
    mapping: true,
    allow: (who, rel) => (who === 'filler' && rel === 'own') || who === 'admin',
    path: (_id, x) => `/api/layout-mappings/${x.mappingId}`,
  },
  { method: 'POST', url: '/api/check', allow: signedIn, body: () => ({ forms: [sampleProject()] }) },
  { method: 'GET', url: '/api/public/forms', allow: () => true },
  { method: 'GET', url: '/api/public/forms/:id', form: { state: () => 'published' }, allow: () => true },
  { method: 'GET', url: '/api/audit', allow: only('admin') },
  { method: 'GET', url: '/api/dashboards', allow: only('finance', 'reviewer') },
  {
    method: 'GET',
    url: '/api/indicator-library',
    allow: only('filler', 'reviewer', 'finance'),
    path: () =>
      `/api/indicator-library?level2=${encodeURIComponent('数量指标')}&q=${encodeURIComponent('培训')}`,
  },
  { method: 'GET', url: '/api/indicator-library/tree', allow: signedIn },
  { method: 'GET', url: '/api/indicator-library/entries', allow: signedIn },
  {
    method: 'GET',
    url: '/api/indicator-library/entries/:id',
    allow: signedIn,
    path: () => `/api/indicator-library/entries/${libraryEntryId}`,
  },
  {
    method: 'POST',
    url: '/api/indicator-library/entries',
    allow: only('finance', 'admin'),
    body: libraryEntry,
  },
  {
    method: 'PUT',
    url: '/api/indicator-library/entries/:id',
    allow: only('finance', 'admin'),
    path: () => `/api/indicator-library/entries/${libraryEntryId}`,
    body: () => ({ ...libraryEntry('finance'), name: '矩阵指标（改）' }),
  },
  {
    method: 'DELETE',
    url: '/api/indicator-library/entries/:id',
    allow: only('finance', 'admin'),
    path: () => `/api/indicator-library/entries/${libraryEntriesToDelete.pop()}`,
  },
  { method: 'GET', url: '/api/indicator-library/export.xlsx', allow: signedIn },
  { method: 'POST', url: '/api/indicator-library/import', allow: only('finance', 'admin'), multipart: true },
  {
    method: 'GET',
    url: '/api/forms/:id/export/:format',
    form: readState,
    allow: seesForm,
    path: (id) => `/api/forms/${id}/export/xlsx`,
  },
  {
    method: 'GET',
    url: '/api/public/forms/:id/export/:format',
    form: { state: () => 'published' },
    allow: () => true,
    path: (id) => `/api/public/forms/${id}/export/csv`,
  },
  { method: 'GET', url: '/api/budgets', allow: only('filler', 'reviewer', 'finance') },
  {
    method: 'GET',
    url: '/api/budgets/:orgId/:year',
    budget: 'saved',
    allow: seesForm,
    path: (_id, x) => `/api/budgets/${x.orgId}/2025`,
  },
  {
    method: 'PUT',
    url: '/api/budgets/:orgId/:year',
    budget: 'none',
    allow: writesBudget,
    path: (_id, x) => `/api/budgets/${x.orgId}/2025`,
    body: () => ({ baseVersion: 0, budget: sampleBudget() }),
  },
  {
    method: 'POST',
    url: '/api/budgets/:orgId/:year/forms',
    budget: 'saved',
    allow: writesForm,
    path: (_id, x) => `/api/budgets/${x.orgId}/2025/forms`,
    body: () => ({ subject: 'project', index: 0 }),
  },
  {
    method: 'POST',
    url: '/api/budgets/:orgId/:year/derive',
    budget: 'none',
    allow: writesBudget,
    multipart: true,
    path: (_id, x) => `/api/budgets/${x.orgId}/2025/derive`,
  },
  {
    method: 'POST',
    url: '/api/disclosures/:orgId/:year/generate',
    budget: 'saved',
    allow: writesBudget,
    path: (_id, x) => `/api/disclosures/${x.orgId}/2025/generate`,
  },
  {
    method: 'GET',
    url: '/api/disclosures/:orgId/:year',
    budget: 'generated',
    allow: seesForm,
    path: (_id, x) => `/api/disclosures/${x.orgId}/2025`,
  },
  {
    method: 'POST',
    url: '/api/disclosures/:orgId/:year/publish',
    budget: 'generated',
    allow: (w) => w === 'finance',
    path: (_id, x) => `/api/disclosures/${x.orgId}/2025/publish`,
  },
  {
    method: 'GET',
    url: '/api/disclosures/:orgId/:year/export',
    budget: 'generated',
    allow: seesForm,
    path: (_id, x) => `/api/disclosures/${x.orgId}/2025/export?format=xlsx`,
  },
  { method: 'GET', url: '/api/public/disclosures', allow: () => true },
  {
    method: 'GET',
    url: '/api/public/disclosures/:orgId/:year',
    budget: 'published',
    allow: () => true,
    path: (_id, x) => `/api/public/disclosures/${x.orgId}/2025`,
  },
  {
    method: 'GET',
    url: '/api/public/disclosures/:orgId/:year/export',
    budget: 'published',
    allow: () => true,
    path: (_id, x) => `/api/public/disclosures/${x.orgId}/2025/export?format=xlsx`,
  },
  { method: 'GET', url: '/api/open-data/budgets.csv', allow: () => true },
  { method: 'GET', url: '/api/open-data/budgets.json', allow: () => true },
  { method: 'GET', url: '/api/open-data/targets.csv', allow: () => true },
  { method: 'GET', url: '/api/open-data/targets.json', allow: () => true },
  { method: 'GET', url: '/api/open-data/datapackage.json', allow: () => true },
  {
    method: 'GET',
    url: '/api/work/waiting',
    allow: only('filler', 'reviewer', 'finance'),
    path: () => '/api/work/waiting?year=2025',
  },
  // Allowed callers with nothing outstanding get 422 nothing-to-remind (not a denial).
  {
    method: 'POST',
    url: '/api/reminders',
    allow: only('finance', 'reviewer'),
    body: () => ({ year: 2025, kind: 'self-evaluation' }),
  },
  // A reminder sent to unitA1: its filler (fillerA1) may mark it read; nobody else may.
  {
    method: 'POST',
    url: '/api/reminders/:id/read',
    allow: only('filler'),
    path: () => `/api/reminders/${reminderId}/read`,
  },
  // 检查报告: finance of the organisation that ran the batch (root) and above it; nobody else.
  {
    method: 'POST',
    url: '/api/check-batches',
    allow: only('finance'),
    multipart: true,
    path: () => '/api/check-batches?year=2025',
  },
  {
    method: 'GET',
    url: '/api/check-batches',
    allow: only('finance'),
    path: () => '/api/check-batches?year=2025',
  },
  {
    method: 'GET',
    url: '/api/check-batches/running',
    allow: only('finance'),
    path: () => '/api/check-batches/running?year=2025',
  },
  {
    method: 'GET',
    url: '/api/check-batches/:id',
    allow: only('finance'),
    path: () => `/api/check-batches/${batchId}`,
  },
  {
    method: 'GET',
    url: '/api/check-batches/:id/documents/:documentId',
    allow: only('finance'),
    path: () => `/api/check-batches/${batchId}/documents/${batchDocumentId}`,
  },
  {
    method: 'GET',
    url: '/api/check-batches/:id/report.xlsx',
    allow: only('finance'),
    path: () => `/api/check-batches/${batchId}/report.xlsx`,
  },
  // 自评表 / 监控表 from outside: a unit's filler uploads and attaches to its own projects only.
  { method: 'POST', url: '/api/evaluation-imports', allow: only('filler'), multipart: true },
  {
    method: 'POST',
    url: '/api/evaluation-imports/:id/read',
    allow: (who, rel) => who === 'filler' && rel === 'own',
    upload: true,
    path: (_id, x) => `/api/evaluation-imports/${x.uploadId}/read`,
    body: () => ({ picks: [] }),
  },
  {
    method: 'POST',
    url: '/api/evaluation-imports/:id/match',
    allow: (who, rel) => who === 'filler' && rel === 'own',
    upload: true,
    path: (_id, x) => `/api/evaluation-imports/${x.uploadId}/match`,
    body: () => ({ formId: '00000000-0000-4000-8000-000000000000' }),
  },
  {
    method: 'POST',
    url: '/api/evaluation-imports/:id/confirm',
    allow: (who, rel) => who === 'filler' && rel === 'own',
    upload: true,
    path: (_id, x) => `/api/evaluation-imports/${x.uploadId}/confirm`,
    body: () => ({ attach: null }),
  },
  // A record kept of its own (prepared in unitA1): its unit, its 主管部门 and finance read it.
  {
    method: 'GET',
    url: '/api/evaluation-imports/records',
    allow: only('filler', 'reviewer', 'finance'),
  },
  {
    method: 'GET',
    url: '/api/evaluation-imports/records/:id',
    allow: only('filler', 'reviewer', 'finance'),
    path: () => `/api/evaluation-imports/records/${recordId}`,
  },
  { method: 'GET', url: '/api/rules', allow: signedIn },
];

const whos: Who[] = ['public', 'filler', 'reviewer', 'finance', 'admin'];

describe.each(drivers)('authorisation matrix on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    fillerB1Password = ctx.accounts.fillerB1.password;
    unitB1Id = ctx.orgs.unitB1;
    const [batch] = await ctx.database.db
      .insert(checkBatches)
      .values({
        regionCode: TEST_REGION,
        orgId: ctx.orgs.root,
        year: 2025,
        title: '批次',
        status: 'done',
        total: 1,
        done: 1,
      })
      .returning();
    batchId = batch!.id;
    const [doc] = await ctx.database.db
      .insert(checkBatchDocuments)
      .values({ regionCode: TEST_REGION, batchId, ordinal: 0, name: 'a.txt', titles: [], rows: [] })
      .returning();
    batchDocumentId = doc!.id;
    const [record] = await ctx.database.db
      .insert(importedEvaluations)
      .values({
        regionCode: TEST_REGION,
        orgId: ctx.orgs.unitA1,
        kind: 'self-evaluation',
        name: '某项目',
        year: 2025,
        data: {},
      })
      .returning();
    recordId = record!.id;
    const [r] = await ctx.database.db
      .insert(reminders)
      .values({
        regionCode: TEST_REGION,
        orgId: ctx.orgs.unitA1,
        year: 2025,
        kind: 'monitoring',
        subject: '监控',
        message: '请提交',
        sentBy: ctx.accounts.finance.id,
      })
      .returning();
    reminderId = r!.id;
    const made = await ctx.database.db
      .insert(indicatorLibrary)
      .values([...whos, 'kept'].map((who) => ({ ...libraryEntry('public'), name: `待删除${who}` })))
      .returning();
    libraryEntryId = made.pop()!.id;
    libraryEntriesToDelete.push(...made.map((m) => m.id));
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  async function prepareForm(org: OrgName, need: FormNeed, who: Who) {
    const db = ctx.database.db;
    const system = { actor: null, ip: null };
    const stored = await insertForm(db, system, sampleProject(), {
      orgId: ctx.orgs[org],
      regionCode: TEST_REGION,
    });
    const id = stored.meta.id;
    const set: Partial<typeof forms.$inferInsert> = { status: need.state(who) };
    if (need.source) {
      const f = await insertFile(db, {
        regionCode: TEST_REGION,
        orgId: ctx.orgs[org],
        fileName: 'a.txt',
        format: 'text',
        data: new TextEncoder().encode('x'),
        createdBy: null,
      });
      set.sourceFileId = f.id;
    }
    await db.update(forms).set(set).where(eq(forms.id, id));
    if (need.approval)
      await db.insert(approvals).values({ regionCode: TEST_REGION, formId: id, version: 1, targets: [] });
    let commentId: string | undefined;
    if (need.comment) {
      const [c] = await db
        .insert(reviewComments)
        .values({
          regionCode: TEST_REGION,
          formId: id,
          version: 1,
          pointer: '/name',
          reason: 'other',
          text: 't',
        })
        .returning();
      commentId = c!.id;
    }
    return { id, commentId };
  }

  /** A fresh state of an organisation's 2025 budget for each request (a previous request may have changed it). */
  async function prepareBudget(orgId: string, need: NonNullable<Spec['budget']>): Promise<string> {
    const db = ctx.database.db;
    await db.execute(sql`delete from budget_publications where org_id = ${orgId} and year = 2025`);
    await db.execute(sql`delete from budgets where org_id = ${orgId} and year = 2025`);
    if (need === 'none') return orgId;
    const b = sampleBudget();
    const row = (await saveBudget(db, TEST_REGION, orgId, b, null, 1))!;
    if (need === 'saved') return orgId;
    const d = await upsertDisclosure(db, {
      regionCode: TEST_REGION,
      budgetId: row.id,
      orgId,
      year: 2025,
      content: { disclosure: generateDisclosure(b), forms: [], budget: b },
      findings: [],
      budgetVersion: 1,
    });
    if (need === 'published')
      await insertPublication(db, {
        regionCode: TEST_REGION,
        orgId,
        year: 2025,
        generation: d.generation,
        content: d.content,
        findings: [],
        budgetVersion: 1,
        publishedBy: ctx.accounts.finance.id,
      });
    return orgId;
  }

  it('covers every route of the app', () => {
    const table = ctx.app.routeTable.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
    );
    const covered = new Set([...specs.map((s) => `${s.method} ${s.url}`), ...evaluationRoutesCovered]);
    const missing = table.map((r) => `${r.method} ${r.url}`).filter((k) => !covered.has(k));
    expect(missing).toEqual([]);
  });

  it('allows and denies as the policy says', { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    const sessions = new Map<Who, Session | null>();
    for (const who of whos) sessions.set(who, who === 'public' ? null : await ctx.as(actorOf[who]));
    for (const spec of specs) {
      for (const who of whos) {
        const rels: Rel[] =
          spec.form || spec.upload || spec.budget || spec.mapping
            ? (Object.keys(relOrg[who]) as Rel[])
            : ['none'];
        for (const rel of rels) {
          let session = sessions.get(who) ?? null;
          if (spec.freshSession && who !== 'public') {
            const acc = ctx.accounts[actorOf[who]];
            session = await ctx.login(acc.username, acc.password);
          }
          let id = '';
          const extra: {
            commentId?: string;
            uploadId?: string;
            mappingId?: string;
            userId: string;
            orgId?: string;
          } = {
            userId: ctx.accounts.fillerB1.id,
          };
          if (spec.budget) extra.orgId = await prepareBudget(ctx.orgs[relOrg[who][rel]!], spec.budget);
          if (spec.form) {
            const p = await prepareForm(relOrg[who][rel]!, spec.form, who);
            id = p.id;
            if (p.commentId) extra.commentId = p.commentId;
          }
          if (spec.upload) {
            const f = await insertFile(ctx.database.db, {
              regionCode: TEST_REGION,
              orgId: ctx.orgs[relOrg[who][rel]!],
              fileName: 'x.txt',
              format: 'text',
              data: new TextEncoder().encode('不是表单'),
              createdBy: null,
            });
            extra.uploadId = f.id;
          }
          if (spec.mapping) {
            const [m] = await ctx.database.db
              .insert(layoutMappings)
              .values({
                regionCode: TEST_REGION,
                orgId: ctx.orgs[relOrg[who][rel]!],
                label: `标签${yearCounter++}`,
                field: 'name',
              })
              .returning();
            extra.mappingId = m!.id;
          }
          const url = spec.path ? spec.path(id, extra) : spec.url.replace(':id', id);
          const headers: Record<string, string> = session
            ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken }
            : {};
          let res;
          if (spec.multipart) {
            const boundary = '----jx';
            const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n不是表单\r\n--${boundary}--\r\n`;
            res = await ctx.app.inject({
              method: 'POST',
              url,
              headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
              payload,
            });
          } else {
            const body = spec.body?.(who);
            res = await ctx.app.inject({
              method: spec.method as 'GET',
              url,
              headers,
              ...(body === undefined ? {} : { payload: body as object }),
            });
          }
          const denied = [401, 403, 404].includes(res.statusCode);
          const expected = spec.allow(who, rel);
          if (denied === expected || res.statusCode >= 500) {
            failures.push(
              `${spec.method} ${spec.url} as ${who}/${rel}: expected ${expected ? 'allow' : 'deny'}, got ${res.statusCode} ${res.body.slice(0, 160)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const s = await ctx.as('fillerA1');
    const noToken = sessionFor(ctx.app, s.cookie, 'wrong');
    const res = await noToken.post('/api/forms', { form: sampleProject() });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf-failed');
  });
});
