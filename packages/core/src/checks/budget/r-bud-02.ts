// R-BUD-02: the budget adds up before anything is generated from it: income = expenditure; the functional
// lines' basic columns = the economic lines of the same 类; project columns = the projects listed by class
// and = the economic project lines; last year's basic + project = last year's 一般公共预算 total. The 财政拨款
// part (一般公共预算 + 政府性基金 + 国有资本经营预算) balances on its own, as its table shows it alone; each fund's
// economic lines add up to its functional lines.
import { Decimal } from '../../money/decimal.ts';
import {
  basicColumns,
  fundLabels,
  fundTypes,
  projectCategories,
  projectColumns,
  type Budget,
} from '../../budget/budget-model.ts';
import { budgetTotals, columnSum, incomeOf, lineBasic, lineProject } from '../../budget/budget-totals.ts';
import type { RuleReport, SubjectRule } from '../types.ts';

const basicClass: Record<(typeof basicColumns)[number], string> = {
  wages: '301',
  goods: '302',
  family: '303',
  capital: '310',
};
const basicLabel: Record<(typeof basicColumns)[number], string> = {
  wages: '工资福利支出',
  goods: '商品和服务支出',
  family: '对个人和家庭的补助',
  capital: '一般资本性支出',
};

export const rule: SubjectRule<'budget'> = {
  meta: {
    id: 'R-BUD-02',
    severity: 'error',
    category: 'arithmetic',
    subjects: ['budget'],
    reference: 'DOMAIN §5.1',
    description: '预算数据自身应平衡：收支相等，功能分类与经济分类、项目清单的合计一致',
    messages: {
      unbalanced: '收入总计 {income} 万元与支出总计 {expenditure} 万元不相等（相差 {diff} 万元）：收支应平衡',
      basicByClass:
        '按功能分类的基本支出「{label}」合计 {functional} 万元，经济分类 {code} 合计 {economic} 万元：两者应相等',
      projectEconomic:
        '按功能分类的项目支出 {functional} 万元，经济分类的项目支出 {economic} 万元：两者应相等',
      projectCategory:
        '按功能分类的{category} {functional} 万元，项目清单中{category}合计 {listed} 万元：两者应相等',
      fiscalUnbalanced:
        '财政拨款收入 {income} 万元（含财政拨款结转）与财政拨款支出 {expenditure} 万元不相等（相差 {diff} 万元）：请按资金来源核对各支出行的「资金来源」',
      fiscalBasicByClass:
        '财政拨款的基本支出「{label}」按功能分类合计 {functional} 万元，经济分类 {code} 合计 {economic} 万元：两者应相等（请核对资金来源）',
      fundEconomic:
        '{fund}支出按功能分类合计 {functional} 万元，经济分类中{fund}合计 {economic} 万元：两者应相等，请核对经济分类各行的「资金来源」（从公开文件导入时，公开表未按资金来源列出经济分类的部分无法确定，暂列为一般公共预算）',
      carryOverOther: '其他结转 {other} 万元大于上年结转 {total} 万元：其他结转是上年结转的一部分',
      lastYearParts:
        '上年基本支出 {basic} 万元 + 项目支出 {project} 万元 = {sum} 万元，而上年一般公共预算支出为 {total} 万元：请核对上年数',
    },
  },
  check({ budget: b }) {
    const t = budgetTotals(b);
    const r: RuleReport[] = [];
    if (!t.income.eq(t.expenditure))
      r.push({
        messageId: 'unbalanced',
        path: '/income',
        data: {
          income: t.income.toFixed(2),
          expenditure: t.expenditure.toFixed(2),
          diff: t.income.minus(t.expenditure).abs().toFixed(2),
        },
      });
    for (const c of basicColumns) {
      const f = columnSum(b.functional, c);
      const e = t.economicClass.get(basicClass[c])?.basic ?? new Decimal(0);
      if (!f.eq(e))
        r.push({
          messageId: 'basicByClass',
          path: '/economic',
          data: {
            label: basicLabel[c],
            functional: f.toFixed(2),
            code: basicClass[c],
            economic: e.toFixed(2),
          },
        });
    }
    const econProject = [...t.economicClass.values()].reduce((a, e) => a.plus(e.project), new Decimal(0));
    if (!t.project.eq(econProject))
      r.push({
        messageId: 'projectEconomic',
        path: '/economic',
        data: { functional: t.project.toFixed(2), economic: econProject.toFixed(2) },
      });
    projectColumns.forEach((c, i) => {
      const category = projectCategories[i]!;
      const f = columnSum(b.functional, c);
      const listed = t.projectByCategory.get(category) ?? new Decimal(0);
      if (!f.eq(listed))
        r.push({
          messageId: 'projectCategory',
          path: '/projects',
          data: { category, functional: f.toFixed(2), listed: listed.toFixed(2) },
        });
    });
    r.push(...checkFunds(b, t), ...checkFundEconomic(b));
    const ly = b.lastYear;
    if (ly.basic !== null && ly.project !== null && ly.generalPublic !== null) {
      const sum = new Decimal(ly.basic).plus(ly.project);
      if (!sum.eq(ly.generalPublic))
        r.push({
          messageId: 'lastYearParts',
          path: '/lastYear',
          severity: 'warning',
          data: {
            basic: new Decimal(ly.basic).toFixed(2),
            project: new Decimal(ly.project).toFixed(2),
            sum: sum.toFixed(2),
            total: new Decimal(ly.generalPublic).toFixed(2),
          },
        });
    }
    return r;
  },
};

/**
 * The 财政拨款 part balances on its own and its functional and economic lines agree: checked when the budget
 * has other funds (otherwise it is the whole budget, checked above).
 */
function checkFunds(b: Budget, t: ReturnType<typeof budgetTotals>): RuleReport[] {
  const r: RuleReport[] = [];
  if (t.otherCarryOver.gt(incomeOf(b, 'carryOver')) || t.otherCarryOver.isNegative())
    r.push({
      messageId: 'carryOverOther',
      path: '/carryOverOther',
      data: { other: t.otherCarryOver.toFixed(2), total: incomeOf(b, 'carryOver').toFixed(2) },
    });
  const fiscalIncome = t.fiscalIncomeThisYear.plus(t.fiscalCarryOver);
  const hasOther =
    !fiscalIncome.eq(t.income) ||
    b.functional.some((l) => l.fund === 'other') ||
    b.economic.some((l) => l.fund === 'other');
  if (!hasOther) return r;
  if (!fiscalIncome.eq(t.fiscal.expenditure))
    r.push({
      messageId: 'fiscalUnbalanced',
      path: '/functional',
      data: {
        income: fiscalIncome.toFixed(2),
        expenditure: t.fiscal.expenditure.toFixed(2),
        diff: fiscalIncome.minus(t.fiscal.expenditure).abs().toFixed(2),
      },
    });
  const fiscalLines = b.functional.filter((l) => l.fund !== 'other');
  for (const c of basicColumns) {
    const f = columnSum(fiscalLines, c);
    const e = t.fiscal.economicClass.get(basicClass[c])?.basic ?? new Decimal(0);
    if (!f.eq(e))
      r.push({
        messageId: 'fiscalBasicByClass',
        path: '/economic',
        data: { label: basicLabel[c], functional: f.toFixed(2), code: basicClass[c], economic: e.toFixed(2) },
      });
  }
  return r;
}

/**
 * Each fund's economic lines add up to its functional lines (basic and project together): the economic lines
 * are held by fund too, and the 一般公共预算 tables count only their own. Checked when several funds are in use.
 */
function checkFundEconomic(b: Budget): RuleReport[] {
  const used = fundTypes.filter(
    (f) => b.functional.some((l) => l.fund === f) || b.economic.some((l) => l.fund === f),
  );
  if (used.length < 2) return [];
  return used.flatMap((fund) => {
    const functional = b.functional
      .filter((l) => l.fund === fund)
      .reduce((a, l) => a.plus(lineBasic(l)).plus(lineProject(l)), new Decimal(0));
    const economic = b.economic
      .filter((l) => l.fund === fund)
      .reduce((a, l) => a.plus(l.basic).plus(l.project), new Decimal(0));
    return functional.eq(economic)
      ? []
      : [
          {
            messageId: 'fundEconomic',
            path: '/economic',
            data: {
              fund: fundLabels[fund],
              functional: functional.toFixed(2),
              economic: economic.toFixed(2),
            },
          },
        ];
  });
}
