// A target form copied one cell per line whose indicator names a figure (满意度95%以上) and prints its target in the
// next cell (>=95%): the name keeps its figure — the value is the cell of its own after it (issue 12's headColumn
// variants of wide/523). Run together with nothing after it, the figure is still cut off as the value.
import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';
import { retabulate } from './cell-stream.ts';

const stream = (...cells: string[]): Row[] => cells.map((c, k) => paragraph(c, k + 1));
const headed = (...rest: string[]) =>
  stream('项目名称', 'X', '单位名称', 'Y', '一级指标', '二级指标', '三级指标', '指标值', ...rest);
const lastTwo = (rows: Row[], cell: string) => rows.find((r) => r.cells.includes(cell))?.cells.slice(-2);

describe('a name with a figure in it, one cell per line', () => {
  it('keeps its figure where its value follows in a cell of its own', () => {
    const rows = retabulate(headed('满意度指标', '服务对象满意度指标', '满意度95%以上', '>=95%'));
    expect(lastTwo(rows, '>=95%')).toEqual(['满意度95%以上', '>=95%']);
  });

  it('gives its figure up as the value where no value follows', () => {
    const rows = retabulate(
      headed('满意度指标', '服务对象满意度指标', '学校满意度≥90%', '质量指标', '合格率', '100%'),
    );
    expect(lastTwo(rows, '≥90%')).toEqual(['学校满意度', '≥90%']);
  });
});
