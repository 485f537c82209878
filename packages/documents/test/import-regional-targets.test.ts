// A 转移支付 区域绩效目标表 (the regional targets a finance bureau hands down with a central transfer) read as
// a project form: 资金名称 names it, the 区县主管部门 is its unit, 年度金额(万元) its budget. Text written
// for the test in the layout of a web copy (label and value cells on alternate lines, padding pipes).
import { describe, expect, it } from 'vitest';
import type { ProjectForm } from '@jixiao/core';
import { importBuffer } from '../src/import-document.ts';

const REGIONAL = [
  '某某资金区域绩效目标表 | |||||',
  '资金名称 |',
  '农机购置补贴资金 | ||||',
  '中央主管部门 |',
  '财政部、农业农村部 | ||||',
  '省级财政部门 |',
  '某省财政厅 | ||||',
  '省级主管部门 |',
  '某省农业农村厅 | ||||',
  '区县财政部门 |',
  '某县财政局 | ||||',
  '区县主管部门 |',
  '某县农业农村局 | ||||',
  '资金情况 |',
  '年度金额(万元): |',
  '120 | |||',
  '其中:中央补助(万元) |',
  '120 | ||||',
  '地方资金(万元) |',
  '|||||',
  '年度目标 |',
  '补贴机具按时兑付,农机装备水平提高。 | ||||',
  '一级指标 |',
  '二级指标 |',
  '三级指标 |',
  '单位 |',
  '指标值 | |',
  '绩效指标 |',
  '产出指标 |',
  '数量指标 |',
  '补贴机具数量 |',
  '台 |',
  '≥300 |',
  '补贴资金兑付率 |',
  '% |',
  '100% | |||',
].join('\n');

async function projectOf(text: string): Promise<ProjectForm> {
  const outcome = await importBuffer(new TextEncoder().encode(text), 'regional.txt');
  if (!outcome.ok) throw new Error(outcome.error.message);
  const form = outcome.forms[0]!;
  if (form.kind !== 'project') throw new Error(`not a project form: ${form.kind}`);
  return form;
}

describe('区域绩效目标表 of a transfer', () => {
  it('takes the 区县主管部门 as the unit and 年度金额 as the budget', async () => {
    const form = await projectOf(REGIONAL);
    expect(form.name).toBe('农机购置补贴资金');
    expect(form.budget.total).toBe('120');
    expect([form.unit, form.supervisor, form.executor]).toContain('某县农业农村局');
    expect([form.unit, form.supervisor, form.executor]).not.toContain('财政部、农业农村部');
  });

  it('reads the indicator rows with a 单位 column before the value', async () => {
    const form = await projectOf(REGIONAL);
    expect(form.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['补贴机具数量', '≥300台'],
      ['补贴资金兑付率', '100%'],
    ]);
  });
});
