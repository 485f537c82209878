// A table's header printed again at the top of every page (a sheet's print titles), read once: the header a
// merged cell's text landed in when the break cut that cell (LibreOffice draws it again on the new page).
import { describe, expect, it } from 'vitest';
import { layoutPage, type PageState } from './pdf-layout.ts';
import type { Piece, Rule } from './pdf-tables.ts';

const XS = [100, 200, 300, 500, 600];
/** Row borders from the top; the 一级 column's borders left out under the header (a merged cell runs down it). */
function grid(ys: number[], headRows: number): Rule[] {
  const rules: Rule[] = XS.map((x) => ({ kind: 'v', at: x, from: ys[ys.length - 1]!, to: ys[0]! }));
  ys.forEach((y, k) => {
    const merged = k > headRows && k < ys.length - 1;
    rules.push({ kind: 'h', at: y, from: merged ? XS[1]! : XS[0]!, to: XS[XS.length - 1]! });
  });
  return rules;
}
const piece = (text: string, x: number, y: number): Piece => ({
  text,
  x,
  y,
  width: text.length * 10,
  size: 10,
});
/** The two header rows (一级 / 指标 broken over both) with their cells' texts, from the row at `top` down. */
function head(top: number): Piece[] {
  return [
    piece('一级', 105, top - 15),
    piece('二级', 205, top - 15),
    piece('指标', 305, top - 15),
    piece('指标值', 505, top - 15),
    piece('指标', 105, top - 35),
    piece('指标', 205, top - 35),
    piece('名称', 305, top - 35),
  ];
}

describe('a header repeated at the top of the next page', () => {
  const page1 = (): Piece[] => [
    ...head(700),
    piece('产出指标', 105, 645),
    piece('数量指标', 205, 645),
    piece('培训人数', 305, 645),
    piece('100人', 505, 645),
    piece('质量指标', 205, 625),
    piece('合格率', 305, 625),
    piece('95%', 505, 625),
  ];
  const rows1 = grid([700, 680, 660, 640, 620], 2);

  it('is dropped when the merged 一级 cell the break cut is drawn inside it (产出指标 over 一级)', () => {
    const state: PageState = { open: null };
    layoutPage(page1(), rows1, state);
    const page2 = [
      ...head(700),
      // The cut merged cell's text drawn again, over the repeated header's 一级.
      piece('产出指标', 105, 690),
      piece('时效指标', 205, 645),
      piece('完成时间', 305, 645),
      piece('年底前', 505, 645),
    ];
    const rows = layoutPage(page2, grid([700, 680, 660, 640], 2), state);
    expect(rows.map((r) => r.cells)).toEqual([['', '时效指标', '完成时间', '年底前']]);
  });

  it('is dropped as printed when no merged cell was cut', () => {
    const state: PageState = { open: null };
    layoutPage(page1(), rows1, state);
    const page2 = [
      ...head(700),
      piece('效益指标', 105, 645),
      piece('社会效益', 205, 645),
      piece('受益人数', 305, 645),
      piece('500人', 505, 645),
    ];
    const rows = layoutPage(page2, grid([700, 680, 660, 640], 2), state);
    expect(rows.map((r) => r.cells)).toEqual([['效益指标', '社会效益', '受益人数', '500人']]);
  });
});
