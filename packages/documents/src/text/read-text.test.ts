import { describe, expect, it } from 'vitest';
import { detectTextLayout, MAX_CELLS_PER_ROW, readTextRows } from './read-text.ts';

describe('readTextRows', () => {
  it('reads one cell per line: a tab starts a cell, a blank line ends a row, a bare line continues the cell', () => {
    const rows = readTextRows('标题\n\t项目名称\n\t测试\n项目\n\n\t项目预算\n\t10万\n');
    expect(detectTextLayout('\t项目名称\n\t测试\n')).toBe('cell-per-line');
    expect(rows.map((r) => [r.table, r.cells])).toEqual([
      [false, ['标题']],
      [true, ['项目名称', '测试\n项目']],
      [true, ['项目预算', '10万']],
    ]);
  });
  it('reads one row per line with tab-separated cells, and paragraphs without tabs', () => {
    const rows = readTextRows('项目支出绩效目标批复表\n\n项目名称\t政务\t\t项目预算\t\t571\n');
    expect(rows.map((r) => [r.table, r.cells, r.line])).toEqual([
      [false, ['项目支出绩效目标批复表'], 1],
      [true, ['项目名称', '政务', '', '项目预算', '', '571'], 3],
    ]);
  });
  it('never reads more cells in a row than a form can have', () => {
    const rows = readTextRows('a\t'.repeat(100_000));
    expect(rows[0]!.cells).toHaveLength(MAX_CELLS_PER_ROW);
    const cells = readTextRows('\tx\n'.repeat(10_000));
    expect(cells[0]!.cells).toHaveLength(MAX_CELLS_PER_ROW);
  });
});
