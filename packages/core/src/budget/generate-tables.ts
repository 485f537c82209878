// The standard disclosure tables (DOMAIN.md §5.2) computed from a budget: each cell is a sum of budget
// lines, never typed. Layouts follow the official 部门预算公开 templates.
import { codeListFor } from '../codes/index.ts';
import { Decimal } from '../money/decimal.ts';
import type { DisclosureTable } from '../model/disclosure.ts';
import {
  basicColumns,
  fiscalFunds,
  projectCategories,
  projectColumns,
  type Budget,
  type FunctionalLine,
  type FundType,
} from './budget-model.ts';
import {
  budgetTotals,
  columnSum,
  incomeOf,
  lineBasic,
  lineProject,
  money,
  type BudgetTotals,
  type Spending,
} from './budget-totals.ts';

/** The 29 functional 类 of the 部门收支总表, in the order of the template. */
export const functionalClasses = [
  '201',
  '202',
  '203',
  '204',
  '205',
  '206',
  '207',
  '208',
  '209',
  '210',
  '211',
  '212',
  '213',
  '214',
  '215',
  '216',
  '217',
  '219',
  '220',
  '221',
  '222',
  '223',
  '224',
  '227',
  '229',
  '230',
  '231',
  '232',
  '233',
] as const;

/** The economic 类 rows of the 部门收支总表 with the labels of the template. */
const economicClassRows = [
  ['301', '工资福利性支出'],
  ['302', '商品和服务支出'],
  ['303', '对个人和家庭的补助支出'],
  ['307', '债务利息及费用支出'],
  ['309', '资本性支出（基本建设）'],
  ['310', '资本性支出'],
  ['312', '对企业补助'],
  ['311', '对企业补助（基本建设）'],
  ['313', '对社会保障基金补助'],
  ['399', '其他支出'],
] as const;

const ZERO = new Decimal(0);
const UNIT = '万元';

function className(b: Budget, code: string): string {
  const own = b.functional.find((l) => l.code === code);
  return own?.name ?? codeListFor('functional', b.year).get(code)?.name ?? code;
}

/**
 * Income, economic and functional blocks side by side (部门收支总表 and 财政拨款收支预算总表). The 财政拨款 table
 * shows only 财政拨款 income and the spending held under 一般公共预算 and 政府性基金预算 lines, so both tables
 * balance for a department that also has 事业收入, 其他收入 or 其他结转.
 */
function overviewTable(b: Budget, t: BudgetTotals, title: string, fiscalOnly: boolean): DisclosureTable {
  const inc = (k: Parameters<typeof incomeOf>[1]) => incomeOf(b, k);
  const lines = fiscalOnly ? b.functional.filter((l) => fiscalFunds.includes(l.fund)) : b.functional;
  const s: Spending = fiscalOnly ? t.fiscal : t;
  const own = fiscalOnly
    ? ZERO
    : inc('superior')
        .plus(inc('subordinate'))
        .plus(inc('business'))
        .plus(inc('other'))
        .plus(inc('operating'));
  // The template has no row for 国有资本经营预算: a department that has it gets one after 政府性基金 (in the
  // template's spare row), the items after it renumbered.
  const capital = !inc('stateCapital').isZero();
  const [special, ownFunds] = capital ? ['四', '五'] : ['三', '四'];
  const income: Array<[string, Decimal | null]> = [
    ['一、财政拨款（补助）', inc('generalPublic')],
    ['（一）财政指标拨款（补助）', inc('generalPublic')],
    ['（二）纳入国库非税收入安排的拨款', ZERO],
    ['（三）上级专项转移支付', ZERO],
    ['', null],
    ['二、政府性基金', inc('governmentFund')],
    ...(capital ? [['三、国有资本经营预算', inc('stateCapital')] as [string, Decimal]] : []),
    [`${special}、纳入财政专户管理资金（教卫专用）`, fiscalOnly ? ZERO : inc('specialAccount')],
    ...(capital ? [] : [['', null] as [string, null]]),
    [`${ownFunds}、其他自有资金`, own],
    ['（一）上级补助收入', fiscalOnly ? ZERO : inc('superior')],
    ['（二）附属单位上缴收入', fiscalOnly ? ZERO : inc('subordinate')],
    ['（三）事业单位经营收入', fiscalOnly ? ZERO : inc('business')],
    // 事业收入 has no row of its own in this template: it is 其他收入 here.
    ['（四）其他收入', fiscalOnly ? ZERO : inc('other').plus(inc('operating'))],
  ];
  const econ: Array<[string, Decimal | null]> = [['一、经济分类', s.expenditure]];
  for (const [code, label] of economicClassRows) {
    const e = s.economicClass.get(code);
    econ.push([label, e ? e.basic.plus(e.project) : ZERO]);
  }
  const basicOf = (code: string) => s.economicClass.get(code)?.basic ?? ZERO;
  econ.push(
    ['其中：基本支出', s.basic],
    ['工资福利性支出', basicOf('301')],
    ['商品和服务支出', basicOf('302')],
  );
  econ.push(['对个人和家庭的补助支出', basicOf('303')], ['一般资本性支出', basicOf('310')]);
  econ.push(['其中：部门项目支出', s.project]);
  // The department's projects by class come from the projects listed; 财政拨款 ones from its lines' columns
  // (the project list does not say which fund pays for a project).
  projectCategories.forEach((c, i) =>
    econ.push([c, fiscalOnly ? columnSum(lines, projectColumns[i]!) : (t.projectByCategory.get(c) ?? ZERO)]),
  );
  // 专项资金 is not held apart in a budget: its block is published empty.
  econ.push(['其中：公共项目（专项资金）支出', ZERO]);
  for (const c of projectCategories) econ.push([c, ZERO]);
  const func: Array<[string, Decimal]> = functionalClasses.map((code) => {
    const amount = lines
      .filter((l) => l.code.startsWith(code))
      .reduce((a, l) => a.plus(lineBasic(l)).plus(lineProject(l)), ZERO);
    return [`${code} ${className(b, code)}`, amount];
  });
  const rows: string[][] = [];
  const cellOf = (v: Decimal | null | undefined) => (v == null ? '' : money(v));
  for (let i = 0; i < 29; i++) {
    const [il, iv] = income[i] ?? ['', null];
    const [el, ev] = econ[i] ?? ['', null];
    const [fl, fv] = func[i]!;
    rows.push([il, cellOf(iv), el, cellOf(ev), fl, cellOf(fv)]);
  }
  const thisYear = fiscalOnly ? t.fiscalIncomeThisYear : t.incomeThisYear;
  // 财政拨款结转 is 一般公共预算 结转 here (the template has no row for 政府性基金 结转).
  const fiscalCarry = t.fiscalCarryOver;
  const otherCarry = fiscalOnly ? ZERO : t.otherCarryOver;
  const carry = fiscalCarry.plus(otherCarry);
  rows.push([
    '本年收入合计',
    money(thisYear),
    '本年经济分类支出合计',
    money(s.expenditure),
    '本年功能科目支出合计',
    money(s.expenditure),
  ]);
  rows.push(['四、上年结转', money(carry), '五、结转下年', money(ZERO), '结转下年', money(ZERO)]);
  rows.push(['（一）财政拨款（补助）结转', money(fiscalCarry), '', '', '', '']);
  rows.push(['1、财政指标拨款（补助）结转', money(fiscalCarry), '', '', '', '']);
  rows.push(['2、金库非税收入安排的拨款结转', money(ZERO), '', '', '', '']);
  rows.push(['（三）其他结转', money(otherCarry), '', '', '', '']);
  rows.push([
    '收入总计',
    money(thisYear.plus(carry)),
    '支出总计',
    money(s.expenditure),
    '支出功能科目总计',
    money(s.expenditure),
  ]);
  return {
    title,
    unit: UNIT,
    columns: [
      '收入/项目',
      '收入/预算数',
      '支出/项目（按经济分类）',
      '支出/预算数',
      '支出/项目（按功能分类）',
      '支出/预算数',
    ],
    rows,
  };
}

const incomeColumns: Array<[keyof Budget['income'], string]> = [
  ['generalPublic', '一般公共预算拨款'],
  ['governmentFund', '政府性基金预算拨款'],
  ['stateCapital', '国有资本经营预算拨款'],
  ['specialAccount', '纳入财政专户管理资金'],
  ['operating', '事业收入'],
  ['superior', '上级补助收入'],
  ['subordinate', '附属单位上缴收入'],
  ['business', '事业单位经营收入'],
  ['other', '其他收入'],
  ['carryOver', '上年结转'],
];

function incomeRow(
  code: string,
  name: string,
  income: Budget['income'],
  columns: typeof incomeColumns,
): string[] {
  const amounts = columns.map(([k]) => new Decimal(income[k]));
  return [code, name, money(amounts.reduce((a, v) => a.plus(v), ZERO)), ...amounts.map(money)];
}

/** 合计, the department, and each of its units when it lists them (their income as held). */
function incomeTable(b: Budget): DisclosureTable {
  // The template (SEED 003) has no 国有资本经营预算 column: it is added for a department that has such income.
  const hasStateCapital = [b.income, ...b.units.map((u) => u.income)].some(
    (i) => !new Decimal(i.stateCapital).isZero(),
  );
  const columns = incomeColumns.filter(([k]) => k !== 'stateCapital' || hasStateCapital);
  const rows = [
    incomeRow('', '合计', b.income, columns),
    incomeRow(b.departmentCode ?? '', b.department, b.income, columns),
  ];
  for (const u of b.units) rows.push(incomeRow(u.code, u.name, u.income, columns));
  return {
    title: '部门收入总表',
    unit: UNIT,
    columns: ['单位代码', '单位名称', '合计', ...columns.map(([, label]) => label)],
    rows,
  };
}

function expenditureRow(code: string, name: string, lines: readonly FunctionalLine[]): string[] {
  const basic = lines.reduce((a, l) => a.plus(lineBasic(l)), ZERO);
  const project = lines.reduce((a, l) => a.plus(lineProject(l)), ZERO);
  return [
    code,
    name,
    money(basic.plus(project)),
    money(basic),
    ...basicColumns.map((c) => money(columnSum(lines, c))),
    money(project),
    ...projectColumns.map((c) => money(columnSum(lines, c))),
    ...Array.from({ length: 5 }, () => money(ZERO)),
  ];
}

function expenditureTable(b: Budget): DisclosureTable {
  const all = b.functional;
  const rows = [expenditureRow('', '合计', all)];
  if (b.departmentCode) rows.push(expenditureRow(b.departmentCode, b.department, all));
  // Every line is listed under its own code, so the rows add up to 合计; a line coded only at 类/款 level
  // (the template lists 项) is reported by R-BUD-01.
  const items = (lines: readonly FunctionalLine[]) => {
    for (const code of [...new Set(lines.map((l) => l.code))].sort())
      rows.push(
        expenditureRow(
          code,
          className(b, code),
          lines.filter((l) => l.code === code),
        ),
      );
  };
  if (b.units.length === 0) {
    if (b.unitCode) rows.push(expenditureRow(b.unitCode, b.department, all));
    items(all);
  }
  // Each unit with its own lines below it (a line of no listed unit is reported by R-BUD-03).
  for (const u of b.units) {
    const lines = all.filter((l) => l.unitCode === u.code);
    rows.push(expenditureRow(u.code, u.name, lines));
    items(lines);
  }
  const sub = ['小计', '经常性项目', '政策性项目', '一次性项目', '其他项目'];
  return {
    title: '部门支出总表',
    unit: UNIT,
    columns: [
      '单位代码',
      '单位名称（科目）',
      '总计',
      ...['小计', '工资福利支出', '商品和服务支出', '对个人和家庭的补助支出', '一般资本性支出'].map(
        (c) => `基本支出/${c}`,
      ),
      ...sub.map((c) => `项目支出/${c}`),
      ...sub.map((c) => `专项资金支出/${c}`),
    ],
    rows,
  };
}

/** 类, 款 and 项 rows of one fund's lines by functional classification, after their 合计 row. */
function fundRows(b: Budget, fund: FundType, itemsOnly: boolean): string[][] {
  const lines = b.functional.filter((l) => l.fund === fund);
  const codes = new Set<string>();
  for (const l of lines) {
    if (itemsOnly) {
      if (l.code.length === 7) codes.add(l.code);
      continue;
    }
    for (const n of [3, 5, 7]) if (l.code.length >= n) codes.add(l.code.slice(0, n));
  }
  const row = (code: string, name: string, of: readonly FunctionalLine[]) => {
    const basic = of.reduce((a, l) => a.plus(lineBasic(l)), ZERO);
    const project = of.reduce((a, l) => a.plus(lineProject(l)), ZERO);
    return [code, name, money(basic.plus(project)), money(basic), money(project)];
  };
  return [
    row('', '合计', lines),
    ...[...codes].sort().map((code) =>
      row(
        code,
        className(b, code),
        lines.filter((l) => l.code.startsWith(code)),
      ),
    ),
  ];
}

/** 类, 款 and 项 rows of the general budget by functional classification, each with its subtotal. */
function generalPublicTable(b: Budget, itemsOnly: boolean): DisclosureTable {
  return {
    title: itemsOnly ? '一般公共预算支出表（功能分类项级）' : '一般公共预算支出表',
    unit: UNIT,
    columns: ['功能科目编码', '功能科目名称', '合计', '基本支出', '项目支出'],
    rows: fundRows(b, 'general', itemsOnly),
  };
}

function basicEconomicTable(b: Budget, t: BudgetTotals): DisclosureTable {
  const list = codeListFor('economic-department', b.year);
  // 一般公共预算 basic spending only: other funds' basic spending is not in this table.
  const economic = b.economic.filter((l) => l.fund === 'general');
  const rows = [['', '合计', money(t.generalPublicBasic)]];
  const classes = [...new Set(economic.map((l) => l.code.slice(0, 3)))].sort();
  for (const cls of classes) {
    const lines = economic.filter((l) => l.code.startsWith(cls));
    const items = lines.filter((l) => l.code.length === 5);
    const basic = lines.reduce((a, l) => a.plus(l.basic), ZERO);
    if (items.length === 0 && basic.isZero()) continue; // a class with project spending only
    const own = lines.find((l) => l.code === cls);
    rows.push([cls, own?.name ?? list.get(cls)?.name ?? cls, money(basic)]);
    for (const l of items.sort((x, y) => x.code.localeCompare(y.code)))
      rows.push([l.code, l.name, money(l.basic)]);
  }
  return {
    title: '一般公共预算基本支出表（经济分类款级）',
    unit: UNIT,
    columns: ['经济科目', '科目名称', '总计'],
    rows,
  };
}

function threePublicTable(b: Budget, t: BudgetTotals): DisclosureTable {
  const p = b.threePublic;
  return {
    title: '一般公共预算“三公”经费支出表',
    unit: UNIT,
    columns: ['项目', '本年预算数'],
    rows: [
      ['合计', money(t.threePublic)],
      ['1. 因公出国（境）费用', money(p.abroad)],
      ['2. 公务用车购置及运行维护费', money(t.threePublicVehicles)],
      ['其中：（1）公务用车购置', money(p.vehiclePurchase)],
      ['（2）公务用车运行维护费', money(p.vehicleOperation)],
      ['3. 公务接待费', money(p.reception)],
    ],
  };
}

function governmentFundTable(b: Budget): DisclosureTable {
  const lines = b.functional.filter((l) => l.fund === 'governmentFund');
  const unit = (l: FunctionalLine) =>
    b.units.find((u) => u.code === l.unitCode) ?? {
      code: b.unitCode ?? b.departmentCode ?? '',
      name: b.department,
    };
  const rows = lines.map((l) => [
    l.code,
    l.name,
    unit(l).code,
    unit(l).name,
    money(lineBasic(l).plus(lineProject(l))),
    money(lineBasic(l)),
    money(lineProject(l)),
  ]);
  return {
    title: '政府性基金预算支出表',
    unit: UNIT,
    columns: [
      '功能科目编码',
      '功能科目名称',
      '单位代码',
      '单位名称',
      ...['小计', '基本支出', '项目支出'].map((c) => `本年政府性基金预算支出/${c}`),
    ],
    rows,
    note: rows.length === 0 ? `${b.year} 年本部门没有政府性基金预算财政拨款预算安排的支出` : null,
  };
}

/** The 国有资本经营预算 lines by 类, 款 and 项; a department without any publishes it empty with its remark. */
function stateCapitalTable(b: Budget): DisclosureTable {
  const empty = !b.functional.some((l) => l.fund === 'stateCapital');
  return {
    title: '国有资本经营预算支出表',
    unit: UNIT,
    columns: ['功能科目编码', '功能科目名称', '合计', '基本支出', '项目支出'],
    rows: empty ? [] : fundRows(b, 'stateCapital', false),
    note: empty ? `${b.year} 年本部门没有国有资本经营预算财政拨款预算安排的支出` : null,
  };
}

/** The projects with their 项目编码 (the key the public and the 自评 find a project by; blank when none). */
function projectTable(b: Budget, t: BudgetTotals): DisclosureTable {
  const rows = [
    ['', '合计', '', money(t.projectsListed)],
    ...b.projects.map((p) => [p.code ?? '', p.name, p.category, money(p.amount)]),
  ];
  return {
    title: '一般公共预算项目支出表',
    unit: UNIT,
    columns: ['项目编码', '项目名称', '项目类别', '本年预算数'],
    rows,
  };
}

/** The standard tables, in the order of publication. */
export function generateTables(b: Budget): DisclosureTable[] {
  const t = budgetTotals(b);
  return [
    overviewTable(b, t, '部门收支总表', false),
    incomeTable(b),
    expenditureTable(b),
    overviewTable(b, t, '财政拨款收支预算总表', true),
    generalPublicTable(b, false),
    generalPublicTable(b, true),
    basicEconomicTable(b, t),
    threePublicTable(b, t),
    governmentFundTable(b),
    stateCapitalTable(b),
    projectTable(b, t),
  ];
}
