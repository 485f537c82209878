// A budget block printed in two bands, each its labels, the line's heading and its figures (苏州's 市级财政支出项目
// 绩效自评表, wide/474): the figures of both are the one line's. Made for these tests in that shape; figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { bandedLine } from './budget-bands.ts';
import type { BudgetColumn } from './evaluation-budget-labels.ts';

const FORM = [
  '某市市级财政支出项目绩效自评表项目名称 某某绿地养护 项目年份 2017项目主管部门(单位) 某市园林局' +
    '年初预算数当年使用上年结余、结转及当年调整预算数 财政拨款数指标结余数市级预算执行情况(万元) 1200.00 0.00 1200.00 0.00' +
    '其中:财政拨款数 实际支付数 资金结余、结转数 结转数 财政收回 数市级财政资金使用情况(万元) 1200.00 1150.50 49.50 0.00 0.00' +
    '项目 类别 指标名称 目标值 权重 实际完成 值 自评分资金使用合规性 合规 5 好 5预算执行率 95% 5 96% 5',
].join('\n');

describe('a budget block printed in bands', () => {
  it('reads the 年初 budget from the first band and the payments from the second', async () => {
    const out = await importBuffer(new TextEncoder().encode(FORM), 'bands.txt');
    if (!out.ok) throw new Error(out.error.message);
    const doc = out.evaluations[0];
    expect(doc?.budget).toMatchObject({ initial: '1200.00', annual: '1200.00', executed: '1150.50' });
  });

  it('leaves a block of several lines under one band to the usual reading', () => {
    const columns: BudgetColumn[] = ['annual', 'executed'];
    const lines = [
      { name: '财政拨款', figures: ['100', '90'], alone: [true, true] },
      { name: '其他资金', figures: ['20', '20'], alone: [true, true] },
    ];
    const labels = () => ({ columns: [] as BudgetColumn[], end: 0 });
    expect(bandedLine(lines, columns, labels, () => ({}))).toBeNull();
  });
});
