// A 监控表's budget line copied one cell per line whose budget cell is blank: the lone amount beside a rate above 0
// is the amount spent, which the rate is the share of (issue 12's lines layout of wide/476 and 489).
import { describe, expect, it } from 'vitest';
import { cellStream } from './evaluation-cells.ts';
import { readBudgetBlock } from './evaluation-budget.ts';

const totalOf = (figures: string[]) =>
  readBudgetBlock(
    cellStream([
      {
        cells: ['项目资金(万元)', '', '全年预算数', '1-7月执行数', '预算执行进度'],
        table: true,
        gapless: true,
      },
      { cells: ['', '年度资金总额', ...figures], table: true, gapless: true },
    ]),
  )?.lines.find((l) => l.total)?.values;

describe('a lone amount in a budget line', () => {
  it('is the amount spent beside a rate above 0', () => {
    expect(totalOf(['356.00', '45.00%'])).toEqual({ executed: '356.00', rate: '45.00' });
  });

  it('stays the first amount column without a rate', () => {
    expect(totalOf(['356.00'])).toEqual({ annual: '356.00' });
  });
});
