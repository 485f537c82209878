// The demo city: on a new database, the five seed documents (copied into packages/server/demo/) are
// imported under their own departments, and one account per role is created with a random password
// that is returned once for printing (never stored in code).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importBuffer, type ImportOutcome } from '@jixiao/documents';
import { formColumns } from '../features/forms/form-mapping.ts';
import type { Database, Executor } from '../db/client.ts';
import { insertTransition, insertApproval } from '../features/workflow/workflow.repo.ts';
import { insertForm } from '../features/forms/forms.service.ts';
import { setStatus } from '../features/forms/forms.repo.ts';
import { insertFile } from '../storage/files.ts';
import { countOrgs, insertYear } from '../features/orgs/orgs.repo.ts';
import { createOrg } from '../features/orgs/orgs.service.ts';
import { createUser } from '../features/users/users.service.ts';
import type { Role } from '../http/access.ts';
import type { AuditContext } from '../features/audit/audit.repo.ts';
import { seedMonitoringRound } from './seed-evaluation-demo.ts';
import { seedDemoBudget } from './seed-demo-budget.ts';

export const demoFolder = fileURLToPath(new URL('../../demo/', import.meta.url));

const ROOT = '演示市财政局';
/** The demo city's 财政区划代码: every row of the demo is distributed by it. */
const REGION = '420100';
const DEPARTMENTS = ['鄂州市行政审批局', '鄂州市数据局', '武汉市东西湖区行政审批局'] as const;
type Department = (typeof DEPARTMENTS)[number];
/** One reviewer (主管部门审核人) per department, so that every department's forms can be reviewed. */
export const DEMO_REVIEWERS: Record<Department, string> = {
  鄂州市行政审批局: 'demo-reviewer',
  鄂州市数据局: 'demo-reviewer-data',
  武汉市东西湖区行政审批局: 'demo-reviewer-dxh',
};

/** Each seed, the department it belongs to, and the state the document shows it in. */
const SEEDS: { file: string; department: Department; status: 'draft' | 'approved' | 'published' }[] = [
  { file: '000_aa0c671a80aa9506.txt', department: '鄂州市行政审批局', status: 'draft' },
  { file: '001_31923cc723e4cf20.txt', department: '鄂州市行政审批局', status: 'draft' },
  { file: '002_167dd8d60d804485.txt', department: '鄂州市行政审批局', status: 'draft' },
  { file: '003_5e2bb870419bde72.txt', department: '武汉市东西湖区行政审批局', status: 'published' },
  { file: '004_f33f596efa0ca9bb.txt', department: '鄂州市数据局', status: 'approved' },
];

export interface DemoAccount {
  username: string;
  role: Role;
  org: string;
  password: string;
}

export interface DemoResult {
  accounts: DemoAccount[];
  forms: number;
  notes: string[];
}

const system: AuditContext = { actor: null, ip: null };

async function moveTo(
  tx: Executor,
  regionCode: string,
  formId: string,
  version: number,
  status: 'approved' | 'published',
  note: string,
) {
  const path: ['passed' | 'approved', 'approved' | 'published'][] =
    status === 'approved'
      ? [['passed', 'approved']]
      : [
          ['passed', 'approved'],
          ['approved', 'published'],
        ];
  await setStatus(tx, formId, 'draft', 'passed');
  for (const [from, to] of path) {
    await setStatus(tx, formId, from, to);
    await insertTransition(tx, {
      regionCode,
      formId,
      action: to === 'approved' ? 'approve' : 'publish',
      fromStatus: from,
      toStatus: to,
      version,
      opinion: note,
    });
  }
}

/** Seeds the demo city when the database has no organisations yet; returns null otherwise. */
export async function seedDemo(database: Database): Promise<DemoResult | null> {
  const { db } = database;
  if ((await countOrgs(db)) > 0) return null;
  // Import outside the transaction (parsing can take a while); write everything in one transaction.
  const parsed: { seed: (typeof SEEDS)[number]; data: Uint8Array; outcome: ImportOutcome }[] = [];
  for (const seed of SEEDS) {
    const data = new Uint8Array(readFileSync(demoFolder + seed.file));
    parsed.push({ seed, data, outcome: await importBuffer(data, seed.file) });
  }
  return db.transaction(async (tx) => {
    if ((await countOrgs(tx)) > 0) return null;
    const root = await createOrg(tx, system, { name: ROOT, kind: 'finance', code: REGION });
    const units = new Map<Department, string>();
    const departments = new Map<Department, string>();
    for (const name of DEPARTMENTS) {
      const dept = await createOrg(tx, system, { name, kind: 'department', parentId: root.id });
      const unit = await createOrg(tx, system, { name: `${name}（本级）`, kind: 'unit', parentId: dept.id });
      departments.set(name, dept.id);
      units.set(name, unit.id);
    }
    const plan: { username: string; role: Role; orgId: string; org: string }[] = [
      {
        username: 'demo-filler',
        role: 'filler',
        orgId: units.get('鄂州市行政审批局')!,
        org: '鄂州市行政审批局（本级）',
      },
      ...DEPARTMENTS.map((name) => ({
        username: DEMO_REVIEWERS[name],
        role: 'reviewer' as const,
        orgId: departments.get(name)!,
        org: name,
      })),
      // The unit of the approved 批复表 (seed 004): fills the demo monitoring round and self-evaluates.
      {
        username: 'demo-filler2',
        role: 'filler',
        orgId: units.get('鄂州市数据局')!,
        org: '鄂州市数据局（本级）',
      },
      { username: 'demo-finance', role: 'finance', orgId: root.id, org: ROOT },
      { username: 'demo-admin', role: 'admin', orgId: root.id, org: ROOT },
    ];
    const accounts: DemoAccount[] = [];
    for (const p of plan) {
      const { generatedPassword } = await createUser(tx, system, {
        username: p.username,
        displayName: p.username,
        role: p.role,
        orgId: p.orgId,
      });
      accounts.push({ username: p.username, role: p.role, org: p.org, password: generatedPassword! });
    }
    const notes: string[] = [];
    const years = new Set<number>();
    let count = 0;
    for (const { seed, data, outcome } of parsed) {
      const orgId = units.get(seed.department)!;
      const file = await insertFile(tx, {
        regionCode: root.regionCode,
        orgId,
        fileName: seed.file,
        format: outcome.format,
        data,
        createdBy: null,
      });
      if (!outcome.ok) {
        notes.push(`${seed.file}: ${outcome.error.message}`);
        continue;
      }
      if (outcome.forms.length === 0) notes.push(`${seed.file}: 未识别出表单`);
      for (const form of outcome.forms) {
        const stored = await insertForm(tx, system, form, {
          orgId,
          regionCode: root.regionCode,
          sourceFileId: file.id,
          note: `演示数据：${seed.file}`,
        });
        if (form.year) years.add(form.year);
        if (seed.status !== 'draft') {
          await moveTo(
            tx,
            root.regionCode,
            stored.meta.id,
            1,
            seed.status,
            '演示数据：原文件即为已批复/已公开的文件',
          );
          {
            await insertApproval(tx, {
              regionCode: root.regionCode,
              formId: stored.meta.id,
              version: 1,
              budgetTotal: formColumns(form).budgetTotal,
              budgetCurrent: formColumns(form).budgetCurrent,
              targets: (stored.form.kind === 'disclosure' ? [] : stored.form.indicators).map((i) => ({
                indicatorId: i.id,
                name: i.name,
                target: i.target,
              })),
              opinion: '演示数据',
            });
          }
        }
        count++;
      }
      if (seed.status === 'published' && outcome.ok)
        await seedDemoBudget(
          tx,
          root.regionCode,
          departments.get(seed.department)!,
          outcome.forms,
          new Date(),
        );
    }
    for (const y of [...years, new Date().getFullYear()]) await insertYear(tx, y);
    const round = await seedMonitoringRound(tx, system, root.regionCode, new Date().getFullYear());
    if (round) notes.push(round);
    return { accounts, forms: count, notes };
  });
}
