import { describe, expect, it } from 'vitest';
import { paragraph } from '../rows/row.ts';
import { cellStream } from './evaluation-cells.ts';
import { segmentText } from './evaluation-text.ts';
import { readBudgetInText } from './evaluation-stream-budget.ts';

// Made for these tests: a budget block's rows each printing the block's heading, one label and its figure, run
// together on one line as a copy without cell breaks gives them (values invented).

function budgetOf(text: string) {
  const rows = [paragraph(text, 1)];
  return readBudgetInText(segmentText(rows), cellStream(rows))?.lines[0]?.values;
}

const TABLE = '绩效指标一级指标二级指标三级指标名称年度指标值实际完成值产出指标数量指标补助人数≥500人520人';

describe('a budget block whose rows each print its heading, the first labels blank', () => {
  it('pairs each figure with the label before it', () => {
    expect(
      budgetOf(
        '项目资金（元）全年预算数（A）项目资金（元）全年执行数（B）项目资金（元）权重10项目资金（元）得分8.6' +
          '项目资金（元）执行率86%' +
          TABLE,
      ),
    ).toMatchObject({ weight: '10', score: '8.6', rate: '86' });
  });

  it('reads one figure where the rows before and after it are blank', () => {
    expect(
      budgetOf(
        '项目资金（万元）全年预算数（A）项目资金（万元）全年执行数项目资金（万元）得分项目资金（万元）预算执行率95.5%' +
          '项目资金（万元）分值' +
          TABLE,
      ),
    ).toMatchObject({ rate: '95.5' });
  });

  it('reads no block of one figure of points alone', () => {
    expect(
      budgetOf('项目资金（元）年初预算数项目资金（元）全年执行数项目资金（元）分值10' + TABLE)?.weight,
    ).toBeUndefined();
  });

  it('reads no block where the heading stands before two labels only', () => {
    // Two headings and labels may meet by chance; three rows so printed are a block.
    expect(budgetOf('项目资金（元）分值10项目资金（元）得分9' + TABLE)).toBeUndefined();
  });
});
