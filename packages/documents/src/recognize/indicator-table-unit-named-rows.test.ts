import { describe, expect, it } from 'vitest';
import { projectFormOfText } from './project-form-of-text.test-support.ts';

// Made for this test in the shape of a 区域绩效目标申报表 copied one cell per line (wide/384's template): each
// indicator named with its unit in brackets and its 指标值 left blank, so every row is a name alone on lines of
// its own after a line of bare padding.
const form = (names: string[]) =>
  [
    '某某资金区域绩效目标申报表',
    '专项名称 |',
    '某某补助资金 | |||',
    '年度金额(万元) |',
    '20 | |||',
    '绩效指标 |',
    '一级指标 |',
    '二级指标 |',
    '三级指标 |',
    '指标值 |',
    '产出指标 |',
    '数量指标 |',
    ...names.flatMap((n, k) => (k === 0 ? [`${n} |`, '||'] : [`${n} |`, '||||'])),
  ].join('\n');

async function names(text: string) {
  return (await projectFormOfText(text)).indicators.map((i) => i.name);
}

describe('indicator rows that hold a name only', () => {
  it('are indicators of their own where each name ends in its unit in brackets', async () => {
    expect(await names(form(['参保人数(人)', '补助面积(万亩)', '防治面积(万亩)']))).toEqual([
      '参保人数(人)',
      '补助面积(万亩)',
      '防治面积(万亩)',
    ]);
  });

  it('are still joined as one name wrapped over lines where the first does not end so', async () => {
    expect(await names(form(['新一轮退耕还林', '补助面积(万亩)']))).toEqual(['新一轮退耕还林补助面积(万亩)']);
  });
});
