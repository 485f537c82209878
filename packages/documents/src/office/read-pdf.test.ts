// readPdfRows: lines from baselines, cells from horizontal gaps, radicals mapped back, page numbers dropped.
import { describe, expect, it } from 'vitest';
import { normaliseRadicals, pageRows, readPdfRows } from './read-pdf.ts';
import { hRule, minimalPdf, pdfGrid, pdfText, vRule } from './test-files.ts';

/** The column borders of the three-column tables below. */
const COLUMNS = [50, 150, 250, 350];
/**
 * A page of a three-column ruled table, Name | Weight | Score, whose last row (Design and | 6 | 5) a page break
 * may have cut: the next page says how it goes on.
 */
const CUT_ROW_PAGE = `${pdfGrid([700, 680, 660], COLUMNS)}\n${pdfText([
  ['Name', 60, 686],
  ['Weight', 160, 686],
  ['Score', 260, 686],
  ['Design and', 60, 666],
  ['6', 160, 666],
  ['5', 260, 666],
])}`;

describe('readPdfRows', () => {
  it('rebuilds rows and cells from text positions (a hand-made PDF)', async () => {
    const pdf = minimalPdf([
      pdfText([
        ['Budget disclosure 2020', 200, 800],
        ['Item', 72, 760],
        ['Amount', 300, 760],
        ['Note', 420, 760],
        ['Salaries', 72, 740],
        ['916.82', 300, 740],
        ['- 1 -', 290, 40],
      ]),
      pdfText([['Second page text', 72, 700]]),
    ]);
    const rows = await readPdfRows(pdf);
    expect(rows.map((r) => [r.table, r.cells, r.source])).toEqual([
      [false, ['Budget disclosure 2020'], '第1页'],
      [true, ['Item', 'Amount', 'Note'], '第1页'],
      [true, ['Salaries', '916.82'], '第1页'],
      [false, ['Second page text'], '第2页'],
    ]);
  });

  it("reads a ruled table cell by cell: empty cells kept, merged cells as '', wrapped lines joined", async () => {
    // Grid: columns at x 50/150/250/350, rows at y 700/680/660/620. Row 1: A | B (spans 2 columns);
    // rows 2–3: C spans down two rows; the last row's middle cell is empty; one cell wraps over two lines.
    const borders = [
      hRule(700, 50, 350),
      hRule(680, 50, 350),
      hRule(660, 150, 350),
      hRule(620, 50, 350),
      vRule(50, 620, 700),
      vRule(150, 620, 700),
      vRule(250, 620, 680),
      vRule(350, 620, 700),
    ].join('\n');
    const pdf = minimalPdf([
      `${borders}\n${pdfText([
        ['Title above', 60, 720],
        ['A', 60, 686],
        ['B', 160, 686],
        ['C', 60, 650],
        ['D', 160, 666],
        ['E', 260, 666],
        ['F', 260, 640],
        ['Note below', 60, 600],
      ])}`,
    ]);
    const rows = await readPdfRows(pdf);
    expect(rows.map((r) => [r.table, r.cells])).toEqual([
      [false, ['Title above']],
      [true, ['A', 'B', '']],
      [true, ['C', 'D', 'E']],
      [true, ['', '', 'F']],
      [false, ['Note below']],
    ]);
  });

  it('cuts a text item pdf.js joined across a column border back into its two cells', async () => {
    // Two cells on one baseline set 3 pt apart: pdf.js gives one item "Dept of Roads and Water Audit"
    // (the gap as a space) that crosses the border at x 172; the second row's text spans a merged cell
    // (no border at its height) and keeps its spaces.
    const borders = [
      hRule(700, 50, 350),
      hRule(680, 50, 350),
      hRule(660, 50, 350),
      vRule(50, 660, 700),
      vRule(172, 680, 700),
      vRule(350, 660, 700),
    ].join('\n');
    const pdf = minimalPdf([
      `${borders}
BT /F1 10 Tf 60 686 Td [(Dept of Roads and Water) -300 (Audit)] TJ ET
BT /F1 10 Tf 60 666 Td [(Dept of Roads and Water) -300 (Audit)] TJ ET`,
    ]);
    const rows = await readPdfRows(pdf);
    expect(rows.map((r) => r.cells)).toEqual([
      ['Dept of Roads and Water', 'Audit'],
      ['Dept of Roads and Water Audit', ''],
    ]);
  });

  it('joins a row a page break cut in two: the rest of its cells at the top of the next page', async () => {
    // Made for this test in the shape of a LibreOffice print of a 自评表: the table runs over two pages with
    // borders drawn at the break on both; the last row of page 1 (Design and | 6 | 5) wraps its name, whose
    // end (tender) stands alone at the top of page 2, before a row of its own (Cost | 5 | 5) and one cut
    // short by the stored page (Benefit, no figures).
    const pdf = minimalPdf([
      CUT_ROW_PAGE,
      `${pdfGrid([700, 680, 660, 640], COLUMNS)}\n${pdfText([
        ['tender', 60, 686],
        ['Cost', 60, 666],
        ['5', 160, 666],
        ['5', 260, 666],
        ['Benefit', 60, 646],
      ])}`,
    ]);
    const rows = await readPdfRows(pdf);
    expect(rows.map((r) => r.cells)).toEqual([
      ['Name', 'Weight', 'Score'],
      ['Design and tender', '6', '5'],
      ['Cost', '5', '5'],
      ['Benefit', '', ''],
    ]);
  });

  it('keeps a row of dashes at the top of the next page a row of its own, not a cut row’s rest', async () => {
    // Made for this test in the shape of corpus wide/256 printed by LibreOffice (h-render3): a 自评表 prints a
    // row holding only - under each indicator; the page broke right before one, which was joined to the name
    // above (…发展-). Names and figures invented.
    const page = (next: string) =>
      minimalPdf([
        CUT_ROW_PAGE,
        `${pdfGrid([700, 680, 660], COLUMNS)}\n${pdfText([
          [next, 60, 686],
          ['Cost', 60, 666],
          ['5', 160, 666],
          ['5', 260, 666],
        ])}`,
      ]);
    expect((await readPdfRows(page('-'))).map((r) => r.cells)).toEqual([
      ['Name', 'Weight', 'Score'],
      ['Design and', '6', '5'],
      ['-', '', ''],
      ['Cost', '5', '5'],
    ]);
    // A word there is still the cut name's end.
    expect((await readPdfRows(page('tender'))).map((r) => r.cells)[1]).toEqual([
      'Design and tender',
      '6',
      '5',
    ]);
  });

  it('keeps a name alone at the top of the next page its own row when the row above ended short of its border', async () => {
    // Made for this test in the shape of corpus wide/430 printed by LibreOffice (h-render5): the last row of page 1
    // (Count | 1 | 1) ends its name well inside a wide column; the next page opens with a name cut short by the
    // stored copy (Size), no figures — the next indicator, not the end of Count.
    const pdf = minimalPdf([
      `${pdfGrid([700, 680, 660], [50, 250, 300, 350])}\n${pdfText([
        ['Name', 60, 686],
        ['Weight', 260, 686],
        ['Score', 310, 686],
        ['Count', 60, 666],
        ['1', 260, 666],
        ['1', 310, 666],
      ])}`,
      `${pdfGrid([700, 680], [50, 250, 300, 350])}\n${pdfText([['Size', 60, 686]])}`,
    ]);
    expect((await readPdfRows(pdf)).map((r) => r.cells)).toEqual([
      ['Name', 'Weight', 'Score'],
      ['Count', '1', '1'],
      ['Size', '', ''],
    ]);
  });

  it('joins a cut row’s rest of words alone when every row above fills a column it leaves empty', async () => {
    // Made for this test in the shape of corpus wide/416 printed by LibreOffice: rows of Name | Rule | Type, the
    // last row of page 1 wrapping its rule (10 points, minus / 1 per 1% short), the rule's end alone at the top
    // of page 2 without the Type every row fills (a 指标值类型 column) — and no figures anywhere to tell it by.
    const pdf = minimalPdf([
      `${pdfGrid([700, 680, 660, 640, 620], COLUMNS)}\n${pdfText([
        ['Name', 60, 686],
        ['Rule', 160, 686],
        ['Type', 260, 686],
        ['Enrolment', 60, 666],
        ['full marks', 160, 666],
        ['fixed', 260, 666],
        ['Burden', 60, 646],
        ['by degree', 160, 646],
        ['open', 260, 646],
        ['Quality', 60, 626],
        ['ten, minus', 160, 626],
        ['open', 260, 626],
      ])}`,
      `${pdfGrid([700, 680, 660], COLUMNS)}\n${pdfText([
        ['one a step', 160, 686],
        ['Access', 60, 666],
        ['by degree', 160, 666],
        ['open', 260, 666],
      ])}`,
    ]);
    const rows = await readPdfRows(pdf);
    expect(rows.map((r) => r.cells)).toEqual([
      ['Name', 'Rule', 'Type'],
      ['Enrolment', 'full marks', 'fixed'],
      ['Burden', 'by degree', 'open'],
      ['Quality', 'ten, minus one a step', 'open'],
      ['Access', 'by degree', 'open'],
    ]);
  });

  it('joins pieces of one line and splits cells at wide gaps', () => {
    const piece = (text: string, x: number, y = 100, size = 10) => ({
      text,
      x,
      y,
      width: text.length * size,
      size,
    });
    const rows = pageRows([
      piece('项目', 10),
      piece('名称', 30),
      piece(' ', 50),
      piece('政务服务工作', 120),
      piece('预算', 10, 80),
      piece('571', 200, 81),
    ]);
    expect(rows).toEqual([
      { cells: ['项目名称', '政务服务工作'], table: true },
      { cells: ['预算', '571'], table: true },
    ]);
  });

  it('maps Kangxi and simplified radicals back to ideographs, and nothing else', () => {
    expect(normaliseRadicals('项⽬部⻔⻚⻋便⺠化伙⻝费')).toBe('项目部门页车便民化伙食费');
    expect(normaliseRadicals('财政专戶')).toBe('财政专户');
    expect(normaliseRadicals('（一）ＡＢ')).toBe('（一）ＡＢ');
  });
});
