// A department of several 预算单位: the 部门收入总表 and 部门支出总表 list the department and each unit, and
// read back from the disclosure the units, their income and lines are recovered. Expectations by hand.
import { describe, expect, it } from 'vitest';
import { budgetFromDisclosure } from './budget-from-disclosure.ts';
import { generateDisclosure } from './generate-disclosure.ts';
import { makeBudget, makeUnitsBudget } from './test-budget.ts';

const table = (title: string, b = makeUnitsBudget()) =>
  generateDisclosure(b).tables.find((t) => t.title === title)!;
const zeros = (n: number) => Array.from({ length: n }, () => '0.00');

describe('unit rows', () => {
  it('部门收入总表: 合计, the department, each unit with its own income', () => {
    expect(table('部门收入总表').rows).toEqual([
      ['', '合计', '1000.00', '1000.00', ...zeros(8)],
      ['101', '某市某局', '1000.00', '1000.00', ...zeros(8)],
      ['101001', '某市某局机关', '600.00', '600.00', ...zeros(8)],
      ['101002', '某市某局服务中心', '400.00', '400.00', ...zeros(8)],
    ]);
  });
  it('部门支出总表: each unit followed by its own 项 lines', () => {
    expect(table('部门支出总表').rows.map((r) => r.slice(0, 13))).toEqual([
      [
        '',
        '合计',
        '1000.00',
        '600.00',
        '500.00',
        '100.00',
        '0.00',
        '0.00',
        '400.00',
        '300.00',
        '0.00',
        '0.00',
        '100.00',
      ],
      [
        '101',
        '某市某局',
        '1000.00',
        '600.00',
        '500.00',
        '100.00',
        '0.00',
        '0.00',
        '400.00',
        '300.00',
        '0.00',
        '0.00',
        '100.00',
      ],
      [
        '101001',
        '某市某局机关',
        '600.00',
        '600.00',
        '500.00',
        '100.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
      ],
      [
        '2010301',
        '行政运行',
        '600.00',
        '600.00',
        '500.00',
        '100.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
      ],
      [
        '101002',
        '某市某局服务中心',
        '400.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '400.00',
        '300.00',
        '0.00',
        '0.00',
        '100.00',
      ],
      [
        '2010302',
        '一般行政管理事务',
        '400.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '400.00',
        '300.00',
        '0.00',
        '0.00',
        '100.00',
      ],
    ]);
  });
  it('a department that is one unit keeps its single unit row and no unit income rows', () => {
    expect(table('部门收入总表', makeBudget()).rows.map((r) => r[0])).toEqual(['', '101']);
    expect(table('部门支出总表', makeBudget()).rows.map((r) => r[0])).toEqual([
      '',
      '101',
      '101001',
      '2010301',
      '2010302',
    ]);
  });
});

describe('read back', () => {
  it('recovers the units, their income and which unit each line belongs to', () => {
    const b = budgetFromDisclosure(generateDisclosure(makeUnitsBudget()));
    expect(b.units.map((u) => [u.code, u.name, u.income.generalPublic, u.income.operating])).toEqual([
      ['101001', '某市某局机关', '600.00', '0.00'],
      ['101002', '某市某局服务中心', '400.00', '0.00'],
    ]);
    expect(b.functional.map((l) => [l.code, l.unitCode])).toEqual([
      ['2010301', '101001'],
      ['2010302', '101002'],
    ]);
    expect(b.unitCode).toBeNull();
  });
  it('a single unit stays the budget unitCode, its lines of no unit', () => {
    const b = budgetFromDisclosure(generateDisclosure(makeBudget()));
    expect([b.unitCode, b.units, b.functional.map((l) => l.unitCode)]).toEqual(['101001', [], [null, null]]);
  });
});
