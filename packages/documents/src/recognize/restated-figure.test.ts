// A 自评表 row run together (the joined shape of the variant generator) whose name closes on the figure it sets, the
// target stating that figure again with a sign and a per-base unit: made-up rows.
import { describe, expect, it } from 'vitest';
import { type Atom, atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { restatesFigure } from './restated-figure.ts';

const rowsUnder = (cols: IndicatorColumn[]) => (text: string) =>
  readFusedRows(atomsOf([text]), cols, { maxWeight: null });
const value = (text: string): Atom => ({ kind: 'value', text, cell: 0, glued: true });

describe('a name closing on the figure its target states again', () => {
  it('keeps the figure where the target follows it (4200元 | ≤4200元/户)', () => {
    const rows = rowsUnder(['name', 'reason', 'target', 'actual', 'weight']);
    expect(rows('困难家庭临时救助标准——每户年最多4200元<=4200元/户3900元/户10')).toEqual([
      {
        name: '困难家庭临时救助标准——每户年最多4200元',
        cells: { target: '<=4200元/户', actual: '3900元/户', weight: '10' },
      },
    ]);
  });

  it('keeps the figure where the target comes after the actual and the points (4200元 | 10 | 3900元/户 | ≤4200元/户)', () => {
    const rows = rowsUnder(['name', 'reason', 'score', 'actual', 'target', 'weight']);
    expect(rows('困难家庭临时救助标准——每户年最多4200元103900元/户<=4200元/户10')[0]?.name).toBe(
      '困难家庭临时救助标准——每户年最多4200元',
    );
  });

  it('is the same number with a sign or a unit per a base, not another figure', () => {
    expect(restatesFigure(value('4200元'), value('≤4200元/户'))).toBe(true);
    expect(restatesFigure(value('4200元'), value('<=4200元'))).toBe(true);
    expect(restatesFigure(value('4200元'), value('3900元/户'))).toBe(false);
    expect(restatesFigure(value('4200元'), value('≤4200万元'))).toBe(false);
    expect(restatesFigure(value('4200'), value('≤4200'))).toBe(false);
  });
});
