// A 自评表 on a grid (a saved web page, a workbook): every row has the header's width, so a cell's position
// says its column. An unscored row (得分 left empty) or one without its 实际完成值 keeps its figures in their
// columns instead of sliding them to the right. Tables written for the test in the layout of wide/122 (丽江).
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../src/import-document.ts';

const page = (rows: string[][]) =>
  `<html><head><meta charset="utf-8"></head><body><p>2020年度项目支出绩效自评表</p><table>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</table></body></html>`;

const HEAD = [
  ['项目名称', '某某补助经费', '', '', '', '主管部门', '某某局', '', '', ''],
  ['项目资金 (万元)', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '', ''],
  ['年度资金总额', '', '7.29', '7.29', '7.29', '10', '100%', '10', '', ''],
  ['绩效指标', '', '', '年度指标值', '', '', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '', '', '', ''],
];

async function indicatorsOf(rows: string[][]) {
  const outcome = await importBuffer(new TextEncoder().encode(page(rows)), 'grid.html');
  if (!outcome.ok) throw new Error(outcome.error.message);
  const form = outcome.evaluations[0]!;
  if (form.kind !== 'self-evaluation') throw new Error(`not a 自评表: ${form.kind}`);
  return form.indicators.map((i) => [i.name, i.actual?.raw ?? '', i.weight ?? '', i.score ?? '']);
}

describe('自评表 rows on the header’s grid', () => {
  it('keeps an unscored row’s 实际完成值 and 分值 in their columns', async () => {
    const rows = [
      ...HEAD,
      ['产出指标', '质量指标', '项目验收合格率', '=', '100', '%', '100', '20', '19', ''],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥', '95', '%', '95', '10', '', ''],
    ];
    expect(await indicatorsOf(rows)).toEqual([
      ['项目验收合格率', '100', '20', '19'],
      ['满意度', '95', '10', ''],
    ]);
  });

  it('keeps a row without its 实际完成值 scored in its 分值 and 得分 columns', async () => {
    const rows = [...HEAD, ['产出指标', '质量指标', '项目验收合格率', '=', '100', '%', '', '20', '19', '']];
    expect(await indicatorsOf(rows)).toEqual([['项目验收合格率', '', '20', '19']]);
  });
});
