// The server bench's generated province (湖北省, 420000): its organisation tree (财政局 → 100 主管部门 → units), its
// project forms (15 indicators each by default), their load through the server's COPY loader, and the raw COPY
// of the same rows into scratch copies of the tables that the load is measured against. Shared by the server
// bench (server-api.bench.ts) and the seeds and A/B benches that build the same data.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { parseIndicatorValue, type ProjectForm } from '@jixiao/core';
import { queryRows, type Database } from '../packages/server/src/db/client.ts';
import {
  copyForms,
  FORM_COPY_COLUMNS,
  type FormCopyText,
  type FormToLoad,
} from '../packages/server/src/features/forms/form-copy.ts';
import { createOrg } from '../packages/server/src/features/orgs/orgs.service.ts';

const LEVELS: [string, string, string, string][] = [
  ['产出指标', '数量指标', '培训人次', '≥{n}人次'],
  ['产出指标', '数量指标', '服务窗口数量', '={n}个'],
  ['产出指标', '质量指标', '验收合格率', '≥{p}%'],
  ['产出指标', '质量指标', '数据准确率', '≥{p}%'],
  ['产出指标', '时效指标', '办结时限', '≤{n}个工作日'],
  ['产出指标', '时效指标', '按时完成率', '=100%'],
  ['成本指标', '经济成本指标', '项目成本', '≤{b}万元'],
  ['成本指标', '经济成本指标', '运维费用', '≤{c}万元'],
  ['效益指标', '社会效益指标', '服务便利度', '有所提升'],
  ['效益指标', '社会效益指标', '办事时间缩短', '≥{p}%'],
  ['效益指标', '经济效益指标', '节约成本', '≥{c}万元'],
  ['效益指标', '可持续影响指标', '长效机制', '持续完善'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥{s}%'],
  ['满意度指标', '服务对象满意度指标', '企业满意度', '≥{s}%'],
  ['产出指标', '数量指标', '巡查次数', '≥{n}次'],
];

export function project(i: number, unit: string, perForm: number): ProjectForm {
  const budget = 10 + (i % 990);
  const fill = (t: string) =>
    t
      .replace('{n}', String(1 + ((i * 7) % 500)))
      .replace('{p}', String(80 + (i % 20)))
      .replace('{s}', String(85 + (i % 10)))
      .replace('{b}', String(budget))
      .replace('{c}', String(1 + (i % budget)));
  const goal = '年度绩效目标1';
  return {
    kind: 'project',
    formType: '申报表',
    year: 2025,
    unit,
    supervisor: null,
    executor: unit,
    name: `项目${i}：政务服务能力提升`,
    code: `P${String(i).padStart(8, '0')}`,
    category: '延续性项目',
    nature: '持续性项目',
    leader: null,
    phone: null,
    basis: '依据年度工作计划',
    content: '完成年度工作任务，提升服务质量',
    budget: {
      total: String(budget),
      current: String(budget),
      sources: [{ name: '财政拨款', amount: String(budget) }],
      history: null,
    },
    details: [],
    goals: [{ term: 'annual', label: goal, text: '完成年度目标' }],
    indicators: Array.from({ length: perForm }, (_, k) => {
      const [level1, level2, name, value] = LEVELS[k % LEVELS.length]!;
      return {
        term: 'annual' as const,
        goal,
        level1,
        level2,
        name,
        target: parseIndicatorValue(fill(value)),
        history: null,
        basis: '计划标准',
        category: null,
      };
    }),
    opinion: null,
  };
}

/** The bench province's 财政区划代码 (湖北省): every generated row is of this region. */
export const REGION = '420000';

/** The generated forms of one batch (not timed: they stand for forms already read and validated). */
export function batchForms(start: number, count: number, orgIds: string[], perForm: number): FormToLoad[] {
  const now = new Date();
  return Array.from({ length: count }, (_, k) => {
    const i = start + k;
    return {
      id: randomUUID(),
      orgId: orgIds[i % orgIds.length]!,
      form: project(i, `单位${i % orgIds.length}`, perForm),
      status: 'draft',
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  });
}

/** Rows a batch stores: each form, its goals and indicators, and its first version. */
export const rowCount = (items: FormToLoad[]) =>
  items.reduce(
    (n, { form }) => n + 2 + (form.kind === 'disclosure' ? 0 : form.goals.length + form.indicators.length),
    0,
  );

/** The server's way (features/forms/form-copy.ts): forms mapped to COPY lines, one transaction per batch. */
export async function loadBatch(database: Database, items: FormToLoad[]) {
  await database.bulkCopy((copy, exec) => copyForms(copy, exec, REGION, items));
}

/**
 * The baseline: the same rows, encoded beforehand, by a raw COPY into scratch copies of the tables
 * (`prefix`: copy_, without foreign keys, or keyed_, with the real tables' foreign keys).
 */
export async function rawCopy(database: Database, text: FormCopyText, prefix: string) {
  await database.bulkCopy(async (copy) => {
    for (const [table, chunks] of Object.entries(text)) {
      await copy(`${prefix}${table}`, FORM_COPY_COLUMNS[table as keyof FormCopyText], chunks);
    }
  });
}

/** The bench's organisation tree: 财政局 → 100 主管部门 → `units` units spread over them. */
export async function seedOrgTree(database: Database, units: number) {
  const system = { actor: null, ip: null };
  const orgIds: string[] = [];
  const deptIds: string[] = [];
  let financeOrg = '';
  await database.db.transaction(async (tx) => {
    const root = await createOrg(tx, system, { name: '省财政厅', kind: 'finance', code: REGION });
    financeOrg = root.id;
    for (let d = 0; d < 100; d++)
      deptIds.push(
        (await createOrg(tx, system, { name: `部门${d}`, kind: 'department', parentId: root.id })).id,
      );
    for (let u = 0; u < units; u++)
      orgIds.push(
        (await createOrg(tx, system, { name: `单位${u}`, kind: 'unit', parentId: deptIds[u % 100]! })).id,
      );
  });
  return { financeOrg, deptIds, orgIds };
}

export const LOADED = ['form_keys', 'forms', 'form_goals', 'indicators', 'form_versions'];

/**
 * Scratch copies of the loaded tables: copy_* with their columns and indexes (LIKE … INCLUDING ALL), and
 * keyed_* which also check the real tables' foreign keys (among themselves, and to orgs and users), as the
 * server's COPY into the real tables does for every row.
 */
export async function createCopies(database: Database) {
  for (const t of LOADED) {
    await database.db.execute(sql.raw(`CREATE TABLE copy_${t} (LIKE ${t} INCLUDING ALL)`));
    await database.db.execute(sql.raw(`CREATE TABLE keyed_${t} (LIKE ${t} INCLUDING ALL)`));
    const keys = await queryRows<{ def: string }>(
      database.db,
      sql`select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = ${t}::regclass and contype = 'f'`,
    );
    for (const { def } of keys) {
      // The forms' keys are copied like the rest (the server's load writes them by COPY before the forms),
      // and keyed_* refer to keyed_form_keys as the real tables refer to form_keys.
      const own = def.replace(
        /REFERENCES (form_keys|forms|form_goals|indicators|form_versions)\(/,
        'REFERENCES keyed_$1(',
      );
      await database.db.execute(sql.raw(`ALTER TABLE keyed_${t} ADD ${own}`));
    }
  }
}
