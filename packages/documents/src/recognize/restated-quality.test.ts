import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { qualityTail, qualityTargetCut } from './restated-quality.ts';

const rowsOf = (columns: IndicatorColumn[], text: string) =>
  readFusedRows(atomsOf([text]), ['name', ...columns], { maxWeight: null }).map((r) => [r.name, r.cells]);

// Rows made for these tests after wide/474 (a 自评表 whose .doc text ran every cell together): the worded target
// restates the quality the name measures (…明确性 | 资产明确).
describe('a worded target restating the quality its name measures', () => {
  it('ends the target after the figures at the quality, the next name after it', () => {
    expect(
      rowsOf(
        ['actual', 'score', 'weight', 'op', 'target'],
        '档案权属明确性好2.82.8定性档案明确采购程序规范性好2.82.8定性规范',
      ),
    ).toEqual([
      ['档案权属明确性', { actual: '好', score: '2.8', weight: '2.8', op: '定性', target: '档案明确' }],
      ['采购程序规范性', { actual: '好', score: '2.8', weight: '2.8', op: '定性', target: '规范' }],
    ]);
  });

  it('parts a name run into the target that restates its quality', () => {
    expect(rowsOf(['target', 'weight', 'actual'], '档案权属明确性档案明确2.8好')).toEqual([
      ['档案权属明确性', { target: '档案明确', weight: '2.8', actual: '好' }],
    ]);
  });

  it('takes a judgement before the target as a cell of its own, and cuts nothing the quality does not close', () => {
    expect(qualityTargetCut('档案权属明确性', '好档案明确采购程序规范性')).toEqual([
      '好',
      '档案明确',
      '采购程序规范性',
    ]);
    // A target that is a judgement whole (满意 | 完成 | 自评总分) is left to the lexicon's cuts.
    expect(qualityTargetCut('群众满意度', '满意完成自评总分')).toBeNull();
    // 及时 is no word of 档案权属明确性's quality; a next name of fewer than four characters is no name.
    expect(qualityTargetCut('档案权属明确性', '及时采购程序规范性')).toBeNull();
    expect(qualityTargetCut('档案权属明确性', '档案明确规范')).toBeNull();
    expect(qualityTail('档案权属明确性完成')).toEqual([]);
  });
});
