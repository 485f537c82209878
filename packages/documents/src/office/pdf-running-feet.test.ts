// A page's footer beyond its number (制表人 lines, 第 x 页 共 y 页 spelt otherwise, a date, the unit's name): no end
// of a table that goes on over the break, and no row of the form under a table that ends on the page.
import { describe, expect, it } from 'vitest';
import type { Piece } from './pdf-tables.ts';
import { piece, readPages as read, rowPieces, ruledGrid } from './pdf-test-pages.ts';

const XS = [100, 200, 300, 500, 600];
const grid = (ys: number[]) => ruledGrid(XS, ys);
const row = (top: number, cells: string[]) => rowPieces(XS, top, cells);

describe('a running foot under a table that goes on over the page break', () => {
  const first = (foot: Piece[]) => ({
    pieces: [
      ...row(700, ['产出指标', '数量指标', '培训人数', '100人']),
      ...row(680, ['', '质量指标', '合格率', '95%']),
      ...foot,
    ],
    rules: grid([700, 680, 660]),
  });
  const second = (foot: Piece[]) => ({
    pieces: [...row(700, ['', '时效指标', '完成时间', '年底前']), ...foot],
    rules: grid([700, 680]),
  });
  const sign = (page: number) => [
    piece('制表人：', 100, 60),
    piece('审核人：', 300, 60),
    piece(`共 2 页 第 ${page} 页`, 500, 60),
  ];

  it('is dropped when the next page repeats it at the same place, and the table is one', () => {
    expect(read([first(sign(1)), second(sign(2))])).toEqual([
      ['产出指标', '数量指标', '培训人数', '100人'],
      ['', '质量指标', '合格率', '95%'],
      ['', '时效指标', '完成时间', '年底前'],
    ]);
  });

  it('a unit named on every page, well above the page number', () => {
    const unit = [piece('县农业农村局', 250, 120)];
    const rows = read([first(unit), second(unit)]);
    expect(rows.slice(0, 3)).toEqual([
      ['产出指标', '数量指标', '培训人数', '100人'],
      ['', '质量指标', '合格率', '95%'],
      ['', '时效指标', '完成时间', '年底前'],
    ]);
    expect(rows).toHaveLength(3);
  });

  it('keeps a line under the table that the next page does not repeat (the form ends there)', () => {
    const note = [piece('注：本表由项目单位填报。', 100, 600)];
    const rows = read([first(note), { pieces: [piece('第二张表', 100, 750)], rules: [] }]);
    expect(rows).toContainEqual(['注：本表由项目单位填报。']);
    expect(rows.findIndex((r) => r[0] === '注：本表由项目单位填报。')).toBeLessThan(
      rows.findIndex((r) => r[0] === '第二张表'),
    );
  });
});

describe("a page's footer beside or over its page number", () => {
  const table = [
    ...row(700, ['产出指标', '数量指标', '培训人数', '100人']),
    ...row(680, ['', '质量指标', '合格率', '95%']),
  ];
  const rules = grid([700, 680, 660]);

  it('drops a 制表 cell on the page number line', () => {
    const rows = read([
      { pieces: [...table, piece('共1页第1页', 100, 40), piece('制表：预算股', 450, 40)], rules },
    ]);
    expect(rows).toEqual([
      ['产出指标', '数量指标', '培训人数', '100人'],
      ['', '质量指标', '合格率', '95%'],
    ]);
  });

  it('drops a date a line over the page number', () => {
    const rows = read([
      { pieces: [...table, piece('2024年3月1日', 100, 52), piece('第 1 页，共 1 页', 250, 40)], rules },
    ]);
    expect(rows).toHaveLength(2);
  });

  it('keeps a signature line a margin above the page number', () => {
    const rows = read([
      { pieces: [...table, piece('填表人：张三', 100, 90), piece('第 1 页，共 1 页', 250, 40)], rules },
    ]);
    expect(rows).toContainEqual(['填表人：张三']);
  });

  it('keeps a row whose last figure looks like a bare page number', () => {
    const rows = read([{ pieces: [...table, piece('合计', 100, 40), piece('3', 450, 40)], rules }]);
    expect(rows).toContainEqual(['合计', '3']);
  });
});
