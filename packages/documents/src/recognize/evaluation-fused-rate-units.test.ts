// A rate printed in a unit divided by another (260元/辆, 720元/生·年) in a 自评表 whose cells ran together: the
// figure stays whole with its unit, not cut in two to fill an actual left empty (26 | 0元/辆), and a school's
// per-pupil standard (元/生, 元/生·年) is one unit. Made for this test in the shape of issue 12's joined variants
// of wide/538 and wide/488; names and figures invented.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const rows = (cols: IndicatorColumn[], text: string) =>
  readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('a rate whose actual is left empty', () => {
  const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'reason'];

  it('keeps 260元/辆 whole as the target, not 26 | 0元/辆', () => {
    expect(rows(cols, '某车辆补贴年均标准260元/辆某服务人次数>=180人164人')).toEqual([
      { name: '某车辆补贴年均标准', cells: { target: '260元/辆' } },
      { name: '某服务人次数', cells: { target: '>=180人', actual: '164人' } },
    ]);
  });

  it('still cuts a bare score from a rate where the score is a column (10 | 260元/辆)', () => {
    expect(rows(['name', 'score', 'target'], '某车辆补贴年均标准10260元/辆')).toEqual([
      { name: '某车辆补贴年均标准', cells: { score: '10', target: '260元/辆' } },
    ]);
  });
});

describe('a per-pupil standard', () => {
  const cols: IndicatorColumn[] = ['name', 'actual', 'target', 'reason'];

  it('reads 720元/生·年 as one figure and unit, target and actual alike', () => {
    expect(
      rows(cols, '某校生均公用经费标准720元/生·年720元/生·年某补助学生人数38.4万人不低于38万人'),
    ).toEqual([
      { name: '某校生均公用经费标准', cells: { actual: '720元/生·年', target: '720元/生·年' } },
      { name: '某补助学生人数', cells: { actual: '38.4万人', target: '不低于38万人' } },
    ]);
  });

  it('leaves a 生 after a figure without a slash to the next name (3生活补助…)', () => {
    expect(atomsOf(['某标准300元生活补助人数'])[1]?.text).toBe('300元');
  });
});
