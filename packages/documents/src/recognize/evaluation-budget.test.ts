// The 预算执行情况 block of a 自评表 laid out as label | figure rows (issue 12's template variants), beside the
// usual layout of column labels over a 年度资金总额 line.
import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { cellStream } from './evaluation-cells.ts';
import { readBudgetBlock } from './evaluation-budget.ts';

const table = (...cells: string[]): Row => ({ cells, table: true });
const totalOf = (rows: Row[]) => readBudgetBlock(cellStream(rows))?.lines.find((l) => l.total)?.values;

describe('a budget block of label | figure rows', () => {
  it('reads every pair down the rows, 项目资金 merged on their left', () => {
    const rows = [
      table('项目资金(万元)', '年初预算数', '50'),
      table('', '全年预算数', '60'),
      table('', '全年执行数', '54'),
      table('', '分值', '10'),
      table('', '执行率', '90%'),
      table('', '得分', '9'),
      table('一级指标', '二级指标', '三级指标', '指标值'),
    ];
    expect(totalOf(rows)).toEqual({
      initial: '50',
      annual: '60',
      executed: '54',
      weight: '10',
      rate: '90',
      score: '9',
    });
  });

  it('reads the pairs after a label left without its figure, and a block whose amounts are all blank', () => {
    const blankFirst = [
      table('项目资金(万元)', '年初批复数'),
      table('', '全年预算数', '1000'),
      table('', '全年执行数', '1000'),
      table('', '执行率', '100%'),
    ];
    expect(totalOf(blankFirst)).toMatchObject({ annual: '1000', executed: '1000', rate: '100' });
    const noAmounts = [
      table('项目资金(元)', '全年预算数'),
      table('', '执行数'),
      table('', '分值', '10'),
      table('', '执行率', '79.27%'),
    ];
    expect(totalOf(noAmounts)).toMatchObject({ weight: '10', rate: '79.27' });
  });

  it('stops at a row that is no pair, and still reads the columns layout as columns', () => {
    const rows = [
      table('项目资金(万元)', '年初预算数', '50'),
      table('年度绩效目标', '按期完成'),
      table('', '全年预算数', '60'),
    ];
    expect(totalOf(rows)).toEqual({ initial: '50' });
    const columns = [
      table('项目资金(万元)', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'),
      table('', '年度资金总额', '50', '60', '54', '10', '90%', '9'),
    ];
    expect(totalOf(columns)).toEqual({
      initial: '50',
      annual: '60',
      executed: '54',
      weight: '10',
      rate: '90',
      score: '9',
    });
  });
});

describe('a budget block of label | figure rows whose amounts and rate were left blank', () => {
  it('reads its points and score under the amounts’ labels it names without figures', () => {
    // Made for this test after a template variant of wide/181: the amounts contradict the sources in the
    // source document, so the block prints only 权重 and 得分.
    const rows = [
      table('项目资金(元)', '年初预算数'),
      table('', '全年预算数'),
      table('', '全年执行数'),
      table('', '权重', '10'),
      table('', '得分', '0'),
      table('', '执行率'),
      table('一级指标', '二级指标', '指标名称', '指标值'),
    ];
    expect(totalOf(rows)).toEqual({ weight: '10', score: '0' });
  });

  it('reads no block from a lone 分值 | 得分 pair without the amounts’ labels', () => {
    expect(
      totalOf([table('分值', '10'), table('得分', '8'), table('一级指标', '二级指标', '三级指标')]),
    ).toBeUndefined();
  });
});

describe('a budget block written one cell a paragraph', () => {
  const para = (text: string): Row => ({ cells: [text], table: false });
  // 预算执行情况（万元） | （20分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 | （20分*执行率）, then the line.
  const cells = (rate: string) =>
    [
      '预算执行情况（万元）',
      '（20分）',
      '预算数（A）',
      '执行数（B）',
      '执行率（B/A）',
      '得分',
      '（20分*执行率）',
      '年度财政资金总额',
      '50',
      '10',
      rate,
      '4',
      '年度绩效目标（80分）',
    ].map(para);
  const block = (rate: string) => readBudgetBlock(cellStream(cells(rate)));

  it("keeps a heading's note with its heading, takes the heading's points, and a whole-number 执行率 the amounts bear out", () => {
    // 10 ÷ 50 = 20 %; 20 × 20 % = 4.
    expect(block('20')?.lines).toEqual([
      {
        name: '年度财政资金总额',
        total: true,
        values: { annual: '50', executed: '10', rate: '20', weight: '20', score: '4' },
      },
    ]);
  });

  it('reads a whole number under 执行率 the amounts do not bear out as printed, for the rules to judge', () => {
    // Before: 30 could stand under no column but 得分 and the 4 was lost.
    expect(block('30')?.lines[0]?.values).toEqual({
      annual: '50',
      executed: '10',
      rate: '30',
      weight: '20',
      score: '4',
    });
  });

  it('still reads 分值 | 得分 beside a blank 执行率', () => {
    const rows = [
      '预算数（A）',
      '执行数（B）',
      '执行率',
      '分值',
      '得分',
      '年度资金总额',
      '50',
      '45',
      '10',
      '9',
    ].map(para);
    expect(readBudgetBlock(cellStream(rows))?.lines[0]?.values).toEqual({
      annual: '50',
      executed: '45',
      weight: '10',
      score: '9',
    });
  });
});
