// A target written as a figure with a unit of several characters and words after it (757万平方米养护全覆盖), in a
// copy that parts its cells by one space and glues each row's last cell to the next row's name (苏州's 自评表,
// wide/474): the figure and its words are the target's cell, not 75 | 7 and a row named 万平方米养护全覆盖.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'target', 'weight', 'actual', 'score'];
const rows = (text: string) => readFusedRows(atomsOf([text]), cols, { maxWeight: 28 });

describe('a figure set apart with its unit and words glued on', () => {
  it('reads the figure and its words as the target', () => {
    // Made for this test in wide/474's shape; names and figures invented.
    expect(
      rows('某项设施维护 完好 5.6 好 5.6某项绿地面积 318万平方米全部覆盖 5.6 好 5.6某项保存率 98% 4 98% 4'),
    ).toEqual([
      { name: '某项设施维护', cells: { target: '完好', weight: '5.6', actual: '好', score: '5.6' } },
      {
        name: '某项绿地面积',
        cells: { target: '318万平方米全部覆盖', weight: '5.6', actual: '好', score: '5.6' },
      },
      { name: '某项保存率', cells: { target: '98%', weight: '4', actual: '98%', score: '4' } },
    ]);
  });

  it('still lets a one-character measure word glued on open the next name (10 | 10 | 家长满意度)', () => {
    expect(
      readFusedRows(
        atomsOf(['某项服务人数500人480人1010家长满意度≥90%95%1010']),
        ['name', 'target', 'actual', 'weight', 'score'],
        {
          maxWeight: null,
        },
      ),
    ).toEqual([
      { name: '某项服务人数', cells: { target: '500人', actual: '480人', weight: '10', score: '10' } },
      { name: '家长满意度', cells: { target: '≥90%', actual: '95%', weight: '10', score: '10' } },
    ]);
  });
});
