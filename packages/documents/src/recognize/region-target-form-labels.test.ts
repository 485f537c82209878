import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of a 区域绩效目标申报表 of a 林业 transfer (wide/384's template): the 区级财政部门
// and the 区级林业主管部门 on rows of their own, the amount under 年度金额(万元).
const form = (label: string) =>
  [
    '2021年某某资金区域绩效目标申报表',
    '专项名称 | 某某生态保护资金 |',
    '区级财政部门 | 某某区财政局 |',
    `${label} | 某某区林业局 |`,
    '年度金额(万元) | 20 |',
    '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |',
    '| 产出指标 | 数量指标 | 管护面积 | 5万亩 |',
  ].join('\n');

async function read(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'project') throw new Error('no project form read');
  return f;
}

describe('区级林业主管部门', () => {
  it('names the 主管部门 of the transfer; the 区级财政部门 is no unit', async () => {
    const f = await read(form('区级林业主管部门'));
    expect(f.supervisor).toBe('某某区林业局');
    expect([f.unit, f.supervisor, f.executor]).not.toContain('某某区财政局');
  });

  it('is a spelling of its own: an unknown department label names no 主管部门', async () => {
    expect((await read(form('区级林业监管部门'))).supervisor).toBeNull();
  });
});

describe('下达资金总额, the amount a 中央对地方转移支付区域绩效目标表 hands down', () => {
  // Made for this test in the shape of that form as a 经开区 page copies it (wide/379's template).
  const transfer = (label: string) =>
    [
      '中央对地方转移支付区域绩效目标表(2025年度)',
      '项目名称 | 某某补助资金 |',
      '资金情况 | ' + label + ' | 120 |',
      '其中:中央财政补助 | 120 |',
      '一级指标 | 二级指标 | 三级指标 | 指标值 |',
      '产出指标 | 数量指标 | 补助点位数 | ≥3个 |',
    ].join('\n');

  it('is the form’s budget; a total worded otherwise is none', async () => {
    expect((await read(transfer('下达资金总额'))).budget.total).toBe('120');
    expect((await read(transfer('拨付资金合计'))).budget.total).not.toBe('120');
  });
});
