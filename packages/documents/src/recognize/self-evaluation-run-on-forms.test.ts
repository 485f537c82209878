import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of corpus wide/395 as a .docx or saved page: two projects' 自评表 in one table
// under one title, the second opening with its 项目名称 row right after the first one's 总分.
function block(name: string, annual: string, indicator: string[]): string[][] {
  return [
    ['项目名称', name, '', '', '', '', ''],
    ['主管部门', '某区文化馆', '', '实施单位', '某区文化馆', '', ''],
    ['项目资金(万元)', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率'],
    ['', '年度资金总额', annual, annual, annual, '10', '100%'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
    ['', '产出指标', '数量指标', ...indicator],
    ['总分', '', '', '', '', '', '100'],
  ];
}

describe('two 自评表 run on in one table', () => {
  it('are two: the second 项目名称 after an indicator table begins the next project’s', async () => {
    const rows = [
      ...block('非遗展演经费', '30', ['展演场次', '12场', '12场', '20']),
      ...block('馆藏修复经费', '40', ['修复件数', '50件', '48件', '20']),
    ];
    const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<html><head><meta charset="utf-8"></head><body><h2>项目支出绩效自评表</h2><p>(2021年度)</p><table>${rows.map(tr).join('')}</table></body></html>`;
    const out = await importBuffer(new TextEncoder().encode(html), 'selfeval.html');
    const docs = out.ok ? out.evaluations : [];
    expect(
      docs.map((d) =>
        d.kind === 'self-evaluation' ? [d.name, d.budget.annual, d.indicators.map((i) => i.name)] : null,
      ),
    ).toEqual([
      ['非遗展演经费', '30', ['展演场次']],
      ['馆藏修复经费', '40', ['修复件数']],
    ]);
  });
});
