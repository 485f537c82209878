import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of a city portal's 项目支出绩效自评表 copied with its cells parted by single spaces,
// one table row per line, each row's name numbered by the template (指标1:, 指标2:), and the copy cut where the next
// row's slot begins (wide/519's layout, other words and figures).
const lines = (last: string) => [
  '项目支出绩效自评表',
  '(2023年度)',
  '项目名称 档案数字化保障',
  '主管部门 某市档案馆 实施单位 某市档案馆',
  '项目资金',
  '(万元)',
  '年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分',
  '年度资金总额: 40 40 40 10 100% 10',
  ' 其中:本年财政拨款 40 40 40 - 100% -',
  '年度绩效指标完成情况',
  '一级',
  '指标',
  '二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
  '(50分)',
  '数量指标 指标1:数字化加工卷数 300 320卷 10 10',
  '指标2:查档接待人次 800 900余人次 10 10',
  '质量指标 指标1:加工验收合格率 ≥95% 98% 10 10',
  last,
];

async function read(text: string[]) {
  const out = await importBuffer(new TextEncoder().encode(text.join('\n')), 'cut.txt');
  return out.ok ? out.evaluations[0] : undefined;
}

describe('a 自评表 cut inside the next row’s slot', () => {
  it('counts no indicator for the slot word’s first character (成本指标 指)', async () => {
    const doc = await read(lines('成本指标 指'));
    expect(doc?.indicators.map((i) => i.name)).toEqual(['数字化加工卷数', '查档接待人次', '加工验收合格率']);
  });

  it('keeps a row the cut reached the name of', async () => {
    const doc = await read(lines('成本指标 指标1:加工成本'));
    expect(doc?.indicators.map((i) => i.name)).toEqual([
      '数字化加工卷数',
      '查档接待人次',
      '加工验收合格率',
      '加工成本',
    ]);
  });
});
