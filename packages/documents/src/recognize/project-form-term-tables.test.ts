import { describe, expect, it } from 'vitest';
import { projectFormOfText } from './project-form-of-text.test-support.ts';
import { recognizeForms } from './recognize-forms.ts';
import type { Row } from '../rows/row.ts';

// Made for these tests in the shape of a county's 财政支出项目绩效目标申报表 as a library's preview gives it: pipe rows,
// the page's title printed again at the head of each page, and two indicator tables one after the other under
// headings of their own (长期绩效指标, 年度绩效指标) — the same names in both with different values.
const TITLE = '某县财政支出项目绩效目标申报表';
const table = (values: [string, string]) => [
  '| 一级指标 | 二级指标 | 指标内容 | 指标值 | 备注 |',
  `| 产出指标 | 数量指标 | 新建示范基地面积 | ${values[0]} |  |`,
  `| 效益指标 | 经济效益指标 | 农户亩均增收 | ${values[1]} |  |`,
];
const form = (longHeading: string, annualHeading: string) =>
  [
    TITLE,
    '( 2025 年度)',
    '| 项目名称 | 2025年茶叶示范基地建设项目 |',
    '| 项目实施单位 | 某县茶叶产业发展中心 |',
    TITLE,
    `| ${longHeading} |`,
    ...table(['≥3000亩', '≥500元']),
    TITLE,
    `| ${annualHeading} |`,
    ...table(['≥1000亩', '≥200元']),
  ].join('\n');

const read = (text: string) => projectFormOfText(text);

describe('a target form printing its 长期 and 年度 indicator tables one after the other', () => {
  it('holds each table’s rows under the term its heading gives, the title repeated on the heading’s line', async () => {
    const f = await read(form('长期绩效指标', '年度绩效指标'));
    expect(f.indicators.map((i) => [i.term, i.name, i.target?.raw])).toEqual([
      ['long', '新建示范基地面积', '≥3000亩'],
      ['long', '农户亩均增收', '≥500元'],
      ['annual', '新建示范基地面积', '≥1000亩'],
      ['annual', '农户亩均增收', '≥200元'],
    ]);
  });

  it('reads headings that name no term as before: one table after another, no term taken from them', async () => {
    const f = await read(form('绩效指标', '绩效指标'));
    expect(f.indicators.map((i) => i.term)).toEqual(['annual', 'annual', 'annual', 'annual']);
  });
});

// The same form as a Word table gives it: each heading a row of its own across the table's width, a template's
// …… left where a 二级 has no indicator.
const tableRows = (heading: string, values: [string, string]): Row[] =>
  [
    [heading, '', '', '', ''],
    ['一级指标', '二级指标', '指标内容', '指标值', '备注'],
    ['产出指标', '数量指标', '新建示范基地面积', values[0], ''],
    ['', '时效指标', '…', '', ''],
    ['', '…', '', '', ''],
    ['效益指标', '经济效益指标', '农户亩均增收', values[1], ''],
    ['', '环境效益指标', '…', '', ''],
    ['', '……', '', '', ''],
  ].map((cells) => ({ cells, table: true }));

describe('the two tables as a Word table’s rows, each heading a row across the table', () => {
  it('gives each table the term of its heading and keeps the header as printed', () => {
    const rows: Row[] = [
      { cells: [TITLE], table: false },
      { cells: ['项目名称', '2025年茶叶示范基地建设项目', '', '', ''], table: true },
      ...tableRows('长期绩效指标', ['≥3000亩', '≥500元']),
      ...tableRows('年度绩效指标', ['≥1000亩', '≥200元']),
    ];
    const f = recognizeForms(rows)[0];
    if (f?.kind !== 'project') throw new Error('no project form read');
    expect(f.indicators.map((i) => [i.term, i.level2, i.name, i.target?.raw])).toEqual([
      ['long', '数量指标', '新建示范基地面积', '≥3000亩'],
      ['long', '经济效益指标', '农户亩均增收', '≥500元'],
      ['annual', '数量指标', '新建示范基地面积', '≥1000亩'],
      ['annual', '经济效益指标', '农户亩均增收', '≥200元'],
    ]);
  });
});
