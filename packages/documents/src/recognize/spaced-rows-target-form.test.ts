import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';
import { importBuffer } from '../import-document.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';
import { splitSpacedRows } from './spaced-rows.ts';

const lines = (...texts: string[]): Row[] => texts.map((t, k) => paragraph(t, k + 1));
const tableCells = (rows: Row[]) => rows.filter((r) => r.table).map((r) => r.cells);

// Made for these tests in the shape of a district's 项目支出绩效目标申报表 copied as text with one space between
// cells: the header names the three levels and a 指标值 with a note in brackets; the bands broken before 指标.
const HEADER = '绩效指标 一级指标 二级指标 三级指标 指标值(包含数字及文字描述)';
const TABLE = [
  HEADER,
  '绩效指标 项目完成',
  '指标',
  '数量指标 为符合条件的家庭发放补助 60户',
  '时效指标 项目实施时间 2021年1月-12月',
  '项目效益',
  '指标',
  '可持续影响',
  '指标',
  '实现社会稳定和谐发展 长期',
  '满意度指标 满意度指标 受益群众满意度 ≥90%',
];

describe('a target form’s indicator table copied with one space between cells', () => {
  it('names the value column by the heading before a note in brackets', () => {
    expect(indicatorColumnOf('指标值(包含数字及文字描述)')).toBe('targetValue');
    expect(indicatorColumnOf('情况说明(包含数字及文字描述)')).toBeNull();
  });

  it('cuts the header naming every level and its rows; a band broken before 指标 is joined, its block heading dropped', () => {
    expect(tableCells(splitSpacedRows(lines(...TABLE)))).toEqual([
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值(包含数字及文字描述)'],
      ['项目完成指标'],
      ['数量指标', '为符合条件的家庭发放补助', '60户'],
      ['时效指标', '项目实施时间', '2021年1月-12月'],
      ['项目效益指标'],
      ['可持续影响指标'],
      ['实现社会稳定和谐发展', '长期'],
      ['满意度指标', '满意度指标', '受益群众满意度', '≥90%'],
    ]);
  });

  it('leaves a header without the three levels as text (一级 and 指标值 only)', () => {
    expect(tableCells(splitSpacedRows(lines('绩效指标 一级指标 指标值', '数量指标 发放补助 60户')))).toEqual(
      [],
    );
  });

  it('reads the indicators of the form, each with its value', async () => {
    const text = [
      '项目支出绩效目标申报表',
      '(2021年度)',
      '项目名称 某某补助',
      '预算单位 区某某局',
      ...TABLE,
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'project') throw new Error('no project form read');
    expect(f.indicators.map((i) => [i.name, i.target?.raw])).toEqual([
      ['为符合条件的家庭发放补助', '60户'],
      ['项目实施时间', '2021年1月-12月'],
      ['实现社会稳定和谐发展', '长期'],
      ['受益群众满意度', '≥90%'],
    ]);
  });
});
