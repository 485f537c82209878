// A target form with 指标性质 | 年初目标值 | 计量单位 copied one cell per line, a row's target written as a list of
// measures in its one cell (建筑面积2.6万平方米,展示面积1万平方米): the cell, standing where the row awaits its value,
// is the value whole — not a name with figures glued on, cut into the next rows (issue 12's headColumn variants of
// wide/377).
import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';
import { retabulate } from './cell-stream.ts';

const stream = (...cells: string[]): Row[] => cells.map((c, k) => paragraph(c, k + 1));
const headed = (...rest: string[]) =>
  stream(
    '项目名称',
    'X',
    '单位名称',
    'Y',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标性质',
    '年初目标值',
    '计量单位',
    ...rest,
  );
const indicatorRows = (rows: Row[]) => rows.slice(3).map((r) => r.cells);

describe('a list of measures in the value cell', () => {
  it('is the row’s value whole', () => {
    const rows = retabulate(
      headed(
        '产出指标',
        '数量指标',
        '物管服务面积',
        '',
        '建筑面积2.6万平方米,展示面积1万平方米',
        '',
        '',
        '质量指标',
        '达标率',
        '',
        '100',
        '%',
        '',
      ),
    );
    expect(indicatorRows(rows)).toEqual([
      ['产出指标', '数量指标', '物管服务面积', '', '建筑面积2.6万平方米,展示面积1万平方米', ''],
      ['', '质量指标', '达标率', '', '100', '%'],
    ]);
  });
});
