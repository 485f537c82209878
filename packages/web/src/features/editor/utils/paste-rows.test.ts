import { describe, expect, it } from 'vitest';
import { blankIndicator, type Indicator } from '@jixiao/core';
import {
  isFullRowPaste,
  isTablePaste,
  parseClipboardTable,
  pasteIntoLevel2,
  rowsToIndicators,
} from './paste-rows.ts';

describe('parseClipboardTable', () => {
  it('splits Excel rows and cells', () => {
    expect(parseClipboardTable('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseClipboardTable('≥95%')).toEqual([['≥95%']]);
    expect(parseClipboardTable('a\t\tc')).toEqual([['a', '', 'c']]);
  });
  it('understands quoted cells with line breaks and quotes', () => {
    expect(parseClipboardTable('"经济效益\n指标"\t"说 ""好"""\nx\ty')).toEqual([
      ['经济效益\n指标', '说 "好"'],
      ['x', 'y'],
    ]);
    expect(parseClipboardTable('"not closed\tb')).toEqual([['"not closed', 'b']]);
  });
  it('tells a table paste from text for one cell', () => {
    expect(isTablePaste([['a']])).toBe(false);
    expect(isTablePaste([['a', 'b']])).toBe(true);
    expect(isFullRowPaste([['1', '2', '3', '4', '5', '6']])).toBe(true);
    expect(isFullRowPaste([['1', '2']])).toBe(false);
  });
});

describe('pasting into the grid', () => {
  const list: Indicator[] = [
    { ...blankIndicator('annual', '年度目标1', '产出指标', '数量指标'), name: 'a' },
    { ...blankIndicator('annual', '年度目标1', '产出指标', '质量指标'), name: 'q' },
  ];
  it('fills from the anchor cell across columns and down the 二级指标, adding rows', () => {
    const next = pasteIntoLevel2(list, { index: 0, column: 'name' }, [
      ['人员数量', '=33人', '计划标准'],
      ['窗口数量', '≥35个', '历史标准'],
    ]);
    expect(next.map((i) => [i.level2, i.name, i.target.raw, i.basis])).toEqual([
      ['数量指标', '人员数量', '=33人', '计划标准'],
      ['数量指标', '窗口数量', '≥35个', '历史标准'],
      ['质量指标', 'q', '', null],
    ]);
    expect(next[1]!.target.op).toBe('≥');
  });
  it('ignores columns past the last editable one', () => {
    const next = pasteIntoLevel2(list, { index: 1, column: 'basis' }, [['计划标准', 'extra']]);
    expect(next[1]!.basis).toBe('计划标准');
  });
  it('turns official rows into indicators, repeating blank 一级/二级 cells', () => {
    const grid = parseClipboardTable(
      '年度目标1\t成本指标\t经济成本指标\t项目成本\t≤571万元\t计划标准\n' +
        '\t产出指标\t数量指标\t人员数量\t=33人\t计划标准\n' +
        '\t\t\t窗口人员\t=35人\t计划标准\n',
    );
    const rows = rowsToIndicators(grid, 'annual');
    expect(rows.map((r) => [r.goal, r.level1, r.level2, r.name, r.target.value])).toEqual([
      ['年度目标1', '成本指标', '经济成本指标', '项目成本', '571'],
      ['年度目标1', '产出指标', '数量指标', '人员数量', '33'],
      ['年度目标1', '产出指标', '数量指标', '窗口人员', '35'],
    ]);
  });
});
