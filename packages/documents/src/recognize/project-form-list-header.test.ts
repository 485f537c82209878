import { describe, expect, it } from 'vitest';
import { readProjectText } from './test-read-project.ts';

// Made for this test in the shape of a 福建 city's notice (fresh/658): a 分配表 printed before the 专项转移支付绩效
// 目标表 it passes on, both as pipe rows; the form's department under 主管部门(单位)名称及预算编码.
const notice = (headRows: readonly string[]) =>
  [
    '现下达某某补助资金(详见附件)。',
    '附件1',
    '某某补助资金分配表',
    '单位:万元',
    '序号 | 项目单位 | 补助项目 | 补助金额 | 备注 |',
    '1 | 某市图书馆 | 某某体系建设 | 20 | |',
    '合计 | | | 20 | |',
    '附件2',
    '某某建设专项转移支付绩效目标表',
    '项目名称 | 某某体系建设 |',
    ...headRows,
    '资金情况 | 年度金额: | 20 |',
    '其中:中央补助 | 20 |',
    '一级指标 | 二级指标 | 三级指标 | 指标值 |',
    '产出指标 | 数量指标 | 标引条数 | 1万条 |',
  ].join('\n');

describe('a list printed before a project form', () => {
  it('its header names columns, so 项目单位 | 补助项目 is no unit and its value', async () => {
    const f = await readProjectText(notice(['主管部门(单位)名称及预算编码 | 某省文化和旅游厅 |']));
    expect(f.unit).toBeNull();
    // 主管部门(单位)名称及预算编码: 福建's label with 部门 before 预算编码 left out.
    expect(f.supervisor).toBe('某省文化和旅游厅');
    expect(f.budget.total).toBe('20');
  });

  it('the form’s own 项目单位 row is still read', async () => {
    const f = await readProjectText(notice(['项目单位 | 某市图书馆 |']));
    expect(f.unit).toBe('某市图书馆');
  });
});
