// A table's header printed again at the top of every page (a sheet's print titles), read once: the header a
// merged cell's text landed in when the break cut that cell (LibreOffice draws it again on the new page).
import { describe, expect, it } from 'vitest';
import { layoutPage, type PageState } from './pdf-layout.ts';
import type { Piece, Rule } from './pdf-tables.ts';
import { piece, ruledGrid } from './pdf-test-pages.ts';

const XS = [100, 200, 300, 500, 600];
/** Row borders from the top; the 一级 column's borders left out under the header (a merged cell runs down it). */
const grid = (ys: number[], headRows: number): Rule[] =>
  ruledGrid(XS, ys, {
    mergedDown: ys.map((_, k): [number, number] => [k, 0]).filter(([k]) => k > headRows && k < ys.length - 1),
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

describe('a header repeated under a 二级 cell the break cut (issue 12 pdf variants of wide/474)', () => {
  it('drops the cut cell’s text drawn again over the repeated header, where the 二级 column ends', () => {
    const state: PageState = { open: null };
    const page1 = [
      ...head(700),
      piece('产出指标', 105, 645),
      piece('数量指标', 205, 645),
      piece('培训人数', 305, 645),
      piece('100人', 505, 645),
      piece('合格率', 305, 625),
      piece('95%', 505, 625),
    ];
    layoutPage(page1, grid([700, 680, 660, 640, 620], 2), state);
    // 数量指标's cell goes on below the repeated header: centred on the whole cell, its text lands over the table.
    const page2 = [
      ...head(700),
      piece('数量指标', 205, 720),
      piece('及时率', 305, 645),
      piece('90%', 505, 645),
    ];
    const rows = layoutPage(page2, grid([700, 680, 660, 640], 2), state);
    expect(rows.map((r) => r.cells)).toEqual([['', '', '及时率', '90%']]);
  });

  it('is dropped though a column’s last text above it ends one of its titles (分值 of the budget head, 权重分值)', () => {
    // 权重分值 spans the last two columns in the header; under it the last column is a cell of its own, left empty:
    // that column's own last text is the budget head's 分值, above the header.
    const xs = [100, 200, 300, 400, 500];
    const rules = (ys: number[], head: number): Rule[] => [
      ...[100, 200, 300, 500].map((x): Rule => ({ kind: 'v', at: x, from: ys.at(-1)!, to: ys[0]! })),
      ...ys
        .slice(0, -1)
        .flatMap((y, k): Rule[] => (k === head ? [] : [{ kind: 'v', at: 400, from: ys[k + 1]!, to: y }])),
      ...ys.map((y): Rule => ({ kind: 'h', at: y, from: xs[0]!, to: xs.at(-1)! })),
    ];
    const headRow = (top: number) => [
      piece('一级指标', 105, top - 15),
      piece('三级指标', 205, top - 15),
      piece('权重分值', 305, top - 15),
    ];
    const state: PageState = { open: null };
    const page1 = [
      piece('项目资金', 105, 705),
      piece('得分', 305, 705),
      piece('分值', 405, 705),
      ...headRow(700),
      piece('产出指标', 105, 665),
      piece('培训人数', 205, 665),
      piece('10', 305, 665),
    ];
    layoutPage(page1, rules([720, 700, 680, 660], 1), state);
    const page2 = [
      ...headRow(760),
      piece('效益指标', 105, 725),
      piece('受益人数', 205, 725),
      piece('20', 305, 725),
    ];
    const rows = layoutPage(page2, rules([760, 740, 720], 0), state);
    expect(rows.map((r) => r.cells)).toEqual([['效益指标', '受益人数', '20', '']]);
  });
});

describe('a header whose words are broken over two rows, one with a period in figures', () => {
  // 一级 / 指标, 实际 / 完成情况 and 1- / 7月完成情况: no row alone is a known title, nor free of digits.
  const broken = (top: number): Piece[] => [
    piece('一级', 105, top - 15),
    piece('二级', 205, top - 15),
    piece('实际', 305, top - 15),
    piece('1-', 505, top - 15),
    piece('指标', 105, top - 35),
    piece('指标', 205, top - 35),
    piece('完成情况', 305, top - 35),
    piece('7月完成情况', 505, top - 35),
  ];

  it('is dropped where it is repeated at the top of the next page', () => {
    const state: PageState = { open: null };
    const page1 = [...broken(700), piece('产出指标', 105, 645), piece('数量指标', 205, 645)];
    page1.push(piece('100人', 305, 645), piece('60人', 505, 645));
    page1.push(piece('质量指标', 205, 625), piece('95%', 305, 625), piece('90%', 505, 625));
    layoutPage(page1, grid([700, 680, 660, 640, 620], 2), state);
    const page2 = [...broken(700), piece('效益指标', 105, 645), piece('社会效益', 205, 645)];
    page2.push(piece('500人', 305, 645), piece('300人', 505, 645));
    const rows = layoutPage(page2, grid([700, 680, 660, 640], 2), state);
    expect(rows.map((r) => r.cells)).toEqual([['效益指标', '社会效益', '500人', '300人']]);
  });
});

describe('a running head over a table continued on the next page', () => {
  const rules = (ys: number[]): Rule[] => [
    ...XS.map((x): Rule => ({ kind: 'v', at: x, from: ys[ys.length - 1]!, to: ys[0]! })),
    ...ys.map((y): Rule => ({ kind: 'h', at: y, from: XS[0]!, to: XS[XS.length - 1]! })),
  ];
  const page1 = (): Piece[] => [
    piece('附件2', 100, 780),
    piece('项目支出绩效目标表', 250, 750),
    piece('金额单位:万元', 100, 725),
    ...head(700),
    piece('产出指标', 105, 645),
    piece('数量指标', 205, 645),
    piece('培训人数', 305, 645),
    piece('100人', 505, 645),
  ];

  it('is dropped, and the table read on as one', () => {
    const state: PageState = { open: null };
    layoutPage(page1(), rules([700, 680, 660, 640]), state);
    const page2 = [piece('附件2', 100, 780), piece('满意度指标', 105, 745)];
    page2.push(piece('满意度', 205, 745), piece('群众满意度', 305, 745), piece('≥90%', 505, 745));
    const rows = layoutPage(page2, rules([760, 740]), state);
    expect(rows.map((r) => r.cells)).toEqual([['满意度指标', '满意度', '群众满意度', '≥90%']]);
  });

  it('is no running head when the page repeats every line over the table: a new form on the same template', () => {
    const state: PageState = { open: null };
    layoutPage(page1(), rules([700, 680, 660, 640]), state);
    const rows = layoutPage(page1(), rules([700, 680, 660, 640]), state);
    expect(rows.slice(0, 3).map((r) => r.cells)).toEqual([
      ['附件2'],
      ['项目支出绩效目标表'],
      ['金额单位:万元'],
    ]);
  });
});

describe('a merged cell cut by the page break', () => {
  it('keeps its text drawn across the last border in the last row', () => {
    const state: PageState = { open: null };
    const rules: Rule[] = [
      ...XS.map((x): Rule => ({ kind: 'v', at: x, from: 600, to: 660 })),
      ...[660, 640, 620, 600].map((y): Rule => ({ kind: 'h', at: y, from: XS[0]!, to: XS[XS.length - 1]! })),
    ];
    const rows = layoutPage(
      [
        piece('产出指标', 105, 645),
        piece('时效指标', 205, 645),
        piece('完成时间', 305, 645),
        piece('年底前', 505, 645),
        piece('数量指标', 205, 625),
        piece('培训人数', 305, 625),
        piece('100人', 505, 625),
        piece('合格率', 305, 605),
        piece('95%', 505, 605),
        // 质量指标, merged over the last row and the next page's first, centred on the whole cell: across the border.
        piece('质量指标', 205, 596),
      ],
      rules,
      state,
    );
    expect(rows.at(-1)!.cells).toEqual(['', '质量指标', '合格率', '95%']);
  });
});
