// A 自评表's budget line whose empty cells a copy dropped (text aligned with spaces, one cell per line): its
// figures are placed in the header's columns by what they are, never by where they stand; two readings of
// what the figures mean, each with a line it must change and one it must leave (issue 12's copied layouts).
import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { cellStream } from './evaluation-cells.ts';
import { readBudgetBlock } from './evaluation-budget.ts';

const table = (...cells: string[]): Row => ({ cells, table: true, gapless: true });
const totalOf = (head: string[], figures: string[]) =>
  readBudgetBlock(
    cellStream([table('项目资金(万元)', ...head), table('', '年度资金总额', ...figures)]),
  )?.lines.find((l) => l.total)?.values;

describe('a budget line that lost its blank cells', () => {
  it('places a line as wide as the header by what its figures are, not by where they stand', () => {
    // The copy dropped the blank 权重 and its row is as wide as the header only by chance: by position 1.56
    // would stand under 执行数 and 得分, 20 under 权重.
    const head = ['全年预算数(A)', '执行数(B)', '得分', '权重', '执行率(B/A)'];
    expect(totalOf(head, ['1.56', '1.56', '20', '100%'])).toEqual({
      annual: '1.56',
      executed: '1.56',
      score: '20',
      rate: '100',
    });
  });

  it('reads a figure with a fraction as an amount, not as a 分值 (a 分值 is whole points)', () => {
    const head = ['全年预算数', '全年执行数', '分值', '预算执行率', '得分'];
    expect(totalOf(head, ['23.3', '23.3'])).toEqual({ annual: '23.3', executed: '23.3' });
    // Whole figures with no amount beside them are the points (分值 10, 得分 0, nothing spent).
    expect(totalOf(head, ['10', '0'])).toEqual({ weight: '10', score: '0' });
  });

  it('reads an amount printed again right after itself as the next amount, not as points', () => {
    const head = ['年初预算数', '全年预算数', '执行数(B)', '得分', '权重', '执行率(B/A)'];
    expect(totalOf(head, ['2.38', '2.38', '20'])).toEqual({ annual: '2.38', executed: '2.38', score: '20' });
    // Points after an amount stay points: 20 | 20 is a 得分 and its 分值, whatever the amount before.
    expect(totalOf(head, ['2.38', '20', '20'])).toEqual({ annual: '2.38', score: '20', weight: '20' });
  });
});
