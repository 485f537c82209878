import { describe, expect, it } from 'vitest';
import type { StreamCell } from './evaluation-cells.ts';
import { beforeRunInLabels, readHead } from './evaluation-head.ts';

const stream = (...texts: string[]): StreamCell[] =>
  texts.map((text, row) => ({ text, row, line: null, table: true }));

describe('the head of a 自评表', () => {
  it('reads the unit of two labels paired by a slash whose values are paired too', () => {
    const s = stream('项目名称', '乡村道路养护', '项目实施单位', '/', '项目负责人', '某某县交通站/张三');
    expect(readHead(s, s.length).unit).toBe('某某县交通站');
  });

  it('reads a unit written after its label as it stands', () => {
    const s = stream('项目名称', '乡村道路养护', '项目实施单位', '某某县交通站', '项目负责人', '张三');
    expect(readHead(s, s.length).unit).toBe('某某县交通站');
  });

  it('reads a value a PDF put before its label, wrapped over two lines, where the label has none after it', () => {
    const s = stream(
      '财政项目支出绩效自评表',
      '(2022',
      '年度)',
      '普陀体育中心与委托运营方结',
      '算费用',
      '项目名称',
      '主管部门',
      '某某区体育局',
    );
    expect(readHead(s, s.length).name).toBe('普陀体育中心与委托运营方结算费用');
    expect(readHead(s, s.length).department).toBe('某某区体育局');
  });

  it("does not take another label's value for a label left empty", () => {
    const s = stream('项目名称', '乡村道路养护', '主管部门', '实施单位', '某某县公路站');
    expect(readHead(s, s.length).department).toBeNull();
    expect(readHead(s, s.length).name).toBe('乡村道路养护');
  });

  it('does not take more lines than a wrapped cell has, nor a figure', () => {
    const s = stream('其他资金', '0', '项目名称', '主管部门', '某某县交通局');
    expect(readHead(s, s.length).name).toBeNull();
  });
});

describe('a head value the labels after it ran into', () => {
  it('keeps the value before them (a text layer dropped the gap)', () => {
    // Made for this test after wide/255 (稷山, .xlsx text) and wide/257 (黄石, 项目单位(盖章):… 主要领导签字:).
    expect(beforeRunInLabels('某某镇卫生院全年预算数全年执行数')).toBe('某某镇卫生院');
    expect(beforeRunInLabels('某某县卫生健康局年初预算数 0')).toBe('某某县卫生健康局');
    expect(beforeRunInLabels('某某市图书馆主要领导签字:')).toBe('某某市图书馆');
    expect(beforeRunInLabels('某某县预算执行管理中心')).toBe('某某县预算执行管理中心');
  });
});
