// The 预算单位 of a department read from its disclosure: their income from the 部门收入总表's unit rows,
// found by code (the rows after 合计 and the department). Columns are found by their headings.
import { tableOf, zero } from '../checks/helpers/disclosure-tables.ts';
import type { Disclosure } from '../model/disclosure.ts';
import { budgetUnitSchema, type BudgetUnit, type IncomeSource } from './budget-model.ts';

const headings: Array<[IncomeSource, RegExp]> = [
  ['generalPublic', /一般公共预算/],
  ['governmentFund', /政府性基金/],
  ['stateCapital', /国有资本经营/],
  ['specialAccount', /财政专户/],
  ['operating', /^事业收入/],
  ['superior', /上级补助/],
  ['subordinate', /附属单位/],
  ['business', /经营收入/],
  ['other', /^其他收入/],
  ['carryOver', /上年结转/],
];

export function readUnits(d: Disclosure, units: ReadonlyArray<{ code: string; name: string }>): BudgetUnit[] {
  if (units.length === 0) return [];
  const table = tableOf(d, /^部门收入总表/)?.table;
  const at = headings.map(
    ([key, re]) => [key, table ? table.columns.findIndex((c) => re.test(c.replace(/\s/g, ''))) : -1] as const,
  );
  return units.map((u) => {
    const row = table?.rows.find((r) => (r[0] ?? '').trim() === u.code);
    const income = Object.fromEntries(
      at.map(([key, i]) => [key, zero(row && i >= 0 ? row[i] : null).toFixed(2)]),
    );
    return budgetUnitSchema.parse({ code: u.code, name: u.name, income });
  });
}
