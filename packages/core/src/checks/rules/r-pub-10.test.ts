import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { rule } from './r-pub-10.ts';
import { generateDisclosure } from '../../budget/generate-disclosure.ts';
import { makeBudget, makeMixedBudget } from '../../budget/test-budget.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Disclosure } from '../../model/disclosure.ts';

const run = (f: Disclosure) =>
  rule
    .check(f, { siblings: [f], options: defaultCheckOptions })
    .map((r) => [r.messageId, r.path, r.data?.what ?? null]);
const table = (d: Disclosure, title: string) => d.tables.findIndex((t) => t.title === title);

describe('R-PUB-10', () => {
  it('passes on tables generated from one consistent budget', () =>
    expect(run(generateDisclosure(makeBudget()))).toEqual([]));
  it('finds the 部门支出总表 disagreeing with the 部门收支总表', () => {
    const d = generateDisclosure(makeBudget());
    const t = table(d, '部门支出总表');
    d.tables[t]!.rows[0]![4] = '510.00'; // 合计 row, 基本支出/工资福利支出 (500 in the 部门收支总表)
    expect(run(d)).toEqual([['tablesDiffer', `/tables/${t}/rows/0/4`, '基本支出：工资福利支出']]);
  });
  it('finds 项 rows that do not make up the 合计 (a 科目 left out)', () => {
    const d = generateDisclosure(makeBudget());
    const t = table(d, '部门支出总表');
    d.tables[t]!.rows.pop(); // drop 2010302 (400.00)
    expect(run(d)).toEqual([['itemsMissing', `/tables/${t}/rows/0/2`, null]]);
  });
  it('finds the 项级 table’s 合计 differing from the 一般公共预算支出表', () => {
    const d = generateDisclosure(makeBudget());
    const t = table(d, '一般公共预算支出表（功能分类项级）');
    d.tables[t]!.rows[0]![2] = '999.00';
    expect(run(d)).toEqual([['tablesDiffer', `/tables/${t}/rows/0/2`, '合计']]);
  });
  it('finds the 基本支出表 合计 differing from 基本支出 when all income is 财政拨款', () => {
    const d = generateDisclosure(makeBudget());
    const t = table(d, '一般公共预算基本支出表（经济分类款级）');
    d.tables[t]!.rows[0]![2] = '601.00';
    expect(run(d)).toEqual([['tablesDiffer', `/tables/${t}/rows/0/2`, '基本支出合计']]);
  });
  it('with other funds, compares the 基本支出表 with the 一般公共预算支出表 (like with like), not all basic spending', () => {
    const d = generateDisclosure(makeMixedBudget()); // 一般公共预算 basic 600 of 760
    expect(run(d)).toEqual([]);
    const t = table(d, '一般公共预算基本支出表（经济分类款级）');
    d.tables[t]!.rows[0]![2] = '760.00';
    expect(run(d)).toEqual([['tablesDiffer', `/tables/${t}/rows/0/2`, '一般公共预算基本支出合计']]);
  });
});

ruleTester(rule, {
  valid: [{ name: 'tables generated from one consistent budget', form: generateDisclosure(makeBudget()) }],
  invalid: [
    {
      name: 'the 部门支出总表 disagreeing with the 部门收支总表',
      form: (() => {
        const d = generateDisclosure(makeBudget());
        d.tables[table(d, '部门支出总表')]!.rows[0]![4] = '510.00';
        return d;
      })(),
      errors: [{ messageId: 'tablesDiffer', path: '/tables/2/rows/0/4' }],
    },
  ],
});
