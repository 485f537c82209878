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
});
