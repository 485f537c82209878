// A row of amounts in narrow columns that pdf.js joined into one run is cut back into its cells: the figures
// measured at their printed width (digits half an em, separators a quarter), not as other Latin letters.
import { describe, expect, it } from 'vitest';
import { emWidth } from './pdf-figure-width.ts';
import { findTables, tableRows, type Piece, type Rule } from './pdf-tables.ts';
import { ruledGrid } from './pdf-test-pages.ts';

/** 科目名称 | 合计 | 基本支出 | 项目支出: three amount columns each a little wider than a ten-character figure at 9 pt. */
const XS = [50, 200, 244, 288, 332];
const YS = [700, 680, 660];
/** A text-layer run at 9 pt as LibreOffice sets it: Han 9 pt a character, digits 4.5, commas 2.25. */
const run = (text: string, x: number, y: number, width: number): Piece => ({ text, x, y, width, size: 9 });

function read(pieces: Piece[], rules: Rule[] = ruledGrid(XS, YS)): string[][] {
  const [table] = findTables(rules);
  return tableRows(table!, pieces).rows.map((r) => r.cells);
}

describe('figures measured at their printed width (pdf-figure-width.ts)', () => {
  it('counts a digit half an em and a thousands comma or decimal point a quarter', () => {
    expect(emWidth('41,208,316')).toBe(4.5);
    expect(emWidth('1,234.50')).toBe(3.5);
    expect(emWidth('城乡社区支出')).toBe(6);
    expect(emWidth('Total')).toBeCloseTo(2.75);
  });

  it('cuts a row of three amounts pdf.js joined across two column borders into its three cells', () => {
    // The three figures fill their columns (40.5 of 44 pt), the gaps between them too small for pdf.js to keep
    // them apart: one run from the 合计 column's left to the 项目支出 column's right.
    const rows = read([
      run('城乡社区支出', 51.5, 685, 54),
      run('41,208,316 27,955,020 13,253,296', 201.5, 685, 128.5),
      run('住房保障支出', 51.5, 665, 54),
      run('6,580,210', 201.5, 665, 36),
      run('6,580,210', 245.5, 665, 36),
    ]);
    expect(rows).toEqual([
      ['城乡社区支出', '41,208,316', '27,955,020', '13,253,296'],
      ['住房保障支出', '6,580,210', '6,580,210', ''],
    ]);
  });

  it('cuts two amounts joined across one border, the second in the last column', () => {
    const rows = read([run('合计', 51.5, 685, 18), run('95,602,118 95,602,118', 245.5, 685, 84.5)]);
    expect(rows[0]).toEqual(['合计', '', '95,602,118', '95,602,118']);
  });

  it('leaves a run whole in a cell merged across the columns (no border drawn at its height)', () => {
    // The 说明 row: one cell over the three amount columns, its text a run of figures and words.
    const rules = ruledGrid(XS, YS).filter((r) => !(r.kind === 'v' && (r.at === 244 || r.at === 288)));
    rules.push({ kind: 'v', at: 244, from: 660, to: 680 }, { kind: 'v', at: 288, from: 660, to: 680 });
    const rows = read(
      [run('备注', 51.5, 685, 18), run('41,208,316 27,955,020 13,253,296', 201.5, 685, 128.5)],
      rules,
    );
    expect(rows[0]).toEqual(['备注', '41,208,316 27,955,020 13,253,296', '', '']);
  });
});
