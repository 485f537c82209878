import { describe, expect, it } from 'vitest';
import { cleanRows } from './clean-rows.ts';
import type { Row } from './row.ts';

const row = (...cells: string[]): Row => ({ cells, table: true, line: 3 });

describe('cleanRows', () => {
  it('keeps a row whose cells are clean as the same row, not a copy', () => {
    const clean = row('项目名称', '食品安全监管', '');
    expect(cleanRows([clean])[0]).toBe(clean);
  });

  it('cleans every cell of a row that needs it, the input left as it was', () => {
    const rows = [row('项目名称', '食 品 安 全', '１２３'), row('产出指标', ' 数量指标 ')];
    const out = cleanRows(rows);
    expect(out.map((r) => r.cells)).toEqual([
      ['项目名称', '食品安全', '123'],
      ['产出指标', '数量指标'],
    ]);
    expect(out[0]).not.toBe(rows[0]);
    expect(out[0]!.line).toBe(3);
    expect(rows[0]!.cells).toEqual(['项目名称', '食 品 安 全', '１２３']);
  });
});
