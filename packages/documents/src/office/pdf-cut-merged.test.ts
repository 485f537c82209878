// A merged cell the page break cut: no border at the cut, its text centred on the whole cell as if the page went
// on, so it lands under the page's last border (LibreOffice), and is drawn again at the top of the next page.
import { describe, expect, it } from 'vitest';
import type { Rule } from './pdf-tables.ts';
import { piece, readPages as read, rowPieces, ruledGrid } from './pdf-test-pages.ts';

const XS = [100, 200, 300, 500];
/** A grid of rows; `openFrom` the column the bottom border starts at (the columns left of it merged on). */
const grid = (ys: number[], openFrom = 0): Rule[] =>
  ruledGrid(XS, ys, { mergedDown: openFrom > 0 ? [[ys.length - 1, openFrom - 1]] : [] });
const row = (top: number, texts: string[]) => rowPieces(XS, top, texts);
/** A sheet's footer: 制表人 at the page's left margin, 审核人 under the table. */
const footer = [piece('制表人：', 30, 600), piece('审核人：', 250, 600)];

describe('a merged cell the page break cut', () => {
  const page2 = {
    pieces: [...row(700, ['效益指标', '满意度', '95%']), ...footer],
    rules: grid([700, 680]),
  };

  it('keeps its text drawn under the page’s last border in its column, the footer still the running foot', () => {
    const page1 = {
      pieces: [
        ...row(700, ['一级指标', '三级指标', '指标值']),
        ...row(680, ['产出指标', '培训人数', '100人']),
        ...row(660, ['', '合格率', '95%']),
        piece('效益指标', 105, 625),
        ...footer,
      ],
      rules: grid([700, 680, 660, 640], 1),
    };
    expect(read([page1, page2])).toEqual([
      ['一级指标', '三级指标', '指标值'],
      ['产出指标', '培训人数', '100人'],
      ['效益指标', '合格率', '95%'],
      ['效益指标', '满意度', '95%'],
    ]);
  });

  it('leaves a line under a closed border where it stands (a note under the table)', () => {
    const page1 = {
      pieces: [
        ...row(700, ['一级指标', '三级指标', '指标值']),
        ...row(680, ['产出指标', '培训人数', '100人']),
        piece('备注', 105, 625),
      ],
      rules: grid([700, 680, 660]),
    };
    expect(read([page1])).toEqual([
      ['一级指标', '三级指标', '指标值'],
      ['产出指标', '培训人数', '100人'],
      ['备注'],
    ]);
  });

  it('drops its text drawn again over the next page’s first border, where that column’s top border is missing', () => {
    // Most of 产出指标's cell stood on the first page: on the second its text lands over the table, in the margin
    // beside the running head; the table goes on under it.
    const page1 = {
      pieces: [
        piece('附件1', 30, 760),
        piece('项目支出绩效自评表', 150, 750),
        ...row(740, ['一级指标', '三级指标', '指标值']),
        ...row(720, ['产出指标', '培训人数', '100人']),
        ...row(700, ['', '合格率', '95%']),
      ],
      rules: grid([740, 720, 700, 680]),
    };
    const top: Rule[] = grid([700, 680, 660]).map((r) =>
      r.kind === 'h' && r.at === 700 ? { ...r, from: XS[1]! } : r,
    );
    const page2 = {
      pieces: [
        piece('附件1', 30, 760),
        piece('产出指标', 105, 712),
        ...row(700, ['', '及时率', '90%']),
        ...row(680, ['效益指标', '满意度', '95%']),
      ],
      rules: top,
    };
    expect(read([page1, page2])).toEqual([
      ['附件1'],
      ['项目支出绩效自评表'],
      ['一级指标', '三级指标', '指标值'],
      ['产出指标', '培训人数', '100人'],
      ['', '合格率', '95%'],
      ['', '及时率', '90%'],
      ['效益指标', '满意度', '95%'],
    ]);
  });

  it('keeps a text over the next table that is not the open cell’s (a new form’s title) where it stands', () => {
    const page1 = {
      pieces: [
        ...row(740, ['一级指标', '三级指标', '指标值']),
        ...row(720, ['产出指标', '培训人数', '100人']),
      ],
      rules: grid([740, 720, 700]),
    };
    const top: Rule[] = grid([700, 680, 660]).map((r) =>
      r.kind === 'h' && r.at === 700 ? { ...r, from: XS[1]! } : r,
    );
    const page2 = {
      pieces: [piece('效益指标', 105, 712), ...row(700, ['', '及时率', '90%'])],
      rules: top,
    };
    expect(read([page1, page2])[2]).toEqual(['效益指标']);
  });
});

describe('a merged cell’s wrapped text the page break cut (项目 / 效果 down a narrow 一级 column)', () => {
  const pages = (xs: number[], next = '效果') => {
    const row = (top: number, texts: string[]) => rowPieces(xs, top, texts);
    return [
      {
        pieces: [...row(700, ['项目', '培训人数', '5']), ...row(680, ['', '合格率', '5'])],
        rules: ruledGrid(xs, [700, 680, 660], { mergedDown: [[1, 0]] }),
      },
      {
        // The cut row's rest: a strip over the page's first row, only the merged cell's last line in it.
        pieces: [...row(712, [next, '', '']), ...row(700, ['', '满意度', '5'])],
        rules: ruledGrid(xs, [705, 690, 670]),
      },
    ];
  };

  it('joins the end on the next page to the merged cell above whose line ran to its border', () => {
    expect(read(pages([100, 130, 230, 300]))).toEqual([
      ['项目效果', '培训人数', '5'],
      ['', '合格率', '5'],
      ['', '满意度', '5'],
    ]);
  });

  it('leaves a level’s whole name there as the next group’s row (满意度指标 after 效益指标)', () => {
    expect(read(pages([100, 130, 230, 300], '满意度指标'))).toEqual([
      ['项目', '培训人数', '5'],
      ['', '合格率', '5'],
      ['满意度指标', '', ''],
      ['', '满意度', '5'],
    ]);
  });

  it('leaves a clause there as a row of its own (a goal’s text after the table, not the level’s end)', () => {
    // LibreOffice's PDF of a 部门整体 form: the 年度目标 paragraph under the indicator table at the next page's top.
    expect(read(pages([100, 130, 230, 300], '如下：'))).toEqual([
      ['项目', '培训人数', '5'],
      ['', '合格率', '5'],
      ['如下：', '', ''],
      ['', '满意度', '5'],
    ]);
  });

  it('leaves the text where the merged cell’s last line stopped short of its border (it had ended)', () => {
    expect(read(pages([100, 160, 260, 330]))).toEqual([
      ['项目', '培训人数', '5'],
      ['', '合格率', '5'],
      ['效果', '', ''],
      ['', '满意度', '5'],
    ]);
  });
});
