// The totals a budget implies, computed once with exact decimals: every figure in the generated
// tables and text comes from here, never typed.
import { Decimal } from '../money/decimal.ts';
import { basicColumns, projectCategories, projectColumns, type Budget, type FunctionalLine, type IncomeSource } from './budget-model.ts';

export interface BudgetTotals {
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
  /** Σ by economic 类 (3 digits), basic and project. */
  economicClass: Map<string, { basic: Decimal; project: Decimal }>;
  personnel: Decimal; // 人员经费 = 301 + 303 of basic
  publicFunds: Decimal; // 公用经费 = 302 + 310 of basic
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

export function budgetTotals(b: Budget): BudgetTotals {
  const general = b.functional.filter((l) => l.fund === 'general');
  const economicClass = new Map<string, { basic: Decimal; project: Decimal }>();
  for (const l of b.economic) {
    const k = l.code.slice(0, 3);
    const e = economicClass.get(k) ?? { basic: new Decimal(0), project: new Decimal(0) };
    economicClass.set(k, { basic: e.basic.plus(l.basic), project: e.project.plus(l.project) });
  }
  const basicOf = (k: string) => economicClass.get(k)?.basic ?? new Decimal(0);
  const projectByCategory = new Map(projectCategories.map((c) => [c as string, sum(b.projects.filter((p) => p.category === c).map((p) => d(p.amount)))]));
  const incomeThisYear = sum(Object.entries(b.income).filter(([k]) => k !== 'carryOver').map(([, v]) => d(v)));
  const basic = sum(b.functional.map(lineBasic));
  const project = sum(b.functional.map(lineProject));
  const t = b.threePublic;
  return {
    incomeThisYear,
    income: incomeThisYear.plus(d(b.income.carryOver)),
    basic,
    project,
    expenditure: basic.plus(project),
    generalPublic: sum(general.map((l) => lineBasic(l).plus(lineProject(l)))),
    generalPublicBasic: sum(general.map(lineBasic)),
    generalPublicProject: sum(general.map(lineProject)),
    governmentFund: sum(b.functional.filter((l) => l.fund === 'governmentFund').map((l) => lineBasic(l).plus(lineProject(l)))),
    economicClass,
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
