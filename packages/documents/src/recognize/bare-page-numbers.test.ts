import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';
import { joinBrokenLines } from './broken-lines.ts';

const row = (...cells: string[]): Row => ({ cells, table: true });
const texts = (rows: Row[]) => rows.map((r) => r.cells.join(' | '));

// A 评价表's effect question and its example rows (① – ④, the points before each), as a PDF viewer's copy
// gives them: each row on a line, cut at its wide gaps.
const question = row('社会效益', '20', '是否有效防止疫情疫病跨境传播', '是/否', '是', '5', '①');

describe('a bare page number with no marked page', () => {
  it('is dropped where it cuts a row in two, the halves joined (5 / 1 / ③ among 5 ② rows)', () => {
    const rows = [question, row('5', '②'), paragraph('5'), paragraph('1'), paragraph('③'), row('5', '④')];
    expect(texts(joinBrokenLines(rows))).toEqual([question.cells.join(' | '), '5 | ②', '5 | ③', '5 | ④']);
  });

  it('is dropped where it cuts a question after its 是/否 unit', () => {
    const rows = [
      row('是否提高了国际技术交流效果', '是/否', '是', '5', '①'),
      row('5', '②'),
      row('社会效益', '30', '促进外向型经济发展', '是/否'),
      paragraph('1'),
      row('是', '5', '①'),
      row('5', '②'),
    ];
    expect(texts(joinBrokenLines(rows))).toEqual([
      '是否提高了国际技术交流效果 | 是/否 | 是 | 5 | ①',
      '5 | ②',
      '社会效益 | 30 | 促进外向型经济发展 | 是/否 | 是 | 5 | ①',
      '5 | ②',
    ]);
  });

  it('is kept between whole rows: a bare figure there is as likely a value', () => {
    const rows = [question, row('5', '②'), paragraph('1'), row('5', '③'), row('5', '④')];
    expect(texts(joinBrokenLines(rows))).toEqual(texts(rows));
  });

  it('is kept when it does not open the run of page numbers (a 2 with no page 1 before it)', () => {
    const rows = [question, row('5', '②'), paragraph('5'), paragraph('2'), paragraph('③'), row('5', '④')];
    expect(texts(joinBrokenLines(rows))).toEqual(texts(rows));
  });
});

describe('a marked page number that cuts a single-spaced row', () => {
  const spaced = (...cells: string[]): Row => ({ cells, table: true, gapless: true });
  it("joins the row's halves by the shapes of the rows around, the half left as text cut at its spaces", () => {
    // As a copy with one space between cells gives it: the name and its unit on one page, the values on the next.
    const rows = [
      spaced('25', '产出数量', '60', '口岸传染病监测开展率', '%', '100%', '20'),
      spaced('口岸卫生监督开展率', '%', '100%', '20'),
      paragraph('卫生检疫人员培训覆盖率 %'),
      paragraph('第 2 页'),
      spaced('100%', '20'),
      spaced('产出质量', '20', '是否保障赴港乘客顺利通关', '是/否', '是', '10', '/'),
    ];
    expect(texts(joinBrokenLines(rows)).slice(2, 4)).toEqual([
      '卫生检疫人员培训覆盖率 | % | 100% | 20',
      '产出质量 | 20 | 是否保障赴港乘客顺利通关 | 是/否 | 是 | 10 | /',
    ]);
  });
});
