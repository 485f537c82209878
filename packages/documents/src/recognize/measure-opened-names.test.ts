// A measure word run on after a figure into the next row's name (a form copied without cell breaks): it ends the
// figure unless it forms a word names open with (issue 12's joined shape: 1000件监控…, 5个森林…, 2所家长…). Names and
// figures made up for the test.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { opensWithStrayMeasure } from './measure-opened-names.ts';
import { isUnitText } from './unit-gloss.ts';

const read = (cols: IndicatorColumn[], text: string) =>
  readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('a measure word between a figure and the next name', () => {
  it('ends the figure where it forms no word with the name', () => {
    expect(read(['name', 'target', 'actual'], '消防器材配备率100%860件巡查系统运行率100%12个')).toEqual([
      { name: '消防器材配备率', cells: { target: '100%', actual: '860件' } },
      { name: '巡查系统运行率', cells: { target: '100%', actual: '12个' } },
    ]);
  });

  it('opens the name where it forms a word names open with, the points column taking no measure word', () => {
    expect(read(['name', 'target', 'weight'], '学生满意度≥90%10家长满意度≥90%10')).toEqual([
      { name: '学生满意度', cells: { target: '≥90%', weight: '10' } },
      { name: '家长满意度', cells: { target: '≥90%', weight: '10' } },
    ]);
  });
});

describe('opensWithStrayMeasure', () => {
  const pieces = (...texts: Array<[string, string]>) =>
    texts.map(([kind, text], k) => ({ kind: kind as 'value' | 'text', text, glued: k > 0 }));

  it('holds for 件巡查, 万元统筹', () => {
    expect(
      opensWithStrayMeasure(pieces(['value', '860'], ['text', '件'], ['text', '巡查']), 1, isUnitText),
    ).toBe(true);
    expect(
      opensWithStrayMeasure(pieces(['value', '5'], ['text', '万元'], ['text', '统筹']), 1, isUnitText),
    ).toBe(true);
  });

  it('does not hold for 人均, 家长, 项目, or after a figure with a sign', () => {
    expect(
      opensWithStrayMeasure(pieces(['value', '10'], ['text', '人'], ['text', '均收入']), 1, isUnitText),
    ).toBe(false);
    expect(
      opensWithStrayMeasure(pieces(['value', '10'], ['text', '家'], ['text', '长满意']), 1, isUnitText),
    ).toBe(false);
    expect(
      opensWithStrayMeasure(pieces(['value', '≥10'], ['text', '件'], ['text', '巡查']), 1, isUnitText),
    ).toBe(false);
  });

  it('does not hold for the 年 of a year, a date a name may open with', () => {
    const year = pieces(['value', '2023'], ['text', '年'], ['text', '全年']);
    expect(opensWithStrayMeasure(year, 1, isUnitText)).toBe(false);
  });
});
