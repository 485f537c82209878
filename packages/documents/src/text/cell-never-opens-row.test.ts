// An evaluation sheet's yes/no questions with numbered example slots (吉林's 评价表, fresh/653–655) copied from
// a web page one cell a line: a row's left border and an empty cell are the same lone `|`. Words invented.
import { describe, expect, it } from 'vitest';
import { isSlotMarker, neverOpensRow } from './cell-never-opens-row.ts';
import { readTextRows } from './read-text.ts';

const cellsOf = (lines: readonly string[]) => readTextRows(lines.join('\n')).map((r) => r.cells);

/** The header and an output row whose 数据项1 is empty before its `/` (数据项2 does not apply). */
const HEAD = [
  '某口岸专项经费绩效评价表',
  '|',
  '一级指标 |',
  '二级指标 |',
  '三级指标 |',
  '目标值 |',
  '分值 |',
  '数据项1 |',
  '理由 |',
  '|',
  '项目产出 |',
  '产出质量 |',
  '是否按期完成 |',
  '是 |',
  '10 |',
  '|',
  '/ |',
];
/** A question's first row (its 数据项1 empty before slot ①) and the slot rows under its merged cells. */
const QUESTION = (name: string) => ['|', '项目效果 |', '社会效益 |', `${name} |`, '是 |', '5 |', '|', '① |'];
const SLOTS = ['|', '5 |', '② |', '|', '5 |', '③ |'];

describe('a lone pipe before a cell that never opens a row', () => {
  it('reads it as the row’s empty cell, and each slot row apart, however the widths add up', () => {
    const rows = cellsOf([
      ...HEAD,
      ...QUESTION('是否改善口岸环境'),
      ...SLOTS,
      ...['|', '是否提高通关效率 |', '是 |', '5 |', '|', '① |', ...SLOTS],
    ]);
    expect(rows.slice(3)).toEqual([
      ['项目效果', '社会效益', '是否改善口岸环境', '是', '5', '', '①'],
      ['5', '②'],
      ['5', '③'],
      ['是否提高通关效率', '是', '5', '', '①'],
      ['5', '②'],
      ['5', '③'],
    ]);
  });

  it('leaves a lone pipe after a row its padding closed as the next row’s border, a marker after it or not', () => {
    // Slot rows under a merged 分值, each written out with its empty last cell (`② | |`): closed rows, so the
    // lone pipe after each is a border and every marker keeps a row of its own.
    const rows = cellsOf([
      ...HEAD,
      ...['|', '项目效果 |', '社会效益 |', '是否改善口岸环境 |', '是 |', '15 |', '|', '① | |'],
      ...['|', '② | |', '|', '③ | |'],
    ]);
    expect(rows.filter((r) => r.includes('②') || r.includes('③'))).toEqual([
      ['', '②'],
      ['', '③'],
    ]);
  });
});

describe('neverOpensRow / isSlotMarker', () => {
  it('is true for a bare placeholder or a slot marker alone', () => {
    expect(neverOpensRow('/')).toBe(true);
    expect(neverOpensRow(' ／ ')).toBe(true);
    expect(neverOpensRow('③')).toBe(true);
    expect(isSlotMarker('⑳')).toBe(true);
  });

  it('is false for a cell with words or figures, a marker with text, or nothing', () => {
    expect(neverOpensRow('①立项依据充分')).toBe(false);
    expect(neverOpensRow('5')).toBe(false);
    expect(neverOpensRow('/万元')).toBe(false);
    expect(neverOpensRow(undefined)).toBe(false);
    expect(isSlotMarker('/')).toBe(false);
  });
});
