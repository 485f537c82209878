import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { paragraph } from '../rows/row.ts';
import { gridFromCellLines } from './cell-line-grid.ts';
import { isHeaderedSelfEvaluation } from './headless-evaluation.ts';

// Made for these tests: a 自评表's indicator table copied from a web page one cell per line, each cell followed by
// a lone '|' line (two in a row for an empty cell), no title above it — the page was stored from inside the
// table. A goal is judged by a rate (评价指标 | 标准值 | 评价指标值) beside its own target and result.
const HEADER = [
  '目标名称',
  '目标值',
  '评价指标',
  '标准值',
  '目标完成值',
  '评价指标值',
  '权重分值',
  '评分规则',
  '得分',
];
const ROWS = [
  ['一、产出目标', '', '', '', '', '', '', '', ''],
  ['道路养护里程', '120公里', '养护完成率', '≥95%', '118', '98.33%', '10', '≥95%得满分', '10'],
  ['维修桥梁座数', '3座', '桥梁维修率', '100%', '3', '100%', '10', '未完成不得分', '10'],
  ['二、效益目标', '', '', '', '', '', '', '', ''],
  ['群众出行满意度', '≥90%', '满意度', '≥90%', '93%', '93%', '5', '查阅问卷', '4.5'],
];
const cellLines = (cells: readonly string[]) => cells.map((c) => `${c}\n|`).join('\n');
const TEXT = ['绩效目标完成情况', '|', cellLines(HEADER), ...ROWS.map(cellLines), '桥梁安全'].join('\n');

describe('a table copied one cell per line with its empty cells kept', () => {
  it('is rebuilt on its header’s width, a section’s label over empty cells no row', () => {
    const rows = TEXT.split('\n')
      .filter((l) => l !== '|')
      .map((l) => paragraph(l === '' ? '' : l));
    const grid = gridFromCellLines(rows.map((r) => ({ ...r, cells: [r.cells[0]!.replace(/\s*\|$/, '')] })));
    expect(grid?.map((r) => r.cells)).toEqual([
      ['绩效目标完成情况'],
      HEADER,
      ROWS[1],
      ROWS[2],
      ROWS[4],
      // The copy's last cell, cut: a row as far as it goes.
      ['桥梁安全'],
    ]);
  });

  it('is no grid where the rows fall askew of the header', () => {
    // One cell missing in the first row shifts every later one: rows open empty, points stand in text columns.
    const askew = [...HEADER, ...ROWS[1]!.slice(1), ...ROWS[2]!, ...ROWS[4]!].map((c) => paragraph(c));
    expect(gridFromCellLines(askew)).toBeNull();
  });

  it('is no grid where the copy left its empty cells out: a row opens with a figure', () => {
    // Made for this test after docs/024's variants copied one cell per line without the empty ones: the 未完成原因
    // cells left out, each row falls a cell short, so the second row opens with the first's last figure.
    const header = [
      '一级指标',
      '二级指标',
      '三级指标名称',
      '未完成原因和改进措施',
      '年度指标值',
      '自评得分',
      '实际完成值',
    ];
    const body = [
      ...['产出指标', '质量指标', '天然林和公益林管护当期任务完成率', '90%', '10', '100'],
      ...['森林火灾受害率', '0.9%', '10', '0'],
      ...['主要林业有害生物成灾率', '0.4%', '10', '0.1'],
    ];
    expect(gridFromCellLines([...header, ...body].map((c) => paragraph(c)))).toBeNull();
  });

  it('is a 自评表 by its header alone: targets, what was done and scores', async () => {
    expect(isHeaderedSelfEvaluation(HEADER.map((c) => paragraph(c)))).toBe(true);
    // A target form's header prints no result or score.
    expect(isHeaderedSelfEvaluation(['三级指标', '指标值', '分值'].map((c) => paragraph(c)))).toBe(false);
    const out = await importBuffer(new TextEncoder().encode(TEXT), 'table.txt');
    expect(out.ok).toBe(true);
    const first = out.ok ? out.evaluations[0] : undefined;
    const doc = first?.kind === 'self-evaluation' ? first : undefined;
    expect(doc?.indicators.map((i) => [i.name, i.target.raw, i.actual.raw, i.weight, i.score])).toEqual([
      ['道路养护里程', '120公里', '118', '10', '10'],
      ['维修桥梁座数', '3座', '3', '10', '10'],
      ['群众出行满意度', '≥90%', '93%', '5', '4.5'],
      ['桥梁安全', '', '', null, null],
    ]);
  });
});
