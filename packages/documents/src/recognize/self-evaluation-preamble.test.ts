import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// The last rows of an earlier 自评表 (its indicator table, 合计, signatures), then a whole 自评表.
const tail = [
  '绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |',
  '产出指标 | 成本指标 | 成本控制数 | ≤ | 30 | 万元 | 完成 | 90 | 90 |',
  '合计 | 100 |',
  '项目负责人:张三 | 财务负责人:李四 |',
];
const form = [
  '部门预算项目支出绩效自评表(2023年度) |',
  '项目名称 | 乡村道路养护项目 |',
  '主管部门 | 某某县交通运输局 | 实施单位 | 某某县公路站 |',
  '预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |',
  '总额 | 2.00 | 5.00 | 4.00 | 80.00% | 10 | 8 | 说明 |',
  '绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |',
  '产出指标 | 数量指标 | 养护道路里程 | ≥ | 12 | 公里 | 12公里 | 90 | 90 |',
];

describe('a 自评表 on a page that starts inside an earlier one', () => {
  it("reads the titled 自评表 without the earlier table's rows", async () => {
    const out = await importBuffer(bytes([...tail, ...form].join('\n')), 'page.txt');
    expect(out.ok).toBe(true);
    const doc = out.ok ? out.evaluations[0] : undefined;
    expect(doc?.kind).toBe('self-evaluation');
    if (doc?.kind !== 'self-evaluation') return;
    expect(doc.name).toBe('乡村道路养护项目');
    expect(doc.indicators.map((i) => i.name)).toEqual(['养护道路里程']);
  });

  it('reads the budget total line 总额 under 预算执行数', async () => {
    const out = await importBuffer(bytes(form.join('\n')), 'form.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect(doc.budget).toMatchObject({
      initial: '2.00',
      annual: '5.00',
      executed: '4.00',
      rate: '80.00',
      weight: '10',
      score: '8',
    });
  });
});
