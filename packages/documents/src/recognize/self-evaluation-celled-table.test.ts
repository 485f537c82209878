import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of a 自评表 stored from inside its table (wide/429's layout as a saved web page,
// other words and figures): no title, the banded header 绩效目标设置情况 | 绩效目标完成情况 over 目标名称 | 目标值 |
// 评价指标 | 标准值 | 目标完成值 | 评价指标值 | 权重分值 | 评分规则 | 得分, numbered sections (一、投入目标, 1.数量目标) each a
// row of its own across the table.
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
const ROWS: string[][] = [
  ['一、投入目标'],
  ['1.预算投入资金', '820', '预算完成率', '100%', '820', '100%', '2', '预算完成率超出正负10%不得分', '2'],
  ['2.实际支出', '820', '实际支出率', '100%', '800', '97.56%', '2', '实际支出率≠100%则不得分', '0'],
  ['二、产出目标'],
  ['1.数量目标'],
  [
    '培训基层人员数',
    '1200人次',
    '培训完成率=实际培训人次/计划人次*100%',
    '≥90%',
    '1150',
    '95.8%',
    '6',
    '≥90%得满分,每低1%扣1分',
    '6',
  ],
];

function page(): Uint8Array {
  const td = (c: string, span = 1) => `<td${span > 1 ? ` colspan="${span}"` : ''}>${c}</td>`;
  const tr = (cells: string[]) =>
    `<tr>${cells.length === 1 ? td(cells[0]!, HEADER.length) : cells.map((c) => td(c)).join('')}</tr>`;
  const band = `<tr>${td('绩效目标设置情况', 2)}${td('绩效目标完成情况', 7)}</tr>`;
  return new TextEncoder().encode(
    `<html><head><meta charset="utf-8"></head><body><table>${band}${tr(HEADER)}${ROWS.map(tr).join('')}</table></body></html>`,
  );
}

describe('an untitled 自评表 whose table the file gave as rows of cells', () => {
  it('reads each row in its cells, the numbered sections no indicators', async () => {
    const out = await importBuffer(page(), 'selfeval.html');
    const doc = out.ok ? out.evaluations[0] : undefined;
    if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect(doc.indicators.map((i) => [i.name, i.target?.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ['1.预算投入资金', '820', '820', '2', '2'],
      ['2.实际支出', '820', '800', '2', '0'],
      ['培训基层人员数', '1200人次', '1150', '6', '6'],
    ]);
  });
});
