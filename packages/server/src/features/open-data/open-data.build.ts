// Open data from published disclosures: the expenditure fact table (one row per functional line × economic
// 类 or project class), approved targets, CSV writing, and the Fiscal Data Package descriptor.
import {
  Decimal,
  basicColumns,
  fundLabels,
  isBlankIndicator,
  projectColumns,
  type Budget,
  type Form,
} from '@jixiao/core';
import { writeCsv } from '@jixiao/documents';

export interface PublishedBudget {
  orgId: string;
  year: number;
  department: string;
  publishedAt: string;
  budget: Budget;
  forms: Form[];
}

export const budgetFields = [
  ['year', 'integer', '预算年度'],
  ['admin_id', 'string', '部门标识'],
  ['admin_code', 'string', '部门代码'],
  ['admin_name', 'string', '部门名称'],
  ['fund', 'string', '资金来源（一般公共预算 / 政府性基金预算 / 国有资本经营预算 / 其他资金）'],
  ['functional_class', 'string', '支出功能分类：类'],
  ['functional_code', 'string', '支出功能分类科目编码'],
  ['functional_name', 'string', '支出功能分类科目名称'],
  ['expenditure_type', 'string', '支出类型（基本支出 / 项目支出）'],
  ['economic_code', 'string', '部门预算支出经济分类：类（基本支出）'],
  ['economic_name', 'string', '经济分类名称'],
  ['project_category', 'string', '项目类别（项目支出）'],
  ['amount', 'number', '金额（万元）'],
] as const;

const basicEconomic: Record<(typeof basicColumns)[number], [string, string]> = {
  wages: ['301', '工资福利支出'],
  goods: ['302', '商品和服务支出'],
  family: ['303', '对个人和家庭的补助'],
  capital: ['310', '资本性支出'],
};
const projectLabel: Record<(typeof projectColumns)[number], string> = {
  regular: '经常性项目',
  policy: '政策性项目',
  oneOff: '一次性项目',
  otherProject: '其他项目',
};

export type FactRow = Record<(typeof budgetFields)[number][0], string>;

export function budgetFacts(p: PublishedBudget): FactRow[] {
  const rows: FactRow[] = [];
  for (const l of p.budget.functional) {
    const base = {
      year: String(p.year),
      admin_id: p.orgId,
      admin_code: p.budget.departmentCode ?? '',
      admin_name: p.department,
      fund: fundLabels[l.fund],
      functional_class: l.code.slice(0, 3),
      functional_code: l.code,
      functional_name: l.name,
    };
    for (const c of basicColumns) {
      if (new Decimal(l[c]).isZero()) continue;
      const [code, name] = basicEconomic[c];
      rows.push({
        ...base,
        expenditure_type: '基本支出',
        economic_code: code,
        economic_name: name,
        project_category: '',
        amount: new Decimal(l[c]).toFixed(2),
      });
    }
    for (const c of projectColumns) {
      if (new Decimal(l[c]).isZero()) continue;
      rows.push({
        ...base,
        expenditure_type: '项目支出',
        economic_code: '',
        economic_name: '',
        project_category: projectLabel[c],
        amount: new Decimal(l[c]).toFixed(2),
      });
    }
  }
  return rows;
}

export const targetFields = [
  ['year', 'integer', '预算年度'],
  ['admin_id', 'string', '部门标识'],
  ['admin_name', 'string', '部门名称'],
  ['form_kind', 'string', '表单（项目 / 部门整体）'],
  ['form_name', 'string', '项目名称或部门'],
  ['term', 'string', '长期 / 年度'],
  ['level1', 'string', '一级指标'],
  ['level2', 'string', '二级指标'],
  ['indicator', 'string', '三级指标'],
  ['target', 'string', '指标值（原文）'],
  ['operator', 'string', '比较符号'],
  ['value', 'number', '数值'],
  ['unit', 'string', '计量单位'],
  // Added last so that readers by position keep working: the project's key from budget to 自评.
  ['project_code', 'string', '项目编码'],
] as const;
export type TargetRow = Record<(typeof targetFields)[number][0], string>;

export function targetRows(p: PublishedBudget): TargetRow[] {
  return p.forms.flatMap((f) => {
    if (f.kind === 'disclosure') return [];
    const name = f.kind === 'project' ? (f.name ?? '') : (f.department ?? '');
    // An emptied 二级 slot of the editor is not a published target.
    return f.indicators
      .filter((i) => !isBlankIndicator(i))
      .map((i) => ({
        year: String(p.year),
        admin_id: p.orgId,
        admin_name: p.department,
        form_kind: f.kind === 'project' ? '项目' : '部门整体',
        form_name: name,
        term: i.term === 'long' ? '长期' : '年度',
        level1: i.level1 ?? '',
        level2: i.level2 ?? '',
        indicator: i.name ?? '',
        target: i.target?.raw ?? '',
        operator: i.target?.kind === 'quantitative' ? (i.target.op ?? '') : '',
        value: i.target?.kind === 'quantitative' ? (i.target.value ?? '') : '',
        unit: i.target?.kind === 'quantitative' ? (i.target.unit ?? '') : '',
        project_code: f.kind === 'project' ? (f.code ?? '') : '',
      }));
  });
}

/** Open data as CSV: a header row of the field names, then the rows, by the one CSV writer. */
export function toCsv<K extends string>(
  fields: ReadonlyArray<readonly [K, string, string]>,
  rows: ReadonlyArray<Record<K, string>>,
): string {
  return writeCsv([fields.map(([n]) => n), ...rows.map((r) => fields.map(([n]) => r[n] ?? ''))]);
}

const schemaOf = (fields: ReadonlyArray<readonly [string, string, string]>) => ({
  fields: fields.map(([name, type, title]) => ({ name, type, title })),
});

/** The Fiscal Data Package descriptor (OpenSpending): resources and the fiscal model over budgets.csv. */
export function dataPackage(years: number[]) {
  return {
    profile: 'fiscal-data-package',
    name: 'jixiao-department-budgets',
    title: '部门预算（已公开）',
    description: '已公开的部门预算支出（按支出功能分类、部门预算支出经济分类、部门），金额单位万元。',
    countryCode: 'CN',
    currency: 'CNY',
    ...(years.length > 0
      ? { fiscalPeriod: { start: `${Math.min(...years)}-01-01`, end: `${Math.max(...years)}-12-31` } }
      : {}),
    licenses: [{ name: 'ODC-PDDL-1.0', title: 'Open Data Commons Public Domain Dedication and License' }],
    resources: [
      {
        name: 'budgets',
        path: 'budgets.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        profile: 'tabular-data-resource',
        schema: schemaOf(budgetFields),
      },
      {
        name: 'targets',
        path: 'targets.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        profile: 'tabular-data-resource',
        schema: schemaOf(targetFields),
      },
    ],
    model: {
      measures: {
        amount: {
          source: 'amount',
          currency: 'CNY',
          factor: 10000,
          direction: 'expenditure',
          phase: 'approved',
          title: '金额（万元）',
        },
      },
      dimensions: {
        date: {
          dimensionType: 'datetime',
          primaryKey: ['year'],
          attributes: { year: { source: 'year', title: '预算年度' } },
        },
        'administrative-classification': {
          dimensionType: 'classification',
          classificationType: 'administrative',
          primaryKey: ['id'],
          attributes: {
            id: { source: 'admin_id' },
            code: { source: 'admin_code' },
            name: { source: 'admin_name', labelfor: 'id' },
          },
        },
        'functional-classification': {
          dimensionType: 'classification',
          classificationType: 'functional',
          primaryKey: ['code'],
          attributes: {
            class: { source: 'functional_class', title: '类' },
            code: { source: 'functional_code', parent: 'class' },
            name: { source: 'functional_name', labelfor: 'code' },
          },
        },
        'economic-classification': {
          dimensionType: 'classification',
          classificationType: 'economic',
          primaryKey: ['code'],
          attributes: {
            code: { source: 'economic_code' },
            name: { source: 'economic_name', labelfor: 'code' },
          },
        },
        'expenditure-type': {
          dimensionType: 'other',
          primaryKey: ['type'],
          attributes: { type: { source: 'expenditure_type' } },
        },
        'project-category': {
          dimensionType: 'other',
          primaryKey: ['category'],
          attributes: { category: { source: 'project_category' } },
        },
        fund: { dimensionType: 'other', primaryKey: ['fund'], attributes: { fund: { source: 'fund' } } },
      },
    },
  };
}
