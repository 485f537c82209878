import { describe, expect, it } from 'vitest';
import { readProjectText } from './test-read-project.ts';
import { budgetTotalByWords } from './budget-total-words.ts';

// Made for this test in the shape of a 市级 项目支出绩效目标申报表 as a city page copies it (wide/510's template):
// pipe rows padded with '||||', the funds row a heading, two totals' labels and the figures that were printed.
const form = (fundsRow: string) =>
  [
    '某市市级预算部门(单位)项目支出绩效目标申报表 | |||||||',
    '项目名称 | 某某工作经费 | ||||||',
    '主管部门及代码 | 某某科 | 实施单位 | 某某服务中心 | ||||',
    fundsRow,
    '项目概况 | 开展某某工作。 | ||||||',
    '一级指标 | 二级指标 | 三级指标 | 指标值 | ||||',
    '产出指标 | 数量指标 | 检查次数 | ≥4次 | ||||',
  ].join('\n');

describe('a funds total worded by its period', () => {
  it('年度预算资金总额 is the year’s total, read after an empty 中期 cell the copy dropped', async () => {
    const f = await readProjectText(
      form('项目预算资金(万元) | 中期预算资金总额 | 年度预算资金总额 | 25 | ||||'),
    );
    expect(f.budget.total).toBe('25');
  });

  it('takes the year’s figure where the span’s total is printed beside it', async () => {
    const f = await readProjectText(
      form('项目预算资金(万元) | 中期预算资金总额 | 75 | 年度预算资金总额 | 25 | ||'),
    );
    expect(f.budget.total).toBe('25');
  });

  it('a label that is one year by its number and an amount is the year’s budget, its unit from its note', async () => {
    // 广东's 省级 绩效目标表 (fresh/656): 2021年金额(元) | 30,223,400, no other amount on the form.
    const f = await readProjectText(form('2024年金额(元) | 1,234,500 | ||||'));
    expect(f.budget.total).toBe('123.45');
  });

  it('leaves a year’s other figures alone: an executed amount is no budget', async () => {
    const f = await readProjectText(form('2023年实际执行数 | 18 | ||||'));
    expect(f.budget.total).toBeNull();
  });

  it('reads the period, not any words before 总额', () => {
    expect(budgetTotalByWords('年度预算资金总额')).toBe('budget.total');
    expect(budgetTotalByWords('本年度财政资金总额')).toBe('budget.total');
    expect(budgetTotalByWords('中期预算资金总额')).toBe('known');
    expect(budgetTotalByWords('实施期财政总额')).toBe('known');
    // Neither a period nor the budget's words: 上年度 is last year's, 工程 names no budget.
    expect(budgetTotalByWords('上年度预算资金总额')).toBeNull();
    expect(budgetTotalByWords('年度工程资金总额')).toBeNull();
    expect(budgetTotalByWords('年度预算资金合计')).toBeNull();
    // A year by its number, then 金额 or 总额 (keyed: 2021年金额（元） → 2021年金额).
    expect(budgetTotalByWords('2021年金额')).toBe('budget.total');
    expect(budgetTotalByWords('2025年度预算资金总额')).toBe('budget.total');
    expect(budgetTotalByWords('2020年实际执行金额')).toBeNull();
    expect(budgetTotalByWords('上年金额')).toBeNull();
    expect(budgetTotalByWords('补助金额')).toBeNull();
  });
});
