// Forms that start from the budget: a project form from a line of the 项目支出 list (name, 项目编码, amount,
// unit, class, purpose), the 部门整体 form from the whole budget (funds by source, 近两年 from earlier
// budgets, the projects), and the local 项目编码 given to a line that has none.
import { Decimal } from '../money/decimal.ts';
import type { DepartmentForm, FundLine } from '../model/department-form.ts';
import { blankIndicator, type Indicator, type Term } from '../model/indicator.ts';
import { emptyProjectForm, type ProjectForm } from '../model/project-form.ts';
import { incomeSources, type Budget, type IncomeSource } from './budget-model.ts';
import { budgetTotals, incomeOf } from './budget-totals.ts';

/**
 * Gives every project line without a 项目编码 a local one: the budget's unit (or department) code, the year
 * and a three-digit number not yet used in the list (`101001-2025-003`). Lines with a code keep it.
 */
export function assignProjectCodes(budget: Budget): Budget {
  const prefix = budget.unitCode || budget.departmentCode || 'XM';
  const used = new Set(budget.projects.flatMap((p) => (p.code ? [p.code] : [])));
  let next = 1;
  const fresh = () => {
    let code: string;
    do code = `${prefix}-${budget.year}-${String(next++).padStart(3, '0')}`;
    while (used.has(code));
    used.add(code);
    return code;
  };
  if (budget.projects.every((p) => p.code)) return budget;
  return { ...budget, projects: budget.projects.map((p) => (p.code ? p : { ...p, code: fresh() })) };
}

/** The 项目编码 used by more than one line of the list (each once). */
export function duplicateProjectCodes(budget: Pick<Budget, 'projects'>): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const p of budget.projects) if (p.code) (seen.has(p.code) ? twice : seen).add(p.code);
  return [...twice];
}

/** The 一级/二级 rows the paper form prints under each goal, left for the unit to fill. */
const TEMPLATE_LEVEL2: readonly [string, string][] = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '成本指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
];

function templateRows(term: Term, goal: string): Indicator[] {
  return TEMPLATE_LEVEL2.map(([level1, level2]) => blankIndicator(term, goal, level1, level2));
}

/** The goals and indicator rows of a new 项目绩效目标申报表: one long-term and one annual goal, each with the
 * standard 一级/二级 rows left for the unit to fill (the web's new form and a form from a budget line). */
export function projectFormTemplate(): Pick<ProjectForm, 'title' | 'goals' | 'indicators'> {
  return {
    title: '项目绩效目标申报表',
    goals: [
      { term: 'long', label: '长期绩效目标1', text: null },
      { term: 'annual', label: '年度绩效目标1', text: null },
    ],
    indicators: [...templateRows('long', '长期绩效目标1'), ...templateRows('annual', '年度绩效目标1')],
  };
}

/** A project form for line `index` of the budget's 项目支出 list, for `unit` (申报单位); undefined if no such line. */
export function projectFormFromBudgetLine(
  budget: Budget,
  index: number,
  unit: string,
): ProjectForm | undefined {
  const line = budget.projects[index];
  if (!line) return undefined;
  return emptyProjectForm({
    ...projectFormTemplate(),
    year: budget.year,
    unit,
    supervisor: budget.department,
    name: line.name,
    code: line.code,
    category: line.category,
    content: line.purpose,
    budget: {
      total: line.amount,
      current: line.amount,
      sources: [{ name: '财政拨款', amount: line.amount }],
      history: null,
    },
  });
}

const NONZERO = (v: Decimal) => !v.isZero();

function share(part: Decimal, whole: Decimal): string | null {
  return whole.isZero() ? null : `${part.div(whole).times(100).toFixed(2)}%`;
}

/** Income of a budget by source (this year's, 上年结转 included), and spending by 基本/项目. */
function figures(b: Budget) {
  const t = budgetTotals(b);
  const income = new Map<IncomeSource, Decimal>(incomeSources.map(([k]) => [k, incomeOf(b, k)]));
  return { income, incomeTotal: t.income, basic: t.basic, project: t.project, expenditure: t.expenditure };
}

/**
 * The 部门整体绩效目标表 as the budget states it: 收入构成 by source and 支出构成 (基本支出, 项目支出) with their
 * shares and 合计, the 近两年 columns from the budgets of the two years before (when kept), 部门职能 and
 * 年度工作任务 from the budget's texts, and the 项目支出 list. Goals and indicators are the unit's to write.
 */
export function departmentFormFromBudget(budget: Budget, earlier: readonly Budget[]): DepartmentForm {
  const now = figures(budget);
  const years = [budget.year - 2, budget.year - 1];
  const past = new Map(years.map((y) => [y, earlier.find((b) => b.year === y)] as const));
  const history = (value: (f: ReturnType<typeof figures>) => Decimal) =>
    Object.fromEntries(
      years.map((y) => {
        const b = past.get(y);
        return [String(y), b ? value(figures(b)).toFixed(2) : null];
      }),
    );
  const line = (
    name: string,
    current: Decimal,
    whole: Decimal,
    value: (f: ReturnType<typeof figures>) => Decimal,
  ): FundLine => ({
    name,
    current: current.toFixed(2),
    share: share(current, whole),
    history: history(value),
  });
  const pastIncome = (k: IncomeSource) => [...past.values()].some((b) => b && NONZERO(incomeOf(b, k)));
  const income = incomeSources
    .filter(([k]) => NONZERO(now.income.get(k)!) || pastIncome(k))
    .map(([k, label]) => line(label, now.income.get(k)!, now.incomeTotal, (f) => f.income.get(k)!));
  income.push(line('合计', now.incomeTotal, now.incomeTotal, (f) => f.incomeTotal));
  const expenditure = [
    line('基本支出', now.basic, now.expenditure, (f) => f.basic),
    line('项目支出', now.project, now.expenditure, (f) => f.project),
    line('合计', now.expenditure, now.expenditure, (f) => f.expenditure),
  ];
  return {
    kind: 'department',
    formType: '申报表',
    title: '部门整体绩效目标申报表',
    framework: null,
    year: budget.year,
    department: budget.department,
    filler: null,
    phone: null,
    total: now.expenditure.toFixed(2),
    funds: { income, expenditure },
    functions: budget.texts.profile || null,
    tasks: budget.texts.tasks || null,
    projects: budget.projects.map((p) => ({
      name: p.name,
      category: p.category,
      total: p.amount,
      current: p.amount,
      purpose: p.purpose,
    })),
    goals: [{ term: 'annual', label: '年度绩效目标1', text: null }],
    indicators: [],
  };
}
