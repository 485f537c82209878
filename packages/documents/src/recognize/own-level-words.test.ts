// The 中央预算内投资计划绩效目标表 (以工代赈) as a county portal copies it, one cell a paragraph: the header's first cell
// lost its first character (级指标), a level above the 一级 (过程管理指标) stands over 二级 of the template's own words
// (计划管理指标, 资金管理指标) that no list knows, and the portal's links (文件下载, 政策咨询) follow the table. Made for
// this test after wide/498 (舒城县, 安徽); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const cells = [
  '中央预算内投资计划绩效目标表',
  '专项名称',
  '某省2024年以工代赈示范工程某县某村道路工程',
  '下达地方或单位',
  '某县发展改革委',
  '本次下达中央预算内投资(万元)',
  '500',
  '级指标',
  '二级指标',
  '三级指标',
  '指标值',
  ' ',
  '实施效果指标',
  '产出指标',
  '劳务报酬占中央投资比例',
  '≥31%',
  '满意度指标',
  '参与工程建设群众满意度',
  '≥90%',
  ' ',
  '过程管理指标',
  ' ',
  '计划管理指标',
  '投资计划分解用时',
  '≤20工作日',
  '资金管理指标',
  '中央预算内投资支付率',
  '≥95%',
  '年度计划投资完成率',
  '≥95%',
  '文件下载',
  '政策咨询',
  '如果您对该政策文件有疑问,可以拨打标题上方的电话咨询相关部门。',
];

async function indicators() {
  const page = cells.map((c) => `    ${c}`).join('\n\n');
  const out = await importBuffer(new TextEncoder().encode(page), 'page.txt');
  if (!out.ok) throw new Error(out.error.message);
  const f = out.forms[0]!;
  if (f.kind !== 'project') throw new Error(`read as ${f.kind}`);
  return f.indicators.map((i) => [i.level2, i.name, i.target.raw]);
}

describe('a template’s own level words over its indicators, cells one a paragraph', () => {
  it('reads each indicator with its value, the template’s words as its levels, the page’s links as none', async () => {
    const read = await indicators();
    expect(read.map(([, name, value]) => [name, value])).toEqual([
      ['劳务报酬占中央投资比例', '≥31%'],
      ['参与工程建设群众满意度', '≥90%'],
      ['投资计划分解用时', '≤20工作日'],
      ['中央预算内投资支付率', '≥95%'],
      ['年度计划投资完成率', '≥95%'],
    ]);
    expect(read.slice(2).map(([level2]) => level2)).toEqual(['计划管理指标', '资金管理指标', '资金管理指标']);
  });
});
