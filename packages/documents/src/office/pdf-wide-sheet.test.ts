// A sheet wider than its page: its right columns printed on a later page, on the same row boundaries, are put
// back at the end of the rows they continue.
import { describe, expect, it } from 'vitest';
import { endLayout, layoutNumberedPage, type PageState } from './pdf-layout.ts';
import type { Piece, Rule } from './pdf-tables.ts';
import { layoutPages, piece, rowPieces as cells, ruledGrid, type TestPage } from './pdf-test-pages.ts';
import { withFollowing } from './pdf-wide-sheet.ts';

/** mergedDown: [row border k, column c] — a cell merged down over border k in columns 0…c. */
const grid = (xs: number[], ys: number[], mergedDown: Array<[number, number]> = []): Rule[] =>
  ruledGrid(xs, ys, { mergedDown });

function read(pages: TestPage[]): string[][] {
  const { rows, state } = layoutPages(pages);
  return withFollowing(rows, state.following).map((r) => r.cells);
}

const LEFT = [60, 160, 260];
const RIGHT = [80, 260, 360];
const YS = [700, 680, 660, 640];

describe('the right columns of a sheet printed on the next page', () => {
  const page1 = {
    pieces: [
      piece('项目绩效目标表', 100, 730),
      ...cells(LEFT, 700, ['一级指标', '二级指标']),
      ...cells(LEFT, 680, ['产出指标', '数量指标']),
      ...cells(LEFT, 660, ['', '质量指标']),
    ],
    rules: grid(LEFT, YS),
  };

  it('is put at the end of the rows it continues, the title it repeats dropped', () => {
    const page2 = {
      pieces: [
        piece('项目绩效目标表', 60, 730),
        ...cells(RIGHT, 700, ['三级指标', '指标值']),
        ...cells(RIGHT, 680, ['培训人数', '100人']),
        ...cells(RIGHT, 660, ['合格率', '95%']),
      ],
      rules: grid(RIGHT, YS),
    };
    expect(read([page1, page2])).toEqual([
      ['项目绩效目标表'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '100人'],
      ['', '质量指标', '合格率', '95%'],
    ]);
  });

  it('drops the title drawn again from left of the page’s edge, its start cut off there (目绩效目标表)', () => {
    const page2 = {
      pieces: [
        { ...piece('目绩效目标表', -2, 730), width: 60 },
        ...cells(RIGHT, 700, ['三级指标', '指标值']),
        ...cells(RIGHT, 680, ['培训人数', '100人']),
        ...cells(RIGHT, 660, ['合格率', '95%']),
      ],
      rules: grid(RIGHT, YS),
    };
    expect(read([page1, page2])).toEqual([
      ['项目绩效目标表'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '100人'],
      ['', '质量指标', '合格率', '95%'],
    ]);
  });

  it('keeps a line over the right part that starts inside the page, though it ends the title’s words', () => {
    const page2 = {
      pieces: [
        piece('目标表', 80, 730),
        ...cells(RIGHT, 700, ['三级指标', '指标值']),
        ...cells(RIGHT, 680, ['培训人数', '100人']),
        ...cells(RIGHT, 660, ['合格率', '95%']),
      ],
      rules: grid(RIGHT, YS),
    };
    expect(read([page1, page2]).at(-1)).toEqual(['目标表']);
  });

  it('two rows beside one merged down on the left: the second after, its left cells empty', () => {
    const ys = [700, 680, 660, 640, 620];
    const left = {
      pieces: [
        ...cells(LEFT, 700, ['一级指标', '二级指标']),
        ...cells(LEFT, 680, ['产出指标', '数量指标']),
        ...cells(LEFT, 660, ['', '质量指标']),
      ],
      rules: grid(LEFT, ys, [[3, 1]]),
    };
    const right = {
      pieces: [
        ...cells(RIGHT, 700, ['三级指标', '指标值']),
        ...cells(RIGHT, 680, ['培训人数', '100人']),
        ...cells(RIGHT, 660, ['合格率', '95%']),
        ...cells(RIGHT, 640, ['验收率', '100%']),
      ],
      rules: grid(RIGHT, ys),
    };
    expect(read([left, right])).toEqual([
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '100人'],
      ['', '质量指标', '合格率', '95%'],
      ['', '', '验收率', '100%'],
    ]);
  });

  it('a header of two rows on the right beside one merged down on the left: the second right under the first', () => {
    const ys = [700, 680, 660, 640];
    const left = {
      pieces: [...cells(LEFT, 700, ['一级指标', '二级指标']), ...cells(LEFT, 660, ['产出指标', '数量指标'])],
      rules: grid(LEFT, ys, [[1, 1]]),
    };
    const right = {
      pieces: [
        ...cells(RIGHT, 700, ['年度指标值', '']),
        ...cells(RIGHT, 680, ['指标性质', '度量单位']),
        ...cells(RIGHT, 660, ['定量', '人']),
      ],
      rules: grid(RIGHT, ys),
    };
    expect(read([left, right])).toEqual([
      ['一级指标', '二级指标', '年度指标值', ''],
      ['', '', '指标性质', '度量单位'],
      ['产出指标', '数量指标', '定量', '人'],
    ]);
  });

  it('a right part parted by a row without borders (a label row empty on the right) joins the left rows', () => {
    // Three rows: a head row, a label row whose right cells are empty and drawn without borders, an indicator.
    const ys = [700, 680, 660, 640];
    const left = {
      pieces: [
        ...cells(LEFT, 700, ['项目名称', '培训项目']),
        ...cells(LEFT, 680, ['年度目标', '完成培训']),
        ...cells(LEFT, 660, ['数量指标', '培训人数']),
      ],
      rules: grid(LEFT, ys),
    };
    // On the right: the head row's table, the band, the indicator row's table (two tables on the page).
    const right = {
      pieces: [...cells(RIGHT, 700, ['主管部门', '县教育局']), ...cells(RIGHT, 660, ['100人', '95人'])],
      rules: [...grid(RIGHT, [700, 680]), ...grid(RIGHT, [660, 640])],
    };
    expect(read([left, right])).toEqual([
      ['项目名称', '培训项目', '主管部门', '县教育局'],
      ['年度目标', '完成培训', '', ''],
      ['数量指标', '培训人数', '100人', '95人'],
    ]);
  });

  it('a right part whose first rows stand without borders, a row the left merges across split in two', () => {
    // The left: a head of two rows, then a header row merged down over two grid rows (no boundary at 620 there).
    const ys = [700, 680, 660, 640, 600, 580, 560];
    const left = {
      pieces: [
        ...cells(LEFT, 700, ['项目名称', '培训项目']),
        ...cells(LEFT, 680, ['主管部门', '县教育局']),
        ...cells(LEFT, 660, ['年度目标', '完成培训']),
        ...cells(LEFT, 640, ['一级指标', '三级指标']),
        ...cells(LEFT, 600, ['产出指标', '培训人数']),
        ...cells(LEFT, 580, ['', '合格率']),
      ],
      rules: grid(LEFT, ys),
    };
    // The right starts at the header, which it prints on two rows (年度指标值 over 指标值 | 度量单位).
    const right = {
      pieces: [
        ...cells(RIGHT, 640, ['年度指标值', '']),
        ...cells(RIGHT, 620, ['指标值', '度量单位']),
        ...cells(RIGHT, 600, ['100', '人']),
        ...cells(RIGHT, 580, ['95', '%']),
      ],
      rules: grid(RIGHT, [640, 620, 600, 580, 560]),
    };
    expect(read([left, right])).toEqual([
      ['项目名称', '培训项目', '', ''],
      ['主管部门', '县教育局', '', ''],
      ['年度目标', '完成培训', '', ''],
      ['一级指标', '三级指标', '年度指标值', ''],
      ['', '', '指标值', '度量单位'],
      ['产出指标', '培训人数', '100', '人'],
      ['', '合格率', '95', '%'],
    ]);
  });

  it("the left part's footer repeated at its place beside the right part is the sheet's running foot", () => {
    const foot = [piece('打印时间：2024-03-01', 60, 60)];
    const right = {
      pieces: [
        ...cells(RIGHT, 700, ['三级指标', '指标值']),
        ...cells(RIGHT, 680, ['培训人数', '100人']),
        ...cells(RIGHT, 660, ['合格率', '95%']),
        ...foot,
      ],
      rules: grid(RIGHT, YS),
    };
    expect(read([{ ...page1, pieces: [...page1.pieces, ...foot] }, right])).toEqual([
      ['项目绩效目标表'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '100人'],
      ['', '质量指标', '合格率', '95%'],
    ]);
  });

  it('a right part without any text pads the left rows and reads on', () => {
    const empty = { pieces: [], rules: [...grid(RIGHT, [700, 680]), ...grid(RIGHT, [660, 640])] };
    expect(read([page1, empty]).slice(1)).toEqual([
      ['一级指标', '二级指标', '', ''],
      ['产出指标', '数量指标', '', ''],
      ['', '质量指标', '', ''],
    ]);
  });

  it('a later table on other columns sharing only some of the rows, with rows of its own, is a table of its own', () => {
    const other = {
      pieces: [
        ...cells(RIGHT, 700, ['项目名称', '乡村道路']),
        ...cells(RIGHT, 670, ['主管部门', '县交通局']),
      ],
      rules: grid(RIGHT, [700, 680, 670, 650, 640]),
    };
    const rows = read([page1, other]);
    expect(rows[1]).toEqual(['一级指标', '二级指标']);
    expect(rows.slice(4).filter((r) => r.some((c) => c !== ''))).toEqual([
      ['项目名称', '乡村道路'],
      ['主管部门', '县交通局'],
    ]);
  });

  it('a table on the same rows and the same columns is a table of its own (a template printed again)', () => {
    const again = {
      pieces: [
        ...cells(LEFT, 700, ['一级指标', '二级指标']),
        ...cells(LEFT, 680, ['效益指标', '社会效益']),
        ...cells(LEFT, 660, ['', '生态效益']),
      ],
      rules: grid(LEFT, YS),
    };
    expect(read([page1, again])).toHaveLength(7);
  });
});

describe('a sheet wider than two pages, its header’s second row beside left cells merged down', () => {
  it('reads that row once, each part’s cells in their columns (指标性质 | 目标值 then 度量单位)', () => {
    const ys = [700, 680, 660, 640];
    const mid = [80, 180, 280];
    const right = [100, 200, 300];
    // The left cells 一级指标 and 三级指标 run down both header rows: no border between them.
    const leftRules = grid(LEFT, ys).filter((r) => !(r.kind === 'h' && r.at === 680));
    const page1 = {
      pieces: [...cells(LEFT, 700, ['一级指标', '三级指标']), ...cells(LEFT, 660, ['产出指标', '培训人数'])],
      rules: leftRules,
    };
    const page2 = {
      pieces: [
        ...cells(mid, 700, ['指标值', '']),
        ...cells(mid, 680, ['指标性质', '目标值']),
        ...cells(mid, 660, ['≥', '100']),
      ],
      rules: grid(mid, ys),
    };
    const page3 = {
      pieces: [
        ...cells(right, 700, ['', '权重']),
        ...cells(right, 680, ['度量单位', '']),
        ...cells(right, 660, ['人', '10']),
      ],
      rules: grid(right, ys),
    };
    expect(read([page1, page2, page3])).toEqual([
      ['一级指标', '三级指标', '指标值', '', '', '权重'],
      ['', '', '指标性质', '目标值', '度量单位', ''],
      ['产出指标', '培训人数', '≥', '100', '人', '10'],
    ]);
  });
});

describe('a sheet wider than its page read by OCR (a scan lays its words out on the same path)', () => {
  // Words as the OCR reader hands them: each with how sure tesseract was of it.
  const sure = (pieces: Piece[], confidence: number) => pieces.map((p) => ({ ...p, confidence }));
  const state = (): PageState => ({ open: null });

  it("keeps how sure each cell is: the right part's cells their own, not the left row's", () => {
    const left = {
      pieces: sure(
        [...cells(LEFT, 700, ['一级指标', '三级指标']), ...cells(LEFT, 680, ['产出指标', '培训人数'])],
        0.7,
      ),
      rules: grid(LEFT, [700, 680, 660]),
    };
    const right = {
      pieces: sure(
        [...cells(RIGHT, 700, ['指标值', '实际完成值']), ...cells(RIGHT, 680, ['100人', '98人'])],
        0.5,
      ),
      rules: grid(RIGHT, [700, 680, 660]),
    };
    const s = state();
    const rows = endLayout(
      [left, right].flatMap((p, k) => layoutNumberedPage(p.pieces, p.rules, s, k + 1)),
      s,
    );
    expect(rows.map((r) => r.cells)).toEqual([
      ['一级指标', '三级指标', '指标值', '实际完成值'],
      ['产出指标', '培训人数', '100人', '98人'],
    ]);
    expect(rows[1]!.cellConfidence).toEqual([0.7, 0.7, 0.5, 0.5]);
    expect(rows[1]!.confidence).toBe(0.5);
  });
});

describe("a left cell the page's edge cut", () => {
  const ys = [700, 670, 640, 610];
  const left = [60, 160, 260];
  const right = [200, 300, 400];

  it('is read whole from the right part’s page, where it is drawn again from left of the part', () => {
    const page1 = {
      pieces: [
        piece('主管部门', 65, 688),
        // The value's first line runs past the table's border to the page's edge, its last character clipped.
        piece('207101', 165, 688),
        piece('天津市河北区', 235, 688),
        piece('民法院', 165, 676),
        ...cells(left, 670, ['三级指标', '指标性质']),
        ...cells(left, 640, ['培训人数', '定量']),
      ],
      rules: grid(left, ys),
    };
    const page2 = {
      pieces: [
        piece('207101天津市河北区人', 150, 688),
        piece('民法院', 150, 676),
        ...cells(right, 670, ['指标值', '度量单位']),
        ...cells(right, 640, ['100', '人']),
      ],
      rules: grid(right, ys),
    };
    expect(read([page1, page2])).toEqual([
      ['主管部门', '207101天津市河北区人民法院', '', ''],
      ['三级指标', '指标性质', '指标值', '度量单位'],
      ['培训人数', '定量', '100', '人'],
    ]);
  });

  it("is joined where the right part's page shows its end only, its start cut off by that page's left edge", () => {
    // A name longer than both pages' parts: the left page keeps its start up to its edge (…国道段）治), the right
    // page draws it again from left of its own edge, so its text there opens mid-name (县舒茶镇…治理工程).
    const page1 = {
      pieces: [
        piece('项目名称', 65, 688),
        { ...piece('某某县某某镇清水河（渡槽至国道段）治', 165, 688), width: 190 },
        ...cells(left, 670, ['三级指标', '指标性质']),
        ...cells(left, 640, ['培训人数', '定量']),
      ],
      rules: grid(left, ys),
    };
    const page2 = {
      pieces: [
        { ...piece('镇清水河（渡槽至国道段）治理工程', -7, 688), width: 180 },
        ...cells(right, 670, ['指标值', '度量单位']),
        ...cells(right, 640, ['100', '人']),
      ],
      rules: grid(right, ys),
    };
    expect(read([page1, page2])).toEqual([
      ['项目名称', '某某县某某镇清水河（渡槽至国道段）治理工程', '', ''],
      ['三级指标', '指标性质', '指标值', '度量单位'],
      ['培训人数', '定量', '100', '人'],
    ]);
  });

  it('keeps its last piece that starts just left of the border and runs past the page, not a line under the table', () => {
    const page1 = {
      pieces: [
        piece('项目名称', 65, 688),
        piece('某某县某某镇清水河', 165, 688),
        // Starts less than an em left of the right border, right where the piece before it ends.
        { ...piece('治理工程', 255, 688), width: 40 },
        ...cells(left, 670, ['三级指标', '指标性质']),
        ...cells(left, 640, ['培训人数', '定量']),
      ],
      rules: grid(left, ys),
    };
    expect(read([page1]).map((r) => r.join('|'))).toEqual([
      '项目名称|某某县某某镇清水河治理工程',
      '三级指标|指标性质',
      '培训人数|定量',
    ]);
  });
});
