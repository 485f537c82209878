import { describe, expect, it } from 'vitest';
import { cutsBySum, fittingCuts, readingStands } from './column-capacity.ts';

const cap = { maxWeight: 100 };

describe('a run of figures cut by what each column can hold', () => {
  it('a 得分 is no more than its 分值 and printed to its places', () => {
    // 1010 under 分值 | 得分: 10 | 10 fits; 1 | 010 is no number, 101 | 0 no weight.
    expect(fittingCuts('1010', ['weight', 'score'], cap)).toEqual([{ weight: '10', score: '10' }]);
    // 59 under 分值 | 得分 reads 5 | 9: a score past its weight, nothing fits.
    expect(fittingCuts('59', ['weight', 'score'], cap)).toEqual([]);
    // 10.009.00: the places of 10.00 are the format, 9.00 follows it.
    expect(fittingCuts('10.009.00', ['weight', 'score'], cap)).toEqual([{ weight: '10.00', score: '9.00' }]);
  });

  it('a 分值 is within the points its 一级 (or the form) has', () => {
    // 15100%: 1510 | 0% is past the form's hundred points; under a 一级 of 10 points, 15 is too.
    expect(fittingCuts('15100%', ['weight', 'target'], cap)).toEqual([
      { weight: '1', target: '5100%' },
      { weight: '15', target: '100%' },
    ]);
    expect(fittingCuts('15100%', ['weight', 'target'], { maxWeight: 10 })).toEqual([
      { weight: '1', target: '5100%' },
    ]);
  });

  it('a target and its actual measure one thing: of one size, a year beside a year', () => {
    // 550 | 20 is no pair (27 times), 9.35 | 50 | 20 is.
    expect(fittingCuts('9.355020', ['weight', 'target', 'actual'], cap)).toEqual([
      { weight: '9.35', target: '50', actual: '20' },
    ]);
    // 300 under 完成值 | 目标值 is no 30 | 0.
    expect(fittingCuts('300', ['actual', 'target'], cap)).toEqual([]);
    // 20232023.12: a year and a year with its month, not 2023202 | 3.12.
    expect(fittingCuts('20232023.12', ['target', 'actual'], cap)).toEqual([
      { target: '2023', actual: '2023.12' },
    ]);
    // 10.310 is a cut, not a figure printed to three places.
    expect(fittingCuts('1010.310', ['target', 'actual'], cap)).not.toContainEqual({
      target: '10',
      actual: '10.310',
    });
  });

  it('a reading with a cell left empty stands when what it holds fits', () => {
    expect(readingStands({ weight: '10', score: '10' }, cap)).toBe(true);
    expect(readingStands({ weight: '9.355020' }, cap)).toBe(false);
    expect(readingStands({ weight: '10', score: '12' }, cap)).toBe(false);
  });
});

describe('the weights of a table add up to its total', () => {
  it('settle the one row that cuts two ways, where one choice adds up', () => {
    // 15100% under 分值 | 目标值: 15 | 100% or 1 | 5100%; the other rows carry 40 and 45 of 100.
    const rows = [
      { cuts: [], fixed: 40 },
      { cuts: [], fixed: 45 },
      { cuts: fittingCuts('15100%', ['weight', 'target'], cap) },
    ];
    expect(rows[2]!.cuts).toHaveLength(2);
    expect(cutsBySum(rows, 100)).toEqual([null, null, { weight: '15', target: '100%' }]);
  });

  it('leave every row as it was where no choice adds up, or more than one does', () => {
    const two = [
      { cuts: [{ weight: '10' }, { weight: '20' }] },
      { cuts: [{ weight: '20' }, { weight: '10' }] },
    ];
    // 10 + 20 and 20 + 10 both make 30: nothing is settled.
    expect(cutsBySum(two, 30)).toEqual([null, null]);
    expect(cutsBySum(two, 100)).toEqual([null, null]);
  });
});

describe('a run of figures each closed by its unit (a joined 自评表 row)', () => {
  it('cuts each figure and its unit apart, never across a unit', () => {
    // 1542条1542条 under 分值 | 指标值 | 得分 | 完成值: a unit ends a cell, so 条1 is never inside one piece (and
    // 1 | 542条 | 15 | 42条 scores past its weight; 15 | 42条 | 1 | 542条 — h-joinfig40 — scores a met target 1 of 15).
    expect(fittingCuts('1542条1542条', ['weight', 'target', 'score', 'actual'], cap)).toEqual([
      { weight: '1', target: '542条', score: '1', actual: '542条' },
      { weight: '15', target: '42条', score: '15', actual: '42条' },
    ]);
  });

  it('keeps no piece a form would not print: 00.9% whole, 0% as points', () => {
    // 00.9%1010 under 完成值 | 指标值 | 得分 | 分值: 00.9% | 1 | 0 | 10 is no reading (0 | 0.9% | 10 | 10, the one
    // a form prints, has an actual of 0 beside a target that is not, which the run's cut does not settle).
    expect(fittingCuts('00.9%1010', ['actual', 'target', 'score', 'weight'], cap)).toEqual([]);
    // 100%20 under 完成值 | 得分 | 指标值: 10 | 0% | 20 puts a per cent under 得分.
    expect(fittingCuts('100%20', ['actual', 'score', 'target'], cap)).not.toContainEqual({
      actual: '10',
      score: '0%',
      target: '20',
    });
  });
});
