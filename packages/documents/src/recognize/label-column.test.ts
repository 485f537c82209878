import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { readLabelColumn } from './label-column.ts';
import { paragraph } from '../rows/row.ts';

// Made for these tests in the shape of a 专项资金绩效目标表 copied from a library's preview (corpus wide/376): the head's
// labels printed as a column, one a line, some wrapped (部门相应职能职 / 责概述), the values after the column, each
// running on into the label of the form's right-hand column.
const LINES = [
  '专项资金绩效目标表',
  '(2018 年度)',
  '填报单位(盖章):某县农业农村局',
  '专项名称',
  '部门名称',
  '部门相应职能职',
  '责概述',
  '专项立项',
  '依据',
  '专项年度',
  '绩效目标',
  '农作物病虫害防治专项属性延续专项√新增专项□',
  '县植保站资金总额(万元)30',
  '负责全县农作物病虫害监测和防治。',
  '《农作物病虫害防治条例》',
  '二级指标指标内容指标值备注',
  '数量指标',
  '防治面积',
  '≥5万亩',
];

describe('a head whose labels a copy printed as a column, the values after it', () => {
  it('gives the column’s labels the values that ran into the next labels, in order, while each ends at one', () => {
    const rows = readLabelColumn(LINES.map((l) => paragraph(l)));
    const cells = rows.map((r) => r.cells);
    expect(cells[3]).toEqual(['专项名称', '农作物病虫害防治']);
    expect(cells[4]).toEqual(['部门名称', '县植保站']);
    expect(cells[11]).toEqual(['专项属性延续专项√新增专项□']);
    expect(cells[12]).toEqual(['资金总额(万元)30']);
    // The duties' paragraph ends at no label: it is left where it stands.
    expect(cells[13]).toEqual(['负责全县农作物病虫害监测和防治。']);
  });

  it('reads the 专项 and its money', async () => {
    const out = await importBuffer(new TextEncoder().encode(LINES.join('\n')), 'label-column.txt');
    if (!out.ok) throw new Error(out.error.message);
    const f = out.forms[0]!;
    if (f.kind !== 'project') throw new Error(f.kind);
    // Before: no name, no budget (资金总额 read under 县植保站 glued to it).
    expect([f.name, f.budget.total]).toEqual(['农作物病虫害防治', '30']);
  });

  it('leaves label lines alone that are followed by their values one by one', () => {
    const rows = ['项目名称', '某项目', '主管部门', '某局', '实施单位', '某站', '资金总额', '30'].map((l) =>
      paragraph(l),
    );
    expect(readLabelColumn(rows)).toEqual(rows);
  });

  // Made for these tests in the shape of wide/376's and 174's heads without the run-on (variants.ts's headColumn
  // shape): the labels of one-line fields one a line, then their values one a line, then the indicator table.
  const HEAD = [
    '项目支出绩效目标表',
    '项目名称',
    '主管部门',
    '资金总额(万元)',
    '某县乡村道路养护项目',
    '某县交通运输局',
    '48.5',
  ];
  const TABLE = [
    '| 一级指标 | 二级指标 | 三级指标 | 指标值 |',
    '| 产出指标 | 数量指标 | 养护里程 | ≥120公里 |',
  ];

  it('pairs a column of one-line fields’ labels with as many values after it, in order', async () => {
    const rows = readLabelColumn(HEAD.map((l) => paragraph(l)));
    expect(rows.map((r) => r.cells)).toEqual([
      ['项目支出绩效目标表'],
      ['项目名称', '某县乡村道路养护项目'],
      ['主管部门', '某县交通运输局'],
      ['资金总额(万元)', '48.5'],
    ]);
    const out = await importBuffer(
      new TextEncoder().encode([...HEAD, ...TABLE].join('\n')),
      'head-column.txt',
    );
    if (!out.ok) throw new Error(out.error.message);
    const f = out.forms[0]!;
    if (f.kind !== 'project') throw new Error(f.kind);
    // Before: no name, unit or budget (the labels had no values beside them).
    expect([f.name, f.supervisor, f.budget.total]).toEqual([
      '某县乡村道路养护项目',
      '某县交通运输局',
      '48.5',
    ]);
  });

  it('pairs one label and its value alone on their lines only before a table’s row', () => {
    const before = readLabelColumn([
      paragraph('项目名称'),
      paragraph('某项目'),
      { cells: ['一级指标', '二级指标'], table: true },
    ]);
    expect(before[0]!.cells).toEqual(['项目名称', '某项目']);
    const inTurn = ['项目名称', '某项目', '实施单位'].map((l) => paragraph(l));
    expect(readLabelColumn(inTurn)).toEqual(inTurn);
  });

  it('leaves the column where the lines after it do not fit its labels', () => {
    // A figure where a name is due, or a value more than the labels: no pairing.
    const figure = ['项目名称', '主管部门', '48.5', '某局', '一级指标'].map((l) => paragraph(l));
    expect(readLabelColumn(figure)).toEqual(figure);
    const extra = ['项目名称', '主管部门', '某项目', '某局', '某站'].map((l) => paragraph(l));
    expect(readLabelColumn(extra)).toEqual(extra);
  });
});

describe('a label left blank above a line that is a label and its value', () => {
  // Made for this test after wide/272 (a space-aligned copy of 芜湖's 申报明细表): the unit's label left for the seal,
  // then 项目名称 and its value on one line, then the head's table rows.
  const rows = [
    paragraph('申报单位名称:(盖章)', 1),
    paragraph('       项目名称 某某病种筛查经费', 2),
    { cells: ['', '项目类型', '部门预算 □', '切块预算 □'], table: true, line: 3 },
  ];

  it('pairs nothing: the line keeps its own label', () => {
    const out = readLabelColumn(rows);
    expect(out[0]!.cells).toEqual(['申报单位名称:(盖章)']);
    expect(out[1]!.cells).toEqual(['       项目名称 某某病种筛查经费']);
  });

  it('still pairs a label with a value line of plain text', () => {
    const plain = [paragraph('申报单位名称', 1), paragraph('某某市疾病预防控制中心', 2), rows[2]!];
    expect(readLabelColumn(plain)[0]!.cells).toEqual(['申报单位名称', '某某市疾病预防控制中心']);
  });
});
