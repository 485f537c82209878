import { describe, expect, it } from 'vitest';
import { selfEvaluationOfLines as selfEvaluation } from './self-evaluation-of-lines.test-support.ts';
import { addSlotPoints, slotRowPoints } from './reason-slot-rows.ts';

// Made for these tests after fresh/610 (吉林, an evaluation sheet copied from its web page): each effect indicator is
// a 是/否 question whose merged cells span four example slots, each slot a row with its own 5 points and its
// number (① … ④) in the 理由 column — copied as text, the slots after the first are rows of a figure and a number.
const tab = (...cells: string[]) => cells.join('\t');
const head = [
  '某某口岸专项经费绩效评价表',
  tab('一级指标', '权重', '二级指标', '分值', '三级指标', '计量单位', '目标值(标准)', '分值', '采集数据项'),
  tab('数据项1', '理由'),
];
const slots = (first: string[]) => [tab(...first, '是/否', '是', '3', '', '①'), tab('3', '②'), tab('3', '③')];

describe('an effect indicator scored by its example slots, one row each (3 | ② under 是否… | 是 | 3 | | ①)', () => {
  it('weighs the slots’ points together and reads no slot number as its actual', async () => {
    const doc = await selfEvaluation([
      ...head,
      ...slots(['项目效果', '30', '社会效益', '50', '是否有利于改善通关环境']),
      ...slots(['可持续影响', '50', '是否有利于长效机制建设']),
      tab('总分', '100', '得分', '', ' '),
    ]);
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.weight, i.actual.raw])).toEqual([
      ['是否有利于改善通关环境', '是', '9', ''],
      ['是否有利于长效机制建设', '是', '9', ''],
    ]);
  });

  it('leaves an indicator alone when no slot row follows it: a lone figure row is no slot', async () => {
    const doc = await selfEvaluation([
      ...head,
      tab('项目效果', '30', '社会效益', '50', '是否有利于改善通关环境', '是/否', '是', '3', '', '说明'),
      tab('可持续影响', '50', '是否有利于长效机制建设', '是/否', '是', '4', '', '说明'),
      tab('总分', '100', '得分', '', ' '),
    ]);
    expect(doc.indicators.map((i) => [i.name, i.weight])).toEqual([
      ['是否有利于改善通关环境', '3'],
      ['是否有利于长效机制建设', '4'],
    ]);
  });
});

describe('slotRowPoints', () => {
  it('is the figure of a row of a figure and a circled number, empty cells aside', () => {
    expect(slotRowPoints(['5', '②'])).toBe('5');
    expect(slotRowPoints(['', '2.5', ' ', '⑩'])).toBe('2.5');
  });

  it('is null for an indicator’s row, a figure alone or a number written otherwise', () => {
    expect(slotRowPoints(['到岗率', '100%'])).toBeNull();
    expect(slotRowPoints(['5'])).toBeNull();
    expect(slotRowPoints(['5', '2'])).toBeNull();
    expect(slotRowPoints(['5', '(2)'])).toBeNull();
  });
});

describe('addSlotPoints', () => {
  it('adds the points to a written weight and blanks a cell holding only a slot number', () => {
    const cells: Record<string, string | undefined> = { weight: '5', actual: '①', target: '是' };
    addSlotPoints(cells, '5');
    expect(cells).toEqual({ weight: '10', target: '是' });
  });

  it('leaves a weight that is no plain figure as it was', () => {
    const cells: Record<string, string | undefined> = { weight: '5分' };
    addSlotPoints(cells, '5');
    expect(cells.weight).toBe('5分');
  });
});
