import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { joinLabelsOverLines } from './labels-over-lines.ts';

const row = (...cells: string[]): Row => ({ cells, table: false });
const texts = (rows: Row[]) => rows.map((r) => r.cells.join(' | '));

// Made for this test in the shape of a PDF text layer that broke a header label at the cell's width.
describe('a label broken over two lines', () => {
  it('is joined again where the lexicon knows it whole', () => {
    expect(texts(joinLabelsOverLines([row('项目名称', '项目主管部'), row('门项目类别')]))).toEqual([
      '项目名称 | 项目主管部门',
      '项目类别',
    ]);
  });

  it('leaves a value whose end spells no label with the next line', () => {
    expect(texts(joinLabelsOverLines([row('项目名称', '农村道路养护'), row('门项目类别')]))).toEqual([
      '项目名称 | 农村道路养护',
      '门项目类别',
    ]);
  });

  it('leaves a label alone on its line and a label already whole', () => {
    const rows = [row('项目主管部'), row('门'), row('项目名称', '主管部门'), row('门前绿化')];
    expect(texts(joinLabelsOverLines(rows))).toEqual(['项目主管部', '门', '项目名称 | 主管部门', '门前绿化']);
  });

  it('changes copies of the rows it joins, leaving the rows given as they were', () => {
    const given = [row('项目名称', '项目主管部'), row('门项目类别'), row('资金总额', '50')];
    const joined = joinLabelsOverLines(given);
    expect(texts(given)).toEqual(['项目名称 | 项目主管部', '门项目类别', '资金总额 | 50']);
    expect(texts(joined)).toEqual(['项目名称 | 项目主管部门', '项目类别', '资金总额 | 50']);
    expect(joined[0]).not.toBe(given[0]);
  });
});
