import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { paragraph } from '../rows/row.ts';
import { rowsFromLevelPoints } from './level-points-table.ts';

// Made for these tests: 自评表 scoring each level, its points printed right after it (一级指标 | 分值 | 二级指标 |
// 分值 | 三级指标 | 分值 | 得分), copied one cell per line — the merged level cells once for the rows under them.
const HEADER = ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'];
// A scoring template's own levels, which no indicator framework names; 财务管理 is a 二级 of the 部门整体 ones.
const SCORING = [
  ...HEADER,
  '项目决策',
  '20',
  '项目目标',
  '8',
  '目标明确性',
  '4',
  '4',
  '目标合理性',
  '4',
  '3',
  '决策过程',
  '12',
  '决策程序',
  '12',
  '11',
  '项目管理',
  '10',
  '资金管理',
  '10',
  '财务管理',
  '10',
  '9',
  '项目效益',
  '40',
  '社会',
];
// The frameworks' levels.
const FRAMEWORK = [
  ...HEADER,
  '产出指标',
  '50',
  '数量指标',
  '30',
  '培训人次',
  '30',
  '28',
  '质量指标',
  '20',
  '培训合格率',
  '20',
  '20',
  '效益指标',
  '50',
  '社会效益指标',
  '50',
  '就业率',
  '50',
  '45',
];
const rowsOf = (cells: readonly string[]) =>
  rowsFromLevelPoints(cells.map((c) => paragraph(c)))?.map((r) => r.cells);

describe('a scoring table with each level’s points after it, one cell per line', () => {
  it('is rebuilt one row per indicator, the levels filled down, their points left out', () => {
    expect(rowsOf(FRAMEWORK)).toEqual([
      ['一级指标', '二级指标', '三级指标', '分值', '得分'],
      ['产出指标', '数量指标', '培训人次', '30', '28'],
      ['产出指标', '质量指标', '培训合格率', '20', '20'],
      ['效益指标', '社会效益指标', '就业率', '50', '45'],
    ]);
    // A table whose header prints no points after its levels is not this one.
    expect(rowsOf(['一级指标', '二级指标', '三级指标', '分值', '得分'])).toBeUndefined();
  });

  it('leaves out levels no framework names, so that a name some framework calls a level stays a name', () => {
    expect(rowsOf(SCORING)).toEqual([
      ['三级指标', '分值', '得分'],
      ['目标明确性', '4', '4'],
      ['目标合理性', '4', '3'],
      ['决策程序', '12', '11'],
      ['财务管理', '10', '9'],
      // Where the copy stops: a level taken, a name without figures left as it came.
      ['社会'],
    ]);
  });

  it('imports each indicator with its 分值 and 得分, none for a level', async () => {
    const text = ['修缮项目绩效自评表', '项目名称', '办公楼修缮', ...SCORING].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'levels.txt');
    expect(out.ok).toBe(true);
    const first = out.ok ? out.evaluations[0] : undefined;
    const doc = first?.kind === 'self-evaluation' ? first : undefined;
    expect(doc?.indicators.map((i) => [i.name, i.weight, i.score])).toEqual([
      ['目标明确性', '4', '4'],
      ['目标合理性', '4', '3'],
      ['决策程序', '12', '11'],
      ['财务管理', '10', '9'],
    ]);
  });
});

// The same tables as rows of cells (a saved page, a sheet, a document): a merged level's cell in its first row,
// '' in the rows under it.
const SCORING_ROWS = [
  HEADER,
  ['项目决策', '20', '项目目标', '8', '目标明确性', '4', '4'],
  ['', '', '', '', '目标合理性', '4', '3'],
  ['', '', '决策过程', '12', '决策程序', '12', '11'],
  ['项目管理', '10', '资金管理', '10', '财务管理', '10', '9'],
  ['项目效益', '40', '社会', '', '', '', ''],
];
const FRAMEWORK_ROWS = [
  HEADER,
  ['产出指标', '50', '数量指标', '30', '培训人次', '30', '28'],
  ['', '', '质量指标', '20', '培训合格率', '20', '20'],
  ['效益指标', '50', '社会效益指标', '50', '就业率', '50', '45'],
];
const tableOf = (rows: readonly string[][]) =>
  rowsFromLevelPoints(rows.map((cells) => ({ cells: [...cells], table: true })))?.map((r) => r.cells);

describe('a scoring table with each level’s points after it, as rows of cells', () => {
  it('is rebuilt one row per indicator, the levels filled down, their points left out', () => {
    expect(tableOf(FRAMEWORK_ROWS)).toEqual([
      ['一级指标', '二级指标', '三级指标', '分值', '得分'],
      ['产出指标', '数量指标', '培训人次', '30', '28'],
      ['产出指标', '质量指标', '培训合格率', '20', '20'],
      ['效益指标', '社会效益指标', '就业率', '50', '45'],
    ]);
    // A header whose levels have no points after them is not this one.
    expect(
      tableOf([['一级指标', '二级指标', '三级指标', '分值', '得分'], ...FRAMEWORK_ROWS.slice(1)]),
    ).toBeUndefined();
  });

  it('leaves out unnamed levels and the last row a cut copy stops in without points', () => {
    expect(tableOf(SCORING_ROWS)).toEqual([
      ['三级指标', '分值', '得分'],
      ['目标明确性', '4', '4'],
      ['目标合理性', '4', '3'],
      ['决策程序', '12', '11'],
      ['财务管理', '10', '9'],
    ]);
  });

  it('imports each indicator of a saved page with its 分值 and 得分, none for a level', async () => {
    const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<html><head><meta charset="utf-8"></head><body><h2>修缮项目绩效自评表</h2><table>${tr(['项目名称', '办公楼修缮', '', '', '', '', ''])}${SCORING_ROWS.map(tr).join('')}</table></body></html>`;
    const out = await importBuffer(new TextEncoder().encode(html), 'levels.html');
    const first = out.ok ? out.evaluations[0] : undefined;
    const doc = first?.kind === 'self-evaluation' ? first : undefined;
    expect(doc?.indicators.map((i) => [i.name, i.weight, i.score])).toEqual([
      ['目标明确性', '4', '4'],
      ['目标合理性', '4', '3'],
      ['决策程序', '12', '11'],
      ['财务管理', '10', '9'],
    ]);
  });
});
