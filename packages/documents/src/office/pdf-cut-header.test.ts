// A header row the page break cut: LibreOffice wraps a narrow column's title (一级指 / 标, 数据项 / 1) and, at the
// page's end, draws the wrapped end at the top of the next page, beside the header's lower band if it has one.
import { describe, expect, it } from 'vitest';
import { readPages as read, rowPieces, ruledGrid } from './pdf-test-pages.ts';

/** A narrow 一级 column (three characters fill it), a 三级 column, a wide 指标值 column. */
const XS = [100, 140, 240, 400];
const row = (top: number, texts: string[]) => rowPieces(XS, top, texts);
const body = (top: number) => row(top, ['产出指标', '培训人数', '100人']);

const page1 = (header: string[]) => ({
  pieces: [...body(700), ...row(680, header)],
  rules: ruledGrid(XS, [700, 680, 660]),
});
const page2 = (first: string[]) => ({
  pieces: [...row(700, first), ...row(680, ['效益指标', '满意度', '95%'])],
  rules: ruledGrid(XS, [700, 680, 660]),
});

describe('a header row the page break cut', () => {
  it('joins the end of a title at the top of the next page to its title (一级指 / 标)', () => {
    expect(read([page1(['一级指', '三级指标', '指标值']), page2(['标', '', ''])])).toEqual([
      ['产出指标', '培训人数', '100人'],
      ['一级指标', '三级指标', '指标值'],
      ['效益指标', '满意度', '95%'],
    ]);
  });

  it('keeps the header’s lower band beside the end as a row of its own (数据项1 under 采集数据项)', () => {
    expect(read([page1(['一级指', '三级指标', '采集数据项']), page2(['标', '', '数据项1'])])).toEqual([
      ['产出指标', '培训人数', '100人'],
      ['一级指标', '三级指标', '采集数据项'],
      ['', '', '数据项1'],
      ['效益指标', '满意度', '95%'],
    ]);
  });

  it('joins a figure that ends a title (数据项 / 1)', () => {
    const xs = [100, 140, 240, 275];
    const page = (texts: string[][]) => ({
      pieces: texts.flatMap((t, k) => rowPieces(xs, 700 - 20 * k, t)),
      rules: ruledGrid(xs, [700, 680, 660].slice(0, texts.length + 1)),
    });
    expect(
      read([
        page([
          ['产出指标', '培训人数', '100'],
          ['', '三级指标', '数据项'],
        ]),
        page([
          ['', '', '1'],
          ['效益指标', '满意度', '95'],
        ]),
      ]),
    ).toEqual([
      ['产出指标', '培训人数', '100'],
      ['', '三级指标', '数据项1'],
      ['效益指标', '满意度', '95'],
    ]);
  });

  it('leaves a body row under a title that filled its column: together they make no title', () => {
    expect(read([page1(['一级指', '三级指标', '指标值']), page2(['效益', '满意度', '95%'])])).toEqual([
      ['产出指标', '培训人数', '100人'],
      ['一级指', '三级指标', '指标值'],
      ['效益', '满意度', '95%'],
      ['效益指标', '满意度', '95%'],
    ]);
  });

  it('leaves the first row under a title with room after it (the title ended on its page)', () => {
    const xs = [100, 160, 240, 400];
    const page = (texts: string[][]) => ({
      pieces: texts.flatMap((t, k) => rowPieces(xs, 700 - 20 * k, t)),
      rules: ruledGrid(xs, [700, 680, 660].slice(0, texts.length + 1)),
    });
    expect(
      read([
        page([
          ['产出指标', '培训人数', '100人'],
          ['一级', '三级指标', '指标值'],
        ]),
        page([
          ['指标', '', ''],
          ['效益指标', '满意度', '95%'],
        ]),
      ]),
    ).toEqual([
      ['产出指标', '培训人数', '100人'],
      ['一级', '三级指标', '指标值'],
      ['指标', '', ''],
      ['效益指标', '满意度', '95%'],
    ]);
  });
});
