import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { rule } from './r-pub-03.ts';
import { makeDisclosure, withCell } from '../helpers/test-disclosure.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Disclosure } from '../../model/disclosure.ts';

const run = (f: Disclosure) => rule.check(f, { siblings: [f], options: defaultCheckOptions });

describe('R-PUB-03', () => {
  it('passes when 合计 = 出国 + 用车 + 接待', () => expect(run(makeDisclosure())).toEqual([]));
  it('finds a 合计 that is not the sum of its parts', () => {
    expect(run(withCell(makeDisclosure(), 2, 0, 1, '4.00')).map((x) => [x.messageId, x.path])).toEqual([
      ['mismatch', '/tables/2/rows/0/1'],
    ]);
  });
  it('finds 公务用车购置及运行维护费 ≠ 购置 + 运行维护', () => {
    const r = run(withCell(makeDisclosure(), 2, 3, 1, '0.50'));
    expect(r.map((x) => [x.messageId, x.path])).toEqual([['mismatch', '/tables/2/rows/2/1']]);
  });

  // A county's 统计表 (云南, corpus 036): 上年 and 本年 columns, 增减 columns, other spellings, blank = 0.
  const county = (total2024: string): Disclosure => ({
    ...makeDisclosure(),
    year: 2024,
    tables: [
      {
        title: '昌宁县卡斯镇“三公”经费预算财政拨款情况统计表',
        unit: '万元',
        columns: [
          '项目',
          '2023年预算数',
          '2024年预算数',
          '比上年增、减情况/增、减金额',
          '比上年增、减情况/增、减幅度',
        ],
        rows: [
          ['合计', '18.15', total2024, '4', '22%'],
          ['1.因公出国(境)费', '', '', '', ''],
          ['2.公务接待费', '3', '7', '4', '133%'],
          ['3.公务用车购置及运行费', '15.15', '15.15', '', ''],
          ['其中:(1)公务用车购置费', '', '', '', ''],
          ['(2)公务用车运行费', '15.15', '15.15', '0', '0'],
        ],
        note: null,
      },
    ],
  });
  it('checks each year column of a table with 上年 and 本年, whatever the labels are called', () => {
    expect(run(county('22.15'))).toEqual([]);
    expect(run(county('23.15')).map((x) => [x.messageId, x.path, x.data?.expected])).toEqual([
      ['mismatch', '/tables/0/rows/0/2', '23.15'],
    ]);
  });
  // A table written one column a line (安徽, corpus 035): 合计 | 出国 | 用车 小计 购置 运行 | 接待.
  const horizontal = (vehicles: string): Disclosure => ({
    ...makeDisclosure(),
    tables: [
      {
        title: '一般公共预算“三公”经费支出预算表',
        unit: '万元',
        columns: [
          '“三公”经费合计',
          '因公出国（境）费',
          '公务用车购置及运行费/小计',
          '公务用车购置及运行费/公务用车购置费',
          '公务用车购置及运行费/公务用车运行费',
          '公务接待费',
        ],
        rows: [['328.7', '10', vehicles, '43', '35.7', '240']],
        note: null,
      },
    ],
  });
  it('checks a table whose lines are its columns', () => {
    expect(run(horizontal('78.7'))).toEqual([]);
    const r = run(horizontal('80.7'));
    expect(r.map((x) => [x.path, x.data?.total])).toEqual([
      ['/tables/0/rows/0/0', '“三公”经费合计'],
      ['/tables/0/rows/0/2', '公务用车购置及运行费/小计'],
    ]);
  });
  it('counts 购置 and 运行 in the total when the table has no 小计 line for them', () => {
    const d = county('22.15');
    d.tables[0]!.rows.splice(3, 1); // no 公务用车购置及运行费 line
    expect(run(d)).toEqual([]);
    d.tables[0]!.rows[4]![2] = '16.15';
    expect(run(d).map((x) => x.path)).toEqual(['/tables/0/rows/0/2']);
  });
});

ruleTester(rule, {
  valid: [{ name: '合计 = 出国 + 用车 + 接待', form: makeDisclosure() }],
  invalid: [
    {
      name: 'a 合计 that is not the sum of its parts',
      form: withCell(makeDisclosure(), 2, 0, 1, '4.00'),
      errors: [{ messageId: 'mismatch', path: '/tables/2/rows/0/1' }],
    },
  ],
});

describe('R-PUB-03: 其中 lines left empty', () => {
  // 寿县 文物保护中心 wide/232: 公务用车购置及运行维护费 2 / 1.18 over 其中 lines with no amount written.
  const table = (purchase: string, operation: string): Disclosure => ({
    ...makeDisclosure(),
    tables: [
      {
        title: '2023年度一般公共预算财政拨款“三公”经费支出决算表',
        unit: '万元',
        columns: ['项目', '预算数', '决算数'],
        rows: [
          ['合计', '3', '1.71'],
          ['因公出国(境)费', '', ''],
          ['公务接待费', '1', '0.53'],
          ['公务用车购置及运行维护费', '2', '1.18'],
          ['其中:公务用车运行维护费', operation, operation],
          ['公务用车购置费', purchase, purchase],
        ],
        note: null,
      },
    ],
  });
  it('a 用车 amount over 其中 lines left empty is a breakdown not filled in, not a sum of zeros', () =>
    expect(run(table('', ''))).toEqual([]));
  it('parts written as 0 under it are still summed', () =>
    expect(run(table('0', '0')).map((x) => x.data?.actual)).toEqual(['0', '0']));
});

describe('R-PUB-03 with a label the lexicon does not know', () => {
  const table = (third: string, amount = '3.00'): Disclosure => ({
    ...makeDisclosure(),
    tables: [
      {
        title: '一般公共预算“三公”经费支出表',
        unit: '万元',
        columns: ['项目', '本年预算数'],
        rows: [
          ['合计', '10.00'],
          ['因公出国（境）费', '2.00'],
          [third, amount],
          ['公务接待费', '5.00'],
        ],
        note: null,
      },
    ],
  });
  it('a line it cannot name is not a missing line: the gap is a question (info), not an error', () => {
    const r = run(table('公务交通保障支出'));
    expect(r.map((x) => [x.messageId, x.severity])).toEqual([['mismatch', 'info']]);
  });
  it('a known spelling still makes the gap an error', () => {
    expect(run(table('公务用车运行维护费'))).toEqual([]);
    expect(run(table('公务用车运行维护费', '1.00')).map((x) => x.severity)).toEqual([undefined]);
  });
});
