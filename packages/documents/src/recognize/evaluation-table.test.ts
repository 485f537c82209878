import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { cellStream } from './evaluation-cells.ts';
import { isHeadingRun } from './evaluation-lexicon.ts';
import { readEvaluationTable } from './evaluation-table.ts';

const table = (...cells: string[][]): Row[] => cells.map((c) => ({ cells: c, table: true }));

describe('the header band of a 自评表 read by rows', () => {
  it('knows headings run together in one cell, and a name that merely holds a heading word', () => {
    expect(isHeadingRun('得分未完成原因分析')).toBe(true);
    expect(isHeadingRun('完成值权重')).toBe(true);
    // One heading alone is a heading, not a run; a name is none.
    expect(isHeadingRun('未完成原因分析')).toBe(false);
    expect(isHeadingRun('群众满意度得分')).toBe(false);
  });

  it('skips a second header row whose headings came run together (得分未完成原因分析), no indicator', () => {
    // Made for this test after corpus wide/103 as one stream: the header's second row re-tabulated.
    const rows = table(
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
      ['完成值', '得分未完成原因分析'],
      ['产出指标', '质量指标', '完成设备购买并支付资金', '=', '100', '%'],
    );
    expect(readEvaluationTable(cellStream(rows))?.records.map((r) => r.name)).toEqual([
      '完成设备购买并支付资金',
    ]);
  });
});
