import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';
import { splitSpacedRows } from './spaced-rows.ts';

const lines = (...texts: string[]): Row[] => texts.map((t, k) => paragraph(t, k + 1));
const tableCells = (rows: Row[]) => rows.filter((r) => r.table).map((r) => r.cells);

// Made for these tests in the shape of a county's 项目支出绩效目标表 copied with one space between cells: its
// 指标值 split into 计算符号 | 年初目标值 | 计量单位, the empty cells gone, merged levels left as indentation.
const ROWS = [
  '产出指标 成本指标 人均补助标准 589 元/人',
  '        资金到位情况 资金及时到位100%',
  '    数量指标 参保人数 43230 人',
  '        符合政策规定 定性 补助使用符合政策规定',
];
const CELLS = [
  ['产出指标', '成本指标', '人均补助标准', '', '589', '元/人'],
  ['', '', '资金到位情况', '', '资金及时到位100%', ''],
  ['', '数量指标', '参保人数', '', '43230', '人'],
  ['', '', '符合政策规定', '定性', '补助使用符合政策规定', ''],
];

describe('a target table whose 指标值 is split in parts, copied with one space between cells', () => {
  it('reads a name and a worded value without a figure, indented under a row, as a row of the table', () => {
    const rows = splitSpacedRows(
      lines('一级指标 二级指标 指标名称 年度指标值', '            计算符号 年初目标值 计量单位', ...ROWS),
    );
    expect(tableCells(rows)).toEqual([
      ['一级指标', '二级指标', '指标名称', '计算符号', '年初目标值', '计量单位'],
      ...CELLS,
    ]);
  });

  it('joins a header whose every heading is broken over its two rows (一级 / 指标 … 计算 / 符号)', () => {
    const rows = splitSpacedRows(
      lines('一级 二级 三级 计算 年初 计量', '指标 指标 指标名称 符号 目标值（A） 单位', ...ROWS),
    );
    expect(tableCells(rows)).toEqual([
      ['一级指标', '二级指标', '三级指标名称', '计算符号', '年初目标值（A）', '计量单位'],
      ...CELLS,
    ]);
  });

  it('leaves a two-row header of other columns (分值, 得分) to the readers after it', () => {
    const rows = splitSpacedRows(
      lines('一级 二级 三级 分值 得分', '指标 指标 指标 值 值', '产出指标 数量指标 人数 10 9'),
    );
    expect(tableCells(rows)[0]).not.toEqual(['一级指标', '二级指标', '三级指标', '分值', '得分']);
  });
});
