import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { cellSource, labelOf, labelSureness, NO_LABEL_CONFIDENCE, sourceCellsOf } from './source-cells.ts';

const row = (cells: string[], extra: Partial<Row> = {}): Row => ({ cells, table: true, line: 3, ...extra });

describe('the cells a value is looked up in', () => {
  it('keeps the filled cells in order, with the value after a label written in the cell', () => {
    const cells = sourceCellsOf([row(['申报单位：某局', '', '项目名称']), row(['  ', '年度资金总额'])]);
    expect(cells.map((c) => [c.at, c.col, c.value, c.inlineLabel])).toEqual([
      [0, 0, '某局', '申报单位'],
      [0, 2, '项目名称', null],
      [1, 1, '年度资金总额', null],
    ]);
  });

  it('reads a label written alone as no inline label', () => {
    const [cell] = sourceCellsOf([row(['联系电话：'])]);
    expect([cell!.value, cell!.inlineLabel]).toEqual(['联系电话：', null]);
  });

  it('takes the nearest filled cell left as the label, passing over what the reader says is no label', () => {
    const [, , cell] = sourceCellsOf([row(['年度资金总额', '200', '180'])]);
    expect(labelOf(cell!)).toBe('200');
    expect(labelOf(cell!, (t) => !/^\d+$/.test(t))).toBe('年度资金总额');
  });

  it('gives the least of the cell’s own confidence and each sureness', () => {
    const [cell] = sourceCellsOf([row(['某局'], { source: '表1', cellConfidence: [0.8] })]);
    expect(cellSource('/unit', cell!, null, 1, 0.9)).toEqual({
      path: '/unit',
      line: 3,
      source: '表1',
      column: 0,
      label: null,
      text: '某局',
      confidence: 0.8,
    });
    expect(cellSource('/unit', cell!, null, labelSureness(null)).confidence).toBe(NO_LABEL_CONFIDENCE);
  });
});
