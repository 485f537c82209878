import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { composeTarget } from './evaluation-table.ts';
import { readFusedRows } from './evaluation-fused.ts';
import { readRowValues } from './fused-row-search.ts';
import { atomsOf } from './evaluation-atoms.ts';
import { foldLowerHeaderRow } from './evaluation-two-row-band.ts';
import { isSignOrGlossedUnit, isUnitText } from './unit-gloss.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

describe('a header band printed in two rows, read as one run of labels', () => {
  it('puts 符号 and 单位 round the 预期指标值 and the 自评得分 parts in its place; 指标分值 over the 指标解释 is a remark', () => {
    const labels: IndicatorColumn[] = [
      'level1',
      'level2',
      'name',
      'weight',
      'target',
      'actual',
      'remark',
      'score',
      'op',
      'unit',
      'score',
      'weight',
      'remark',
    ];
    expect(foldLowerHeaderRow(labels)).toEqual([
      'level1',
      'level2',
      'name',
      'remark',
      'op',
      'target',
      'unit',
      'actual',
      'remark',
      'score',
      'weight',
      'remark',
    ]);
  });

  it('reads a 年初目标值 of the lower row as the value under the target group, not under the last column', () => {
    // 一级指标 二级指标 指标名称 年度指标值 1-6月执行情况 / 计算符号 年初目标值 计量单位, a 监控表 copied with spaces.
    const labels: IndicatorColumn[] = [
      'level1',
      'level2',
      'name',
      'target',
      'actualToDate',
      'op',
      'target',
      'unit',
    ];
    expect(foldLowerHeaderRow(labels)).toEqual([
      'level1',
      'level2',
      'name',
      'op',
      'target',
      'unit',
      'actualToDate',
    ]);
  });

  it('leaves a one-row band, and a 年度指标值 over 指标性质 | 指标值 | 度量单位, as they were', () => {
    const oneRow: IndicatorColumn[] = [
      'level1',
      'level2',
      'name',
      'op',
      'target',
      'unit',
      'actual',
      'weight',
      'score',
    ];
    expect(foldLowerHeaderRow(oneRow)).toEqual(oneRow);
    const grouped: IndicatorColumn[] = [
      'name',
      'target',
      'actual',
      'weight',
      'score',
      'op',
      'targetValue',
      'unit',
    ];
    expect(foldLowerHeaderRow(grouped)).toEqual(grouped);
  });
});

describe('a unit glossed in brackets', () => {
  it('is a unit: %(百分比), 人（数量）; a word in brackets after a name is not', () => {
    expect(isUnitText('%(百分比)')).toBe(true);
    expect(isUnitText('人（数量）')).toBe(true);
    expect(isUnitText('%')).toBe(true);
    expect(isUnitText('比例(百分比)')).toBe(false);
    expect(isSignOrGlossedUnit('%(百分比)')).toBe(true);
    expect(isSignOrGlossedUnit('人')).toBe(false);
  });
});

describe('a row copied with one space between its cells', () => {
  const columns: IndicatorColumn[] = [
    'remark',
    'op',
    'target',
    'unit',
    'actual',
    'remark',
    'score',
    'weight',
    'remark',
  ];
  const line = '办理及时率 按时办结的事项占受理事项的比例 >= 99 %(百分比) 100% 完成 20.00 20.00 4.00';

  it('places the comparator, the value and its glossed unit apart, a comparator never a value', () => {
    const atoms = atomsOf([line]);
    const { cells } = readRowValues(atoms.slice(1), columns);
    expect(cells).toMatchObject({
      op: '>=',
      target: '99',
      unit: '%(百分比)',
      actual: '100%',
      score: '20.00',
    });
    expect(readRowValues(atomsOf(['>= 99']), ['target', 'actual']).cells.target).not.toBe('>=');
  });

  it('reads one row: 完成 (the 完成情况), with or without figures beside it, names no indicator', () => {
    const rows = readFusedRows(atomsOf([line]), ['name', ...columns], { maxWeight: null });
    expect(rows.map((r) => r.name)).toEqual(['办理及时率']);
  });

  it('composes >= typed as two characters with the value and unit', () => {
    const cells: Partial<Record<IndicatorColumn, string>> = { op: '>=', target: '99', unit: '%' };
    composeTarget(cells);
    expect(cells.target).toBe('>=99%');
  });
});

describe('a county 预算项目绩效自评表 exported with one space between cells', () => {
  // Made for this test in the shape of such an export: a two-row indicator header whose 指标分值 column holds
  // each row's 指标解释, and the rate under 预算执行进度(%) printed without its %.
  const text = [
    '某某县民政局2020年度预算项目绩效自评表',
    '一、基本情况 项目名称: 某某老人津贴 是否为专项资金: 实施(主管)单位 314002-某某县民政局机关 金额单位: 万元',
    '二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)',
    '预算数 8.00 到位数 8.00 执行数 6.00 75.00',
    '四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 单项指标实际完成值 单项指标完成情况 自评得分',
    '符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分',
    '产出指标 数量指标 发放人数 领取津贴的老人人数 >= 19 人(人数) 19人 完成 40.00 40.00 16.00',
    '时效指标 发放及时率 按月发放的比例 >= 99 %(百分比) 100% 完成 30.00 30.00 9.00',
    '满意度指标 服务对象满意度指标 服务对象满意度 老人对发放工作的满意程度 >= 95 %(百分比) 100% 完成 20.00 20.00 4.00',
  ].join('\n');

  it('reads the indicator rows, the 指标解释 put aside, and the rate', async () => {
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const e = out.ok ? out.evaluations[0] : undefined;
    if (e?.kind !== 'self-evaluation') throw new Error(out.ok ? 'no 自评表 read' : out.error.message);
    expect(e.indicators.map((i) => [i.name, i.target.raw, i.actual.raw])).toEqual([
      ['发放人数', '>=19人(人数)', '19人'],
      ['发放及时率', '>=99%(百分比)', '100%'],
      ['服务对象满意度', '>=95%(百分比)', '100%'],
    ]);
    expect(e.budget).toMatchObject({ annual: '8.00', executed: '6.00', rate: '75' });
  });

  it('reads the corpus copy (成安 wide/242) whole', async () => {
    const data = readFileSync(new URL('../../test/corpus/wide/242_selfeval.txt', import.meta.url));
    const out = await importBuffer(new Uint8Array(data), '242_selfeval.txt');
    const e = out.ok ? out.evaluations[0] : undefined;
    if (e?.kind !== 'self-evaluation') throw new Error(out.ok ? 'no 自评表 read' : out.error.message);
    expect(e.indicators.map((i) => [i.name, i.actual.raw])).toEqual([
      ['符合条件申报对象覆盖率', '100%'],
      ['完成率', '100%'],
      ['补贴发放率', '100%'],
      ['服务对象满意度', '100%'],
    ]);
    expect(e.indicators[0]!.target.raw).toMatch(/^>=98%/);
    expect(e.budget.rate).toBe('100');
  });
});
