import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { rule } from './r-pub-02.ts';
import { makeDisclosure, withCell } from '../helpers/test-disclosure.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Disclosure } from '../../model/disclosure.ts';

const run = (f: Disclosure) => rule.check(f, { siblings: [f], options: defaultCheckOptions });

function withSpendingTable(d: Disclosure, basicSubtotal: string): Disclosure {
  const copy = structuredClone(d);
  copy.tables.push({
    title: '部门支出总表',
    unit: '万元',
    columns: [
      '单位代码',
      '单位名称(科目)',
      '总计',
      '基本支出/小计',
      '基本支出/工资福利支出',
      '基本支出/商品和服务支出',
      '项目支出/小计',
      '项目支出/经常性项目',
    ],
    rows: [['', '合计', '1000.00', basicSubtotal, '500.00', '100.00', '400.00', '400.00']],
    note: null,
  });
  return copy;
}

describe('R-PUB-02', () => {
  it('passes consistent classification tables', () => {
    expect(run(withSpendingTable(makeDisclosure(), '600.00'))).toEqual([]);
  });
  it('finds a 类 that is not the sum of its 款', () => {
    const r = run(withCell(makeDisclosure(), 1, 2, 2, '310.00'));
    expect(r.map((x) => [x.messageId, x.path])).toEqual([['codeSum', '/tables/1/rows/1/2']]);
  });
  it('finds a 合计 that is not the sum of the 类', () => {
    const r = run(withCell(makeDisclosure(), 1, 0, 2, '610.00'));
    expect(r.map((x) => [x.messageId, x.path])).toEqual([['totalSum', '/tables/1/rows/0/2']]);
  });
  it('finds a 小计 that is not the sum of its columns, and the 总计 that follows from it', () => {
    const r = run(withSpendingTable(makeDisclosure(), '610.00'));
    expect(r.map((x) => [x.messageId, x.path])).toEqual([
      ['columnSum', '/tables/3/rows/0/3'],
      ['columnSum', '/tables/3/rows/0/2'],
    ]);
  });
  it('reports a difference within rounding as info', () => {
    const r = run(withCell(makeDisclosure(), 1, 2, 2, '300.004'));
    expect(r.map((x) => [x.messageId, x.severity])).toEqual([['rounding', 'info']]);
    const r2 = run(withCell(withCell(makeDisclosure(), 1, 2, 2, '300.1'), 1, 3, 2, '199.9'));
    expect(r2).toEqual([]);
  });
});

ruleTester(rule, {
  valid: [{ name: 'consistent classification tables', form: withSpendingTable(makeDisclosure(), '600.00') }],
  invalid: [
    {
      name: 'a 类 that is not the sum of its 款',
      form: withCell(makeDisclosure(), 1, 2, 2, '310.00'),
      errors: [{ messageId: 'codeSum', path: '/tables/1/rows/1/2' }],
    },
  ],
});
