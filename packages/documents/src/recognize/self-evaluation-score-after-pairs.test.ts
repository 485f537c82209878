import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const totalOf = async (text: string) => {
  const out = await importBuffer(new TextEncoder().encode(text), 'page.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation' ? doc.total : undefined;
};

describe('a 自评得分 whose figure stands after the head labels beside it', () => {
  // Made for this test after wide/342 (安居区, 四川): a page copying the head one cell per paragraph, the score's
  // column after the column of labels, so its figure comes after two label–value pairs.
  const form = (between: string) =>
    [
      '某补助资金区域绩效目标自评表',
      '专项名称',
      '某某补助资金',
      '中央主管部门',
      '某某总局',
      '自评得分',
      ...between.split('|'),
      '96',
      '预算执行情况',
      '预算数:',
      '2.38',
      '执行数:',
      '2.38',
      '年度绩效指标完成情况',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成指标值',
      '得分',
      '产出指标',
      '数量指标',
      '指标1:培训人数',
      '100人',
      '100人',
      '5',
    ].join('\n\n');

  it('takes the figure after the pairs as the total', async () => {
    expect(await totalOf(form('省级财政部门|某省财政厅|省级主管部门|某省某局'))).toBe('96');
  });

  it('takes none where a figure stands among the pairs (an amount, not a head label’s value)', async () => {
    expect(await totalOf(form('省级财政部门|某省财政厅|年度资金总额|120'))).toBeNull();
  });
});
