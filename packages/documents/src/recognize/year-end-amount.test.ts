import { describe, expect, it } from 'vitest';
import { readProjectText } from './test-read-project.ts';
import { budgetTotalByWords } from './budget-total-words.ts';
import { isYearEndAmount } from './year-end-amount.ts';

// Made for this test in the shape of a district's 衔接资金 绩效目标表 copied one cell a line (fresh/659's template):
// 资金名称, 主管单位 beside 实施单位, the funds block headed 资金金额（万元） and its parts below.
const form = (amountLabel: string) =>
  [
    '某区2024年某某补助资金绩效目标表 |',
    '资金名称 |',
    '某某补助资金(某某任务) | ||||||||',
    '区级主管单位 |',
    '某区农业农村局 |',
    '实施单位 |',
    '某某镇人民政府 | ||||||',
    '资金金额(万元) |',
    `${amountLabel} |`,
    '86 | |||||||',
    '其中:省级补助 |',
    '86 | ||||||||',
    '其他 |',
    '|||||||||',
    '一级指标 | 二级指标 | 三级指标 | 指标值 |',
    '产出指标 | 数量指标 | 改造道路长度 | ≥3公里 |',
  ].join('\n');

describe('the year’s amount named by the year’s end', () => {
  it('年底金额 under 资金金额 is the form’s budget', async () => {
    const f = await readProjectText(form('年底金额(万元)'));
    expect(f.budget.total).toBe('86');
  });

  it('年末资金总额 too', async () => {
    const f = await readProjectText(form('年末资金总额(万元)'));
    expect(f.budget.total).toBe('86');
  });

  it('资金金额 heads the funds block as 资金情况 does: the total’s label beside it is read', async () => {
    // Fails without 资金金额 among the block's headings: the heading was taken for a label of its own, whose value
    // was the total's label, and the figure was left over.
    const f = await readProjectText(form('年度金额(万元)'));
    expect(f.budget.total).toBe('86');
  });

  it('reads the year’s end and an amount, nothing else at the year’s end', () => {
    expect(isYearEndAmount('年底金额')).toBe(true);
    expect(isYearEndAmount('年末预算资金总额')).toBe(true);
    expect(budgetTotalByWords('年底金额')).toBe('budget.total');
    // A balance or a count at the year's end, and last year's end, are no budget.
    expect(isYearEndAmount('年末余额')).toBe(false);
    expect(isYearEndAmount('年底人数')).toBe(false);
    expect(isYearEndAmount('上年末金额')).toBe(false);
    expect(budgetTotalByWords('年末余额')).toBeNull();
  });
});
