// 国有资本经营预算 as a fund of its own: its table, the 财政拨款 totals, the checks and the import read it.
// Expected cells are worked out by hand from makeStateCapitalBudget (see its comment).
import { describe, expect, it } from 'vitest';
import { rule as rPub10 } from '../checks/rules/r-pub-10.ts';
import { checkForm } from '../checks/run-checks.ts';
import { defaultCheckOptions } from '../checks/types.ts';
import type { Disclosure } from '../model/disclosure.ts';
import { budgetFromDisclosure } from './budget-from-disclosure.ts';
import { budgetTotals } from './budget-totals.ts';
import { rule as rBud02 } from '../checks/budget/r-bud-02.ts';
import { generateDisclosure } from './generate-disclosure.ts';
import { makeBudget, makeStateCapitalBudget, makeUnitsBudget } from './test-budget.ts';

const table = (d: Disclosure, title: string) => d.tables.find((t) => t.title === title)!;
const section = (d: Disclosure, start: string) => d.sections.find((s) => s.title.startsWith(start))!.text;
const pub10 = (d: Disclosure) =>
  rPub10
    .check(d, { siblings: [d], options: defaultCheckOptions })
    .map((r) => [r.messageId, r.path, r.data?.what]);

describe('国有资本经营预算 as a fund', () => {
  it('counts as 财政拨款 in the totals', () => {
    const t = budgetTotals(makeStateCapitalBudget());
    expect([
      t.stateCapital.toFixed(2),
      t.fiscalIncomeThisYear.toFixed(2),
      t.fiscal.expenditure.toFixed(2),
      t.generalPublic.toFixed(2),
    ]).toEqual(['60.00', '1060.00', '1060.00', '1000.00']);
  });

  it('fills the 国有资本经营预算支出表 by 类, 款 and 项, and keeps the remark when there is none', () => {
    const filled = table(generateDisclosure(makeStateCapitalBudget()), '国有资本经营预算支出表');
    expect(filled.rows).toEqual([
      ['', '合计', '60.00', '0.00', '60.00'],
      ['223', '国有资本经营预算支出', '60.00', '0.00', '60.00'],
      ['22302', '国有企业资本金注入', '60.00', '0.00', '60.00'],
    ]);
    expect(filled.note).toBeNull();
    const empty = table(generateDisclosure(makeBudget()), '国有资本经营预算支出表');
    expect([empty.rows, empty.note]).toEqual([[], '2025 年本部门没有国有资本经营预算财政拨款预算安排的支出']);
  });

  it('shows the income in the 部门收入总表 and the 财政拨款收支预算总表, and keeps the other 财政拨款 tables to their fund', () => {
    const d = generateDisclosure(makeStateCapitalBudget());
    const income = table(d, '部门收入总表');
    expect(income.columns.slice(2, 6)).toEqual([
      '合计',
      '一般公共预算拨款',
      '政府性基金预算拨款',
      '国有资本经营预算拨款',
    ]);
    expect(income.rows[0]!.slice(0, 6)).toEqual(['', '合计', '1060.00', '1000.00', '0.00', '60.00']);
    const fiscal = table(d, '财政拨款收支预算总表').rows;
    expect(fiscal.find((r) => r[0] === '三、国有资本经营预算')?.[1]).toBe('60.00');
    expect(fiscal.find((r) => r[0] === '本年收入合计')?.slice(0, 4)).toEqual([
      '本年收入合计',
      '1060.00',
      '本年经济分类支出合计',
      '1060.00',
    ]);
    expect(table(d, '一般公共预算支出表').rows[0]).toEqual(['', '合计', '1000.00', '600.00', '400.00']);
    // Without such income the 部门收入总表 keeps the template's columns (SEED 003).
    expect(table(generateDisclosure(makeBudget()), '部门收入总表').columns).not.toContain(
      '国有资本经营预算拨款',
    );
  });

  it('states the fund in sections 三, 四 and 七', () => {
    const d = generateDisclosure(makeStateCapitalBudget());
    expect(section(d, '三、')).toContain(
      '政府性基金预算财政拨款收入0.00万元，国有资本经营预算财政拨款收入60.00万元，事业收入',
    );
    expect(section(d, '四、')).toContain(
      '上年结转0.00万元；国有资本经营预算财政拨款本年收入60.00万元。支出包括：基本支出600.00万元，项目支出460.00万元。',
    );
    expect(section(d, '七、')).toBe(
      '某市某局2025年没有使用政府性基金预算财政拨款安排的支出。\n2025年国有资本经营预算财政拨款支出预算60.00万元。',
    );
    expect(section(generateDisclosure(makeBudget()), '三、')).not.toContain('国有资本');
  });

  it('R-BUD-02: balances with the fund, and finds its income paying for lines of other funds', () => {
    expect(rBud02.check({ kind: 'budget', budget: makeStateCapitalBudget() })).toEqual([]);
    const b = makeStateCapitalBudget();
    b.functional[2]!.fund = 'other';
    b.economic[4]!.fund = 'other';
    expect(
      rBud02
        .check({ kind: 'budget', budget: b })
        .map((r) => [r.messageId, r.data?.income, r.data?.expenditure]),
    ).toEqual([['fiscalUnbalanced', '1060.00', '1000.00']]);
  });

  it('the generated disclosure passes the disclosure checks that the plain budget passes (R-PUB-01 adds the new row)', () => {
    const d = generateDisclosure(makeStateCapitalBudget());
    expect(checkForm(d, [d]).filter((f) => /^R-PUB-(0[1-59]|10)/.test(f.rule))).toEqual([]);
  });

  it('R-PUB-10: the table agrees with the income the 财政拨款收支预算总表 states', () => {
    const d = generateDisclosure(makeStateCapitalBudget());
    expect(pub10(d)).toEqual([]);
    const i = d.tables.findIndex((t) => t.title === '国有资本经营预算支出表');
    d.tables[i]!.rows[0]![2] = '50.00';
    expect(pub10(d)).toEqual([['tablesDiffer', `/tables/${i}/rows/0/2`, '国有资本经营预算支出合计']]);
  });

  it('is read back from a disclosure: its income and its lines by fund', () => {
    const b = budgetFromDisclosure(generateDisclosure(makeStateCapitalBudget()));
    expect(b.income.stateCapital).toBe('60.00');
    expect(
      b.functional.filter((l) => l.fund === 'stateCapital').map((l) => [l.code, l.otherProject]),
    ).toEqual([['223', '60.00']]);
    expect(b.functional.filter((l) => l.fund === 'general').length).toBe(2);
  });

  it('reads each unit’s 国有资本经营预算 income back from the 部门收入总表', () => {
    const b = makeStateCapitalBudget();
    b.unitCode = null;
    b.units = makeUnitsBudget().units;
    b.units[1]!.income.stateCapital = '60.00'; // the 中心 has the fund's 60
    b.functional.forEach((l, i) => (l.unitCode = i === 0 ? '101001' : '101002'));
    const back = budgetFromDisclosure(generateDisclosure(b));
    expect(back.units.map((u) => [u.code, u.income.generalPublic, u.income.stateCapital])).toEqual([
      ['101001', '600.00', '0.00'],
      ['101002', '400.00', '60.00'],
    ]);
  });
});
