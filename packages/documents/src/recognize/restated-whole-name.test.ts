import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { restatedWholeName } from './fused-name-readings.ts';

const rowsOf = (columns: IndicatorColumn[], text: string) =>
  readFusedRows(atomsOf([text]), ['name', ...columns], { maxWeight: null }).map((r) => [r.name, r.cells]);

// Rows made for these tests after wide/427 (a 自评表 whose worded targets restate their names, cells run together).
describe('a name written again whole as its target', () => {
  it('reads a text written twice as the name and the target restating it', () => {
    expect(rowsOf(['target', 'score', 'actual'], '统筹城市项目谋划统筹城市项目谋划10完成')).toEqual([
      ['统筹城市项目谋划', { target: '统筹城市项目谋划', score: '10', actual: '完成' }],
    ]);
  });

  it('takes a judgement after the two or between them as the other worded cell', () => {
    expect(rowsOf(['target', 'actual', 'score'], '指导城市规划建设指导城市规划建设完成10')).toEqual([
      ['指导城市规划建设', { target: '指导城市规划建设', actual: '完成', score: '10' }],
    ]);
    expect(rowsOf(['reason', 'actual', 'target', 'score'], '指导城市规划建设完成指导城市规划建设10')).toEqual(
      [['指导城市规划建设', { actual: '完成', target: '指导城市规划建设', score: '10' }]],
    );
  });

  it('reads no restated name where the header puts figures right after the name, or the words are too few', () => {
    expect(restatedWholeName('统筹城市项目谋划统筹城市项目谋划', ['name', 'score', 'target'])).toEqual([]);
    expect(restatedWholeName('建设建设', ['name', 'target', 'score'])).toEqual([]);
    // Words between the two copies that are no judgement (说明) leave the text as it is.
    expect(restatedWholeName('指导城市规划建设说明指导城市规划建设', ['name', 'actual', 'target'])).toEqual(
      [],
    );
  });
});
