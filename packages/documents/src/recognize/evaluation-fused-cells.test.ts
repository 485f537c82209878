import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';

const rowsOf = (cells: string, columns: string) =>
  readFusedRows(atomsOf(cells.split('|')), columns.split(',') as never, { maxWeight: null }).map((r) => [
    r.name,
    r.cells,
  ]);

describe('rows of a 自评表 copied one cell per line (the cells kept apart)', () => {
  it('keeps a name whose last words its target and actual repeat whole: the repeated cells start at a cell', () => {
    expect(
      rowsOf('保证财政建设补助专款专用|专款专用|专款专用|10', 'name,reason,actual,target,score'),
    ).toEqual([['保证财政建设补助专款专用', { actual: '专款专用', target: '专款专用', score: '10' }]]);
  });

  it('keeps the figure ending the name’s own cell in the name when a later cell of the row repeats it', () => {
    expect(rowsOf('医疗收入达到5亿元|6.47亿元|5亿元|10', 'name,reason,actual,target,score')).toEqual([
      ['医疗收入达到5亿元', { actual: '6.47亿元', target: '5亿元', score: '10' }],
    ]);
  });
});
