import { describe, expect, it } from 'vitest';
import { termTable } from '../../forms/utils/row-spans.ts';
import { blankIndicator, type Indicator } from '@jixiao/core';
import {
  addLevel2,
  addRowAfter,
  goalForNewLevel2,
  moveWithinLevel2,
  removeRow,
  setCell,
} from './indicator-ops.ts';

function ind(
  name: string,
  level2: string,
  level1 = '产出指标',
  term: Indicator['term'] = 'annual',
): Indicator {
  return { ...blankIndicator(term, '年度目标1', level1, level2), name };
}
const names = (list: Indicator[]) => list.map((i) => i.name);

describe('indicator operations', () => {
  const list = [
    ind('a', '数量指标'),
    ind('b', '数量指标'),
    ind('c', '质量指标'),
    ind('L', '数量指标', '产出指标', 'long'),
  ];

  it('adds an empty row in the same 二级指标', () => {
    const r = addRowAfter(list, 0);
    expect(r.index).toBe(1);
    expect(names(r.indicators)).toEqual(['a', null, 'b', 'c', 'L']);
    expect(r.indicators[1]!.level2).toBe('数量指标');
  });

  it('moves rows only within their 二级指标', () => {
    expect(names(moveWithinLevel2(list, 1, -1).indicators)).toEqual(['b', 'a', 'c', 'L']);
    expect(moveWithinLevel2(list, 1, 1)).toEqual({ indicators: list, index: 1 });
    expect(moveWithinLevel2(list, 0, -1).index).toBe(0);
  });

  it('removes a row but keeps the last row of a 二级指标 as an empty row', () => {
    expect(names(removeRow(list, 0))).toEqual(['b', 'c', 'L']);
    const emptied = removeRow(list, 2);
    expect(names(emptied)).toEqual(['a', 'b', null, 'L']);
    expect(emptied[2]!.level2).toBe('质量指标');
  });

  it('removes an emptied last row, and the 二级指标 with it; adding it again gives the table back', () => {
    const emptied = removeRow(list, 2);
    const gone = removeRow(emptied, 2);
    expect(names(gone)).toEqual(['a', 'b', 'L']);
    expect(gone.some((i) => i.level2 === '质量指标')).toBe(false);
    const back = addLevel2(gone, 'annual', '年度目标1', '产出指标', '质量指标');
    expect(back.indicators.map((i) => [i.level2, i.name])).toEqual([
      ['数量指标', 'a'],
      ['数量指标', 'b'],
      ['质量指标', null],
      ['数量指标', 'L'],
    ]);
  });

  it('a new 二级指标 of an imported table without 目标名称 joins its rows, not a goal of its own', () => {
    const imported = list.map((i) => ({ ...i, goal: null }));
    expect(goalForNewLevel2(imported, 'annual', ['年度绩效目标'])).toBeNull();
    expect(goalForNewLevel2(list, 'annual', ['年度目标2'])).toBe('年度目标1');
    expect(goalForNewLevel2([], 'annual', ['年度绩效目标1'])).toBe('年度绩效目标1');
  });

  it('adds a new 二级指标 after its 一级指标 in the right table', () => {
    const r = addLevel2(list, 'annual', '年度目标1', '产出指标', '时效指标');
    expect(r.index).toBe(3);
    expect(r.indicators[3]!.level2).toBe('时效指标');
    const e = addLevel2(list, 'annual', '年度目标1', '效益指标', '社会效益指标');
    expect(e.index).toBe(3);
    expect(addLevel2([], 'long', null, '产出指标', '数量指标').index).toBe(0);
  });

  it('sets cells, parsing the 指标值', () => {
    const next = setCell(list, 0, 'target', '≥95%');
    expect(next[0]!.target).toMatchObject({ kind: 'quantitative', op: '≥', value: '95', unit: '%' });
    expect(setCell(list, 0, 'basis', '  ')[0]!.basis).toBeNull();
    expect(termTable(list, 'long').map((r) => r.index)).toEqual([3]);
  });
});
