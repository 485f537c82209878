import { describe, expect, it } from 'vitest';
import { importBuffer } from '../index.ts';

// A 自评表 whose budget block is printed one label a row (项目资金（万元） | 分值 | 10), copied one cell per line.
const copy = (last: string) =>
  [
    '项目支出绩效自评表',
    '项目名称',
    '特色种养补贴项目',
    '主管部门',
    '某镇人民政府',
    '项目资金(万元)',
    '全年预算数',
    '9.48',
    '项目资金(万元)',
    '全年执行数',
    '9.48',
    '项目资金(万元)',
    '执行率',
    '100%',
    '项目资金(万元)',
    '得分',
    '10',
    '项目资金(万元)',
    last,
    '10',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '产出指标',
    '数量指标',
    '补贴户数',
    '≥50户',
    '52户',
  ].join('\n');

async function budgetOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'copy.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation' ? doc.budget : null;
}

describe('a budget block one label a row, copied one cell per line', () => {
  it('reads a row headed 分值 or 权重 (a heading the indicator table shares) as the block’s weight', async () => {
    // Before: 项目资金(万元) | 分值 | 10 fell apart into three rows and the weight was lost.
    for (const label of ['分值', '权重']) {
      const budget = await budgetOf(copy(label));
      expect([budget?.annual, budget?.executed, budget?.weight, budget?.score], label).toEqual([
        '9.48',
        '9.48',
        '10',
        '10',
      ]);
    }
  });
});
