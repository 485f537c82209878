// A 自评表 whose cells ran together after the name (分值 | 指标值 | 完成值 | 偏差原因 | 得分): a target written as a month
// closed by 底前 (11月底前) and an actual counted as "some more than" (600余人) keep their words, so the figures cut
// around them (5 | 11月底前 | 10月 | 5, 10 | 500 | 600余人 | 10). Made for this test in the shape of issue 12's joined
// variants of wide/519; names invented.
import { describe, expect, it } from 'vitest';
import { atomsOf, unitAt } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'score', 'target', 'actual', 'reason', 'weight'];
const rows = (text: string) => readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('a month closed by 底前 and a count of 余人', () => {
  it('reads 11月底前 as the target and 10月 as the actual between the points', () => {
    expect(rows('某培训开展时限511月底前10月5某设备运行率10≥95%99.12%10')).toEqual([
      { name: '某培训开展时限', cells: { score: '5', target: '11月底前', actual: '10月', weight: '5' } },
      { name: '某设备运行率', cells: { score: '10', target: '≥95%', actual: '99.12%', weight: '10' } },
    ]);
  });

  it('reads 600余人 as the actual after a bare target', () => {
    expect(rows('某场馆参观人数10500600余人10')).toEqual([
      { name: '某场馆参观人数', cells: { score: '10', target: '500', actual: '600余人', weight: '10' } },
    ]);
  });

  it('keeps the unit as before where no date word or 余 follows', () => {
    expect(unitAt('月份完成')).toBe('月');
    expect(unitAt('余额不足')).toBe('');
    expect(unitAt('月前期工作')).toBe('月');
    // (Before a judgement the date words may open the next name: 12月底之前完成 as a name after a row's figures.)
    expect(unitAt('月底之前完成')).toBe('月');
    expect(unitAt('月底前10月')).toBe('月底前');
    expect(unitAt('月底前某宣传时限')).toBe('月底前');
  });
});
