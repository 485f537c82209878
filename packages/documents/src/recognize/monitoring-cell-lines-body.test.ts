import { describe, expect, it } from 'vitest';
import { importBuffer } from '../index.ts';

// A 监控表 copied one cell per line: a target that opens with a head field's words (年度预算220万元), and a 三级
// worded as its 二级's short form (成本 under 成本指标).
const COPY = [
  '项目支出绩效监控表',
  '项目名称',
  '申遗经费',
  '主管部门',
  '某市文物局',
  '一级指标',
  '二级指标',
  '三级指标',
  '1-7月完成情况',
  '年度指标值',
  '产出指标',
  '成本指标',
  '成本',
  '按进度执行,已使用约40%',
  '年度预算220万元',
  '产出指标',
  '数量指标',
  '展陈场馆数',
  '2个',
  '3个',
].join('\n');

describe('a 监控表 body copied one cell per line', () => {
  it('reads a target opening with a head label as a cell of the table, and 成本 as the indicator', async () => {
    const out = await importBuffer(new TextEncoder().encode(COPY), 'copy.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    const indicators = doc?.kind === 'monitoring' ? doc.indicators : [];
    // Before: one indicator named 年度预算 with nothing read, the head label cut out of the target.
    expect(indicators.map((i) => [i.level2, i.name, i.target.raw, i.actualToDate.raw])).toEqual([
      ['成本指标', '成本', '年度预算220万元', '按进度执行,已使用约40%'],
      ['数量指标', '展陈场馆数', '3个', '2个'],
    ]);
  });

  it('still reads a 监控表 whose rows kept their cells by rows', async () => {
    const rows = [
      '项目支出绩效监控表',
      '项目名称 | 申遗经费',
      '一级指标 | 二级指标 | 三级指标 | 1-7月完成情况 | 年度指标值',
      '产出指标 | 数量指标 | 展陈场馆数 | 2个 | 3个',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(rows), 'rows.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    const indicators = doc?.kind === 'monitoring' ? doc.indicators : [];
    expect(indicators.map((i) => [i.name, i.target.raw, i.actualToDate.raw])).toEqual([
      ['展陈场馆数', '3个', '2个'],
    ]);
  });
});
