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

  // Made for these tests: a row's second indicator without a figure in its value (覆盖全区所有人员), under a row
  // read whole; and a 成本指标 row whose name and value are both sentences.
  const MORE = [
    HEADER,
    '数量指标 为符合条件的家庭发放补助 60户',
    '宣传到户 覆盖全部家庭',
    '时效指标 项目实施时间 2021年1月-12月',
    '补助拨付情况 12月底前全部到位',
    '成本指标 严控成本,按标准发放,不扩大范围 严格按照补助标准落实各项工作',
  ];

  it('reads two words after a row read whole as the next row’s name and value, figure or not', () => {
    expect(tableCells(splitSpacedRows(lines(...MORE))).slice(1, 5)).toEqual([
      ['数量指标', '为符合条件的家庭发放补助', '60户'],
      ['宣传到户', '覆盖全部家庭'],
      ['时效指标', '项目实施时间', '2021年1月-12月'],
      ['补助拨付情况', '12月底前全部到位'],
    ]);
  });

  it('leaves two words after a level and one word (its value may follow) and under a 自评表 header as text', () => {
    const afterLevel = splitSpacedRows(lines(HEADER, '数量指标 为符合条件的家庭', '发放补助 全部家庭'));
    expect(tableCells(afterLevel)).toHaveLength(2);
    const scoring = splitSpacedRows(
      lines(
        '一级指标 二级指标 三级指标 指标值 实际完成值 得分',
        '产出指标 质量指标 覆盖率 98% 100% 25',
        '预算执行率 预算执行率',
      ),
    );
    expect(tableCells(scoring)).toHaveLength(2);
  });

  it('places a row of a level and two sentences as 二级 | 三级 | 指标值 and reads every row', async () => {
    const text = ['项目支出绩效目标申报表', '项目名称 某某补助', '预算单位 区某某局', ...MORE].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'project') throw new Error('no project form read');
    expect(f.indicators.map((i) => [i.level2, i.name, i.target?.raw])).toEqual([
      ['数量指标', '为符合条件的家庭发放补助', '60户'],
      ['数量指标', '宣传到户', '覆盖全部家庭'],
      ['时效指标', '项目实施时间', '2021年1月-12月'],
      ['时效指标', '补助拨付情况', '12月底前全部到位'],
      ['成本指标', '严控成本,按标准发放,不扩大范围', '严格按照补助标准落实各项工作'],
    ]);
  });
});
