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

// The one-lookup refusal (spellsNoLabel) must answer as the four lookups do, where it answers at all.
describe('the refusal by the lexicon keys’ beginnings', () => {
  it('still joins a label whose start the lexicon keys open with', () => {
    expect(texts(joinLabelsOverLines([row('预算', '项目主管部'), row('门项目类别')]))).toEqual([
      '预算 | 项目主管部门',
      '项目类别',
    ]);
  });

  it('still joins a label written with its numbering, which is keyed before it is looked up', () => {
    expect(texts(joinLabelsOverLines([row('项目名称', '1、项目主管部'), row('门项目类别')]))).toEqual([
      '项目名称 | 1、项目主管部门',
      '项目类别',
    ]);
  });

  it('still joins a total worded by its years (a key no table holds, read by budget-total-words.ts)', () => {
    const joined = texts(joinLabelsOverLines([row('项目名称', '中期财政资金总'), row('额50')]));
    expect(joined).toEqual(['项目名称 | 中期财政资金总额', '50']);
  });

  it('leaves the value and the name of two indicator rows as they are', () => {
    const rows = [row('', '数量指标', '建成基站0', '≥56个', '计划标准'), row('', '', '巡查次数7', '≥106次')];
    expect(texts(joinLabelsOverLines(rows))).toEqual(texts(rows));
  });
});

describe('opensLexiconKey', () => {
  it('knows the beginnings of the keys and the keys whole, nothing else', async () => {
    const { opensLexiconKey } = await import('./lexicon.ts');
    expect(['项', '项目', '项目主管部', '项目名称'].map(opensLexiconKey)).toEqual([true, true, true, true]);
    expect(['建成基站0', '门项目', '中期财政资金总'].map(opensLexiconKey)).toEqual([false, false, false]);
  });
});
