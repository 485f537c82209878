// A budget line copied one cell per line from its first filled cell: the 项目资金 merged down the block's left is
// dropped from the line and its end padded, so the line's label stands in the block label's column and each figure
// a column left of its heading (issue 12's cells layouts of wide/102, 181 and 340).
import { describe, expect, it } from 'vitest';
import { cellStream } from './evaluation-cells.ts';
import { readBudgetBlock } from './evaluation-budget.ts';

const totalOf = (head: string[], line: string[]) =>
  readBudgetBlock(
    cellStream([
      { cells: ['项目资金(元)', '', ...head], table: true },
      { cells: line, table: true },
    ]),
  )?.lines.find((l) => l.total)?.values;

describe('a budget line whose leading merged cell the copy dropped', () => {
  const head = ['年初批复数', '调整后预算数', '全年执行数', '得分', '执行率(B/A)', '权重'];

  it('is placed one column on where that placing holds clearly more', () => {
    // 15,600 | 15,600 | 20 | 1: 调整后 | 执行 | 得分 | 执行率 (the rate a fraction the amounts bear out), not
    // 年初 | 调整后 | 执行数 20 | 得分 1 as the grid put them.
    expect(totalOf(head, ['合计', '', '15600.00', '15600.00', '20', '1', '', ''])).toEqual({
      annual: '1.56',
      executed: '1.56',
      score: '20',
      rate: '1',
    });
    // 0 | 10 under 得分 | 权重, not 执行数 0 | 得分 10.
    const points = ['调整后预算数', '执行数(B)', '得分', '权重', '执行率'];
    expect(totalOf(points, ['年度资金总额', '', '', '0', '10', '', ''])).toEqual({
      score: '0',
      weight: '10',
    });
  });

  it('is placed one column on where in place it would fill 年初 and leave 执行数 blank', () => {
    // 208 | 109.8 a column left of 全年预算数 | 全年执行数: a form that reports its spending fills 执行数.
    const amounts = ['年初预算数', '全年预算数', '全年执行数', '得分', '执行率', '分值'];
    expect(totalOf(amounts, ['合计', '', '2080000', '1098000', '', '', '', ''])).toEqual({
      annual: '208',
      executed: '109.8',
    });
  });

  it('stays where the grid puts it when the line is in its place', () => {
    // 0 | 0 | 0 under the amounts (its points printed as —, as wide/487's 上年结转资金): one column on, a 分值 of 0.
    const scored = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
    expect(totalOf(scored, ['合计', '', '0', '0', '0', '—', '—', '—'])).toEqual({
      initial: '0',
      annual: '0',
      executed: '0',
    });
    expect(totalOf(head, ['', '合计', '15600.00', '15600.00', '15600.00', '20', '100%', '20'])).toEqual({
      initial: '1.56',
      annual: '1.56',
      executed: '1.56',
      score: '20',
      rate: '100',
      weight: '20',
    });
  });
});
