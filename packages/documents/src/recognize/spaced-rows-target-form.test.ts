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

// source: wide/275_project.txt (昭化 麻风病防治 绩效目标表, 四川) as another template prints it — 指标值 split into
// 计算符号 / 年度指标值 / 计量单位 under a band — copied with one space between cells, merged level cells as indentation.
describe('a target table whose rows sit indented under merged levels, copied with one space between cells', () => {
  const BAND = ['一级指标 二级指标 三级指标 年度指标值', '            计算符号 年度指标值 计量单位'];
  const ROWS = [
    '产出指标 成本指标 资金拨付到位情况 12 月',
    '        严控成本，严格按照项目资金落实各项工作，不扩大，不增债 定性 严格按照指标任务落实工作',
    '    数量指标 每年春节慰问麻风村休养员、村外康复者和现症病人 32 人',
    '        宣传教育 定性 覆盖全区所有人员',
  ];

  it('reads the band over 计算符号 / 年度指标值 / 计量单位 as one header of six columns', () => {
    expect(tableCells(splitSpacedRows(lines(...BAND, ...ROWS)))[0]).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '计算符号',
      '年度指标值',
      '计量单位',
    ]);
    // A 自评表's band is left to the 自评表 reader, its two rows as printed.
    const scoring = ['一级指标 二级指标 三级指标 年度指标值 实际完成值', '计算符号 年度指标值 计量单位'];
    expect(tableCells(splitSpacedRows(lines(...scoring)))[0]).toHaveLength(5);
  });

  it('keeps reading rows past a name with commas in it and rows whose value is 定性 and a phrase, each laid out as the header', () => {
    const cells = tableCells(splitSpacedRows(lines(...BAND, ...ROWS)));
    expect(cells.slice(1)).toEqual([
      ['产出指标', '成本指标', '资金拨付到位情况', '', '12', '月'],
      [
        '',
        '',
        '严控成本，严格按照项目资金落实各项工作，不扩大，不增债',
        '定性',
        '严格按照指标任务落实工作',
        '',
      ],
      ['', '数量指标', '每年春节慰问麻风村休养员、村外康复者和现症病人', '', '32', '人'],
      ['', '', '宣传教育', '定性', '覆盖全区所有人员', ''],
    ]);
    // The same under the header in one row; a comparator glued to its figure is its own cell again.
    const one = tableCells(
      splitSpacedRows(
        lines(
          '一级指标 二级指标 三级指标 计算符号 年度指标值 计量单位',
          '满意度指标 服务对象满意度指标 服务对象满意度 ≥ 95 %',
          '        受益群众满意度 ≥ 90 分',
        ),
      ),
    );
    expect(one.slice(1)).toEqual([
      ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥', '95%', ''],
      ['', '', '受益群众满意度', '≥', '90', '分'],
    ]);
    // A sentence under the table, set at the margin, is no row, and one set in without a value neither.
    const prose = tableCells(splitSpacedRows(lines(...BAND, ROWS[0]!, '本表由单位填报，财政审核 定性')));
    expect(prose).toHaveLength(2);
    const noValue = tableCells(splitSpacedRows(lines(...BAND, ROWS[0]!, '        严控成本，不扩大 不增债')));
    expect(noValue).toHaveLength(2);
  });

  it('reads an indented name and its qualitative value under a bare target table as a row, a numbered phase as the name’s end', () => {
    const bare = ['一级指标 二级指标 三级指标 目标值', '产出指标 成本指标 资金拨付到位情况 12月'];
    expect(tableCells(splitSpacedRows(lines(...bare, '        宣传教育 覆盖全区所有人员'))).at(-1)).toEqual([
      '宣传教育',
      '覆盖全区所有人员',
    ]);
    expect(tableCells(splitSpacedRows(lines(...bare, '        年增粮食 二期'))).at(-1)).toEqual([
      '年增粮食二期',
    ]);
  });

  it('imports every indicator with its target', async () => {
    const text = ['项目绩效目标表', '专项资金名称 麻风病防治 主管单位 某区卫生局', ...BAND, ...ROWS].join(
      '\n',
    );
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'project') throw new Error('no project form read');
    expect(f.indicators.map((i) => [i.name, i.target?.raw])).toEqual([
      ['资金拨付到位情况', '12月'],
      ['严控成本，严格按照项目资金落实各项工作，不扩大，不增债', '严格按照指标任务落实工作'],
      ['每年春节慰问麻风村休养员、村外康复者和现症病人', '32人'],
      ['宣传教育', '覆盖全区所有人员'],
    ]);
  });
});
