// A target counted in a measure word (680人) and its actual run into the score column and the next name
// (680人652人国家助学金人数, a preview that glued a 自评表's cells): the actual keeps the word, not 65 | 2.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'score'];
const rows = (text: string) => readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('an actual counted in its target’s word', () => {
  it('keeps 652人 whole rather than 65 | 2 with 人 opening the next name', () => {
    // Made for this test after wide/463 (a 湖北 学生资助 自评表 whose digits were written back by hand).
    expect(rows('某类奖励人数680人652人某类补助人数3900人3750人')).toEqual([
      { name: '某类奖励人数', cells: { target: '680人', actual: '652人' } },
      { name: '某类补助人数', cells: { target: '3900人', actual: '3750人' } },
    ]);
  });

  it('still reads a bare actual under a percent target and a score after it', () => {
    expect(rows('某项达标率≥95%9610某项满意度≥90%9510')).toEqual([
      { name: '某项达标率', cells: { target: '≥95%', actual: '96', score: '10' } },
      { name: '某项满意度', cells: { target: '≥90%', actual: '95', score: '10' } },
    ]);
  });
});

describe('a 监控表’s actual to date counted in its target’s word', () => {
  const monitor = (text: string) =>
    readFusedRows(atomsOf([text]), ['name', 'target', 'actualToDate'], { maxWeight: null });

  it('keeps the word with the figure (58场), not opening the next name', () => {
    // Made for this test after wide/483 (a 杭州 监控表 copied without cell breaks).
    expect(monitor('某类活动场次≥120场58场某类下乡场次≥200场96场')).toEqual([
      { name: '某类活动场次', cells: { target: '≥120场', actualToDate: '58场' } },
      { name: '某类下乡场次', cells: { target: '≥200场', actualToDate: '96场' } },
    ]);
  });

  it('keeps the word where a 计量单位 column is headed but the row prints its unit with the figures', () => {
    // Made for this test after wide/484 (计算符号 | 年初目标值 | 计量单位 | 截至7月底完成值, the unit column left
    // empty, each figure carrying its word): 0.8万亩, not 0.8 with 万亩 opening the next name.
    const cols: IndicatorColumn[] = ['name', 'op', 'target', 'unit', 'actualToDate'];
    expect(
      readFusedRows(atomsOf(['某类农田面积≥2万亩0.8万亩某类机井数量120眼55眼']), cols, { maxWeight: null }),
    ).toEqual([
      { name: '某类农田面积', cells: { target: '≥2万亩', actualToDate: '0.8万亩' } },
      { name: '某类机井数量', cells: { target: '120眼', actualToDate: '55眼' } },
    ]);
  });

  it('leaves it bare where a 计量单位 column prints the row’s unit once, after the target', async () => {
    // Made for this test after wide/476 (a 监控表 under 截至7月底完成值 | 计算符号 | 年初目标值 | 度量单位, run together).
    const text =
      '项目绩效运行监控表(2024年度)单位:万元项目全称某县农村供水工程维修部门名称某县水利局项目资金(万元)' +
      '截至7月底执行数预算执行进度资金总额100.0040.00%一级二级三级截至计算年初度量偏差指标指标指标名称' +
      '7月底完成值符号目标值(A)单位原因产出指标数量指标维修供水工程12≥30处更换管网长度14.5≥40公里受益人口3.1≥6.6万人';
    const out = await importBuffer(new TextEncoder().encode(`${text}\n`), 'joined.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    const rows = (doc?.kind === 'monitoring' ? doc.indicators : []).map((i) => [i.name, i.target?.raw]);
    expect(rows).toEqual([
      ['维修供水工程', '≥30处'],
      ['更换管网长度', '≥40公里'],
      ['受益人口', '≥6.6万人'],
    ]);
  });
});
