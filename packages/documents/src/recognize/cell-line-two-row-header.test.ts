import { describe, expect, it } from 'vitest';
import type { ColumnRole } from './lexicon-columns.ts';
import { closesNumberedRow, headsNumberedGroup } from './cell-stream-indicators.ts';
import { foldSubHeader } from './cell-stream-header.ts';
import { importBuffer } from '../import-document.ts';
import { isYearHeadingCell, stackedTotalFigures } from './year-columns.ts';
import type { Token } from './tokenize.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// Made for these tests in the shape of a city's 部门预算项目支出绩效目标申报表 copied one cell per line: the 资金
// block's year headings a line each and its 合计 figures after them, the indicator header in two rows
// (指标名称 over 二级指标 | 三级指标) written one after the other, each 二级 group's names numbered from 1 under a 二级
// of the template's own wording, and a 指标内容 column after the value.
const FORM = [
  '某市部门预算项目支出绩效目标申报表',
  '（2026年度）',
  '编制单位（盖章）：某市文化馆',
  '项目名称',
  '2026年群众文化活动经费',
  '项目资金情况',
  '资金来源（万元）',
  '项目',
  '上年度预算安排',
  '上年度实际执行',
  '本年度申请金额',
  '合计',
  '30',
  '29.5',
  '32.4',
  '财政拨款',
  '——',
  '——',
  '32.4',
  '绩效 指标',
  '指标名称',
  '上年度 实际水平',
  '本年度 计划水平',
  '指标内容/计算公式',
  '二级指标',
  '三级指标',
  '目标完成程度',
  '1.惠民演出场次',
  '12场',
  '≥12场',
  '全年举办惠民演出的场次',
  '2.公益培训班期数',
  '8期',
  '≥10期',
  '面向群众开设的培训班期数',
  '项目实施效益',
  '1.参与群众人次',
  '2.1万人次',
  '≥2.5万人次',
  '各场活动签到人次合计',
  '2.群众满意度',
  '93%',
  '≥95%',
  '满意问卷数/有效问卷数×100%',
  '财政主管业务科室审核意见',
  '（盖章） 年 月 日',
].join('\n');

const read = async (text: string) => {
  const out = await importBuffer(bytes(text), 'form.txt');
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'project') throw new Error(out.ok ? 'no project form read' : out.error.message);
  return f;
};

describe('a target form copied one cell per line with a two-row indicator header', () => {
  it('reads every numbered row under its 二级 with its value, the 指标内容 no indicator of its own', async () => {
    const f = await read(FORM);
    expect(f.indicators.map((i) => [i.level2, i.name, i.target?.raw])).toEqual([
      ['目标完成程度', '惠民演出场次', '≥12场'],
      ['目标完成程度', '公益培训班期数', '≥10期'],
      ['项目实施效益', '参与群众人次', '≥2.5万人次'],
      ['项目实施效益', '群众满意度', '≥95%'],
    ]);
  });

  it('keeps a qualitative value before a name numbered 1 as the row’s value, not the next group’s 二级', async () => {
    const text = [
      '某市部门预算项目支出绩效目标申报表',
      '项目名称',
      '2026年群众文化活动经费',
      '二级指标',
      '三级指标',
      '指标值',
      '目标完成程度',
      '1.惠民演出场次',
      '≥12场',
      '2.活动组织情况',
      '规范',
      '1.群众满意度',
      '≥95%',
    ].join('\n');
    const f = await read(text);
    expect(f.indicators.map((i) => [i.level2, i.name, i.target?.raw])).toEqual([
      ['目标完成程度', '惠民演出场次', '≥12场'],
      ['目标完成程度', '活动组织情况', '规范'],
      ['目标完成程度', '群众满意度', '≥95%'],
    ]);
  });

  it('takes the budget from the 合计 figure under 本年度申请金额, the headings and figures a line each', async () => {
    const f = await read(FORM);
    expect(f.budget.total).toBe('32.4');
  });

  it('takes no budget where no this-year heading follows the prior-year ones', async () => {
    const f = await read(FORM.replace('本年度申请金额\n', '备注\n'));
    expect(f.budget.total).toBeNull();
  });
});

describe('foldSubHeader', () => {
  it('puts the 二级 | 三级 of the second header row in the place of 指标名称', () => {
    const roles: ColumnRole[] = ['goal', 'name', 'other', 'value', 'other', 'level2', 'name'];
    const cells = [
      '绩效指标',
      '指标名称',
      '上年度实际水平',
      '本年度计划水平',
      '指标内容',
      '二级指标',
      '三级指标',
    ];
    foldSubHeader(roles, cells);
    expect(roles).toEqual(['goal', 'level2', 'name', 'other', 'value', 'other']);
    expect(cells).toEqual([
      '绩效指标',
      '二级指标',
      '三级指标',
      '上年度实际水平',
      '本年度计划水平',
      '指标内容',
    ]);
  });

  it('leaves a one-row header alone (levels before the name, a value after it)', () => {
    const roles: ColumnRole[] = ['level1', 'level2', 'name', 'value'];
    const cells = ['一级指标', '二级指标', '三级指标', '指标值'];
    foldSubHeader(roles, cells);
    expect(roles).toEqual(['level1', 'level2', 'name', 'value']);
    expect(cells).toEqual(['一级指标', '二级指标', '三级指标', '指标值']);
  });
});

const text = (t: string): Token => ({ kind: 'text', text: t, split: false });
const value = (t: string): Token => ({ kind: 'value', text: t, split: false });

describe('headsNumberedGroup and closesNumberedRow', () => {
  it('takes a short word before a name numbered 1 for its group’s 二级, not one before a later number', () => {
    expect(headsNumberedGroup(text('项目实施效益'), text('1.参与群众人次'))).toBe(true);
    expect(headsNumberedGroup(text('项目实施效益'), text('2.群众满意度'))).toBe(false);
    expect(headsNumberedGroup(text('全年举办惠民演出的场次统计口径'), text('1.参与群众人次'))).toBe(false);
  });

  it('closes a numbered row with a text that has no value after it, not with one a value follows', () => {
    expect(closesNumberedRow('1.惠民演出场次', '全年举办惠民演出的场次', text('2.公益培训班期数'))).toBe(
      true,
    );
    expect(closesNumberedRow('1.惠民演出场次', '公益培训班期数', value('≥10期'))).toBe(false);
    expect(closesNumberedRow('惠民演出场次', '全年举办惠民演出的场次', text('公益培训班期数'))).toBe(false);
  });
});

describe('the 资金 block a cell a line', () => {
  it('knows a year heading alone in its cell, and the 合计 figures a row each', () => {
    expect(isYearHeadingCell('本年度申请金额')).toBe(true);
    expect(isYearHeadingCell('上年度 预算安排')).toBe(true);
    expect(isYearHeadingCell('资金测算依据及说明')).toBe(false);
    const rows = ['合计', '30', '29.5', '32.4', '财政拨款'].map((c) => ({ cells: [c] }));
    expect(stackedTotalFigures(rows, 1)).toEqual({ figures: ['30', '29.5', '32.4'], end: 4 });
    expect(stackedTotalFigures(rows, 3)).toBeNull();
  });
});
