import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { paragraph } from '../rows/row.ts';
import { gridFromCellLines } from './cell-line-grid.ts';

// Made for these tests: a 自评表's indicator table copied one cell per line, each line closed by ' |' and an empty
// cell a bare '|' (四川's 部门预算项目支出绩效自评表 as a county site prints it), the comparator, the number and
// the unit in three cells; the 完成值 and 得分 cells left empty. The 合计 row under the body merges its label over
// the row's first cells, so it has fewer cells than the header: read at the header's width it would pull the
// notes below into a row and put the grid askew.
const HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '指标值',
  '度量单位',
  '完成值',
  '权重',
  '得分',
  '未完成原因分析',
];
const ROWS = [
  ['产出指标', '数量指标', '培训覆盖率', '=', '100', '%', '', '60', '', ''],
  ['效益指标', '社会效益指标', '群众知晓率', '≥', '90', '%', '', '30', '', ''],
];
const TAIL = [
  '合计',
  '100',
  '',
  '',
  '评价结论',
  '结合自评情况,说明项目自评总分。',
  '存在问题',
  '结合自评情况,分析存在的问题。',
  '改进措施',
  '针对发现的问题,提出改进意见。',
  '项目负责人:',
  '财务负责人:',
  '',
];
const line = (c: string) => (c === '' ? '|' : `${c} |`);
const TEXT = [
  '部门预算项目支出绩效自评表(2024年度) |',
  '项目名称 |',
  '技能培训经费 |',
  '主管部门 |',
  '某县人力资源和社会保障局 |',
  '绩效指标(90分) |',
  ...HEADER.map(line),
  ...ROWS.flat().map(line),
  ...TAIL.map(line),
].join('\n');

describe('a one-cell-per-line table under its band’s caption, its 合计 row narrower than its header', () => {
  it('ends its grid at the 合计 row: the body keeps its rows, the rest its lines', () => {
    const rows = [...HEADER, ...ROWS.flat(), ...TAIL].map((c) => paragraph(c));
    const grid = gridFromCellLines(rows);
    expect(grid?.map((r) => r.cells)).toEqual([HEADER, ...ROWS, ...TAIL.map((c) => [c])]);
  });

  it('takes the band’s caption (绩效指标(90分)) before the header for no column: the rows print no cell for it', () => {
    const rows = ['绩效指标(90分)', ...HEADER, ...ROWS.flat(), ...TAIL].map((c) => paragraph(c));
    const grid = gridFromCellLines(rows);
    expect(grid?.map((r) => r.cells).slice(0, 4)).toEqual([['绩效指标(90分)'], HEADER, ...ROWS]);
  });

  it('reads each row’s 权重 in the 权重 column, with no 得分 where the cell is empty', async () => {
    const out = await importBuffer(new TextEncoder().encode(TEXT), 'form.txt');
    expect(out.ok).toBe(true);
    const first = out.ok ? out.evaluations[0] : undefined;
    const doc = first?.kind === 'self-evaluation' ? first : undefined;
    expect(doc?.indicators.map((i) => [i.name, i.target.raw, i.actual.raw, i.weight, i.score])).toEqual([
      ['培训覆盖率', '=100%', '', '60', null],
      ['群众知晓率', '≥90%', '', '30', null],
    ]);
  });
});
