import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { recognizeDocument } from './recognize-forms.ts';

/** The rows as a spreadsheet gives them: the title lines alone, the table's rows cell by cell. */
const project = (cells: string[][]) => {
  const rows: Row[] = cells.map((c) => ({ cells: c, table: c.length > 1 }));
  const [f] = recognizeDocument(rows).forms;
  if (f?.kind !== 'project') throw new Error('no project form');
  return f;
};

// Made for these tests in the shape of a city's 部门预算项目支出绩效目标申报表 as a spreadsheet gives it
// (wide/442's template): blocks headed by a cell merged down the first column (项目基本情况, 项目资金情况,
// 绩效目标情况), kept in the block's first row only; last year's two columns before this year's request; the
// indicator header in two rows, 指标名称 over 二级指标 | 三级指标.
const HEAD = [
  ['某市部门预算项目支出绩效目标申报表'],
  ['编制单位(盖章):某市图书馆'],
  ['项目基本情况', '项目名称', '阅读推广活动经费', '', '', '', ''],
  ['', '项目负责人', '张三', '联系电话', '0459-1234567', '', ''],
];
const FUNDS = [
  ['项目资金情况', '资金来源 (万元)', '项目', '上年度预算安排', '上年度实际执行', '本年度申请金额', ''],
  ['', '', '合计', '45', '44.6', '48.6', ''],
  ['', '', '财政拨款', '——', '——', '48.6', ''],
];
const TABLE = [
  ['绩效目标情况', '预期目标', '内容', '', '部门(单位)申报', '', ''],
  ['', '', '预期效果', '', '全市居民综合阅读率提高', '', ''],
  ['', '绩效 指标', '指标名称', '', '上年度 实际水平', '本年度 计划水平', '指标内容/计算公式'],
  ['', '', '二级指标', '三级指标', '', '', ''],
  ['', '', '目标完成程度', '1.活动场次', '4场', '≥4场', '全年举办活动场次'],
  ['', '', '', '2.培训人数', '186人', '≥200人', '参加培训的人数'],
  ['', '', '项目实施效益', '1.读者满意度', '96%', '≥95%', '满意问卷数/有效问卷数'],
];

describe('a 申报表 whose blocks are headed by a cell merged down the first column', () => {
  it('reads the project named in the row after the block heading', () => {
    const f = project([...HEAD, ...TABLE]);
    expect(f.name).toBe('阅读推广活动经费');
  });

  it('takes this year’s 合计 after last year’s two columns as the budget', () => {
    const f = project([...HEAD, ...FUNDS, ...TABLE]);
    expect(f.budget.total).toBe('48.6');
  });

  it('reads 指标名称 over 二级指标 | 三级指标 with this year’s planned level as the target', () => {
    const f = project([...HEAD, ...FUNDS, ...TABLE]);
    expect(f.indicators.map((i) => [i.level2, i.name, i.target.raw])).toEqual([
      ['目标完成程度', '活动场次', '≥4场'],
      ['目标完成程度', '培训人数', '≥200人'],
      ['项目实施效益', '读者满意度', '≥95%'],
    ]);
  });
});

describe('withoutBlockHeading', () => {
  const row = (...cells: string[]): Row => ({ cells, table: true });
  it('takes out a block heading and a funds heading with its points before a label', async () => {
    const { withoutBlockHeading } = await import('./block-heading.ts');
    expect(withoutBlockHeading(row('', '项目基本情况', '项目名称', '某项目')).cells).toEqual([
      '',
      '项目名称',
      '某项目',
    ]);
    expect(withoutBlockHeading(row('预算执行（10分）', '项目总预算', '50')).cells).toEqual([
      '项目总预算',
      '50',
    ]);
  });

  it('gives back a row led by any other cell, turned away by its first character', async () => {
    const { withoutBlockHeading } = await import('./block-heading.ts');
    const given = [
      row('', '产出指标', '数量指标'),
      row('（万元）', '项目名称', 'x'),
      row('项目名称', '某项目'),
    ];
    expect(given.map(withoutBlockHeading)).toEqual(given);
    for (const r of given) expect(withoutBlockHeading(r)).toBe(r);
  });
});
