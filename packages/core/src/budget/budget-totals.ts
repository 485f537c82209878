// The totals a budget implies, computed once with exact decimals: every figure in the generated
// tables and text comes from here, never typed.
import { Decimal } from '../money/decimal.ts';
import {
  basicColumns,
  fiscalFunds,
  projectCategories,
  projectColumns,
  type Budget,
  type EconomicLine,
  type FunctionalLine,
  type FundType,
  type IncomeSource,
} from './budget-model.ts';

/** Spending of a set of lines (all of them, or those of 财政拨款): what one overview table shows. */
export interface Spending {
  basic: Decimal;
  project: Decimal;
  expenditure: Decimal;
  /** Σ by economic 类 (3 digits), basic and project. */
  economicClass: Map<string, { basic: Decimal; project: Decimal }>;
}

export interface BudgetTotals {
  /** Spending from 财政拨款 only (一般公共预算 + 政府性基金预算 + 国有资本经营预算): the 财政拨款收支总表. */
  fiscal: Spending;
  /** 财政拨款 income: 一般公共预算 + 政府性基金预算 + 国有资本经营预算 this year, and 财政拨款结转 (上年结转 less 其他结转). */
  fiscalIncomeThisYear: Decimal;
  fiscalCarryOver: Decimal;
  /** 上年结转 of other funds (其他结转). */
  otherCarryOver: Decimal;
  incomeThisYear: Decimal; // 本年收入合计
  income: Decimal; // 收入总计 (with 上年结转)
  basic: Decimal;
  project: Decimal;
  expenditure: Decimal;
  /** 一般公共预算财政拨款支出 (functional lines of the general budget). */
  generalPublic: Decimal;
  generalPublicBasic: Decimal;
  generalPublicProject: Decimal;
  governmentFund: Decimal;
  /** 国有资本经营预算财政拨款支出 (functional lines of that fund): its own table (国有资本经营预算支出表). */
  stateCapital: Decimal;
  /** Σ by economic 类 (3 digits), basic and project. */
  economicClass: Map<string, { basic: Decimal; project: Decimal }>;
  personnel: Decimal; // 人员经费 = 301 + 303 of 一般公共预算 basic
  publicFunds: Decimal; // 公用经费 = 302 + 310 of 一般公共预算 basic
  /** Σ by economic 类 of 一般公共预算 lines. */
  generalEconomicClass: Map<string, { basic: Decimal; project: Decimal }>;
  projectByCategory: Map<string, Decimal>;
  projectsListed: Decimal; // Σ of the projects listed
  threePublic: Decimal;
  threePublicVehicles: Decimal;
  procurement: Decimal;
}

const d = (v: string | null | undefined) => new Decimal(v ?? '0');
const sum = (values: Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));

export function incomeOf(b: Budget, key: IncomeSource): Decimal {
  return d(b.income[key]);
}

/** 基本支出 and 项目支出 of one functional line. */
export function lineBasic(l: FunctionalLine): Decimal {
  return sum(basicColumns.map((c) => d(l[c])));
}
export function lineProject(l: FunctionalLine): Decimal {
  return sum(projectColumns.map((c) => d(l[c])));
}
/** Σ of one column over lines. */
export function columnSum(lines: readonly FunctionalLine[], column: keyof FunctionalLine): Decimal {
  return sum(lines.map((l) => d(l[column] as string)));
}

export function spendingOf(
  functional: readonly FunctionalLine[],
  economic: readonly EconomicLine[],
): Spending {
  const economicClass = new Map<string, { basic: Decimal; project: Decimal }>();
  for (const l of economic) {
    const k = l.code.slice(0, 3);
    const e = economicClass.get(k) ?? { basic: new Decimal(0), project: new Decimal(0) };
    economicClass.set(k, { basic: e.basic.plus(l.basic), project: e.project.plus(l.project) });
  }
  const basic = sum(functional.map(lineBasic));
  const project = sum(functional.map(lineProject));
  return { basic, project, expenditure: basic.plus(project), economicClass };
}

/** Σ of the functional lines paid from one fund. */
export function fundTotal(b: Budget, fund: FundType): Decimal {
  return sum(b.functional.filter((l) => l.fund === fund).map((l) => lineBasic(l).plus(lineProject(l))));
}

const isFiscal = (l: { fund: FunctionalLine['fund'] }) => fiscalFunds.includes(l.fund);

export function budgetTotals(b: Budget): BudgetTotals {
  const general = b.functional.filter((l) => l.fund === 'general');
  const { economicClass } = spendingOf([], b.economic);
  // 人员经费 and 公用经费 are stated for 一般公共预算 basic spending (section 五).
  const generalClass = spendingOf(
    [],
    b.economic.filter((l) => l.fund === 'general'),
  ).economicClass;
  const basicOf = (k: string) => generalClass.get(k)?.basic ?? new Decimal(0);
  const projectByCategory = new Map(
    projectCategories.map((c) => [
      c as string,
      sum(b.projects.filter((p) => p.category === c).map((p) => d(p.amount))),
    ]),
  );
  const incomeThisYear = sum(
    Object.entries(b.income)
      .filter(([k]) => k !== 'carryOver')
      .map(([, v]) => d(v)),
  );
  const basic = sum(b.functional.map(lineBasic));
  const project = sum(b.functional.map(lineProject));
  const t = b.threePublic;
  const otherCarryOver = d(b.carryOverOther);
  return {
    fiscal: spendingOf(b.functional.filter(isFiscal), b.economic.filter(isFiscal)),
    fiscalIncomeThisYear: d(b.income.generalPublic)
      .plus(d(b.income.governmentFund))
      .plus(d(b.income.stateCapital)),
    fiscalCarryOver: d(b.income.carryOver).minus(otherCarryOver),
    otherCarryOver,
    incomeThisYear,
    income: incomeThisYear.plus(d(b.income.carryOver)),
    basic,
    project,
    expenditure: basic.plus(project),
    generalPublic: sum(general.map((l) => lineBasic(l).plus(lineProject(l)))),
    generalPublicBasic: sum(general.map(lineBasic)),
    generalPublicProject: sum(general.map(lineProject)),
    governmentFund: fundTotal(b, 'governmentFund'),
    stateCapital: fundTotal(b, 'stateCapital'),
    economicClass,
    generalEconomicClass: generalClass,
    personnel: basicOf('301').plus(basicOf('303')),
    publicFunds: basicOf('302').plus(basicOf('310')),
    projectByCategory,
    projectsListed: sum(b.projects.map((p) => d(p.amount))),
    threePublic: sum([t.abroad, t.vehiclePurchase, t.vehicleOperation, t.reception].map(d)),
    threePublicVehicles: d(t.vehiclePurchase).plus(t.vehicleOperation),
    procurement: d(b.procurement.goods).plus(b.procurement.works).plus(b.procurement.services),
  };
}

/** 万元 as published: two decimals. */
export const money = (v: Decimal | string): string => new Decimal(v).toFixed(2);
