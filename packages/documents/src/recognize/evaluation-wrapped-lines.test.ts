// A 自评表's rows as a PDF's text layer gives them on one line, its cells wrapped at the column width and the
// lines of a row interleaved: the pieces of a cell are put together again where the text shows how (a unit cut
// off after its figure, a level's name cut by its line), and left as they are elsewhere.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { joinWrappedLines } from './evaluation-wrapped-lines.ts';
import { selfEvaluationOfLines } from './self-evaluation-of-lines.test-support.ts';

const texts = (cells: string[], columns: IndicatorColumn[]) =>
  joinWrappedLines(atomsOf(cells), columns).map((a) => a.text);
const scored: IndicatorColumn[] = ['name', 'target', 'actual', 'score', 'review'];

describe('a row whose cells wrapped onto its next line', () => {
  it('completes the cut units in order and gives the words before them to the name', () => {
    expect(
      texts(
        ['河道清淤', '12', '公', '11', '公', '20', '提供佐证资料;', '疏浚长度', '里', '里', '数量指'],
        [...scored, 'remark'],
      ),
    ).toEqual(['河道清淤疏浚长度', '12', '公里', '11', '公里', '20', '提供佐证资料;', '数量指']);
  });

  it('leaves a cut unit alone where no later piece completes it', () => {
    const cells = ['河道清淤', '12', '公', '11', '公', '20', '疏浚长度', '米', '数量指'];
    expect(texts(cells, scored)).toEqual(cells);
  });

  it('gives no clause to the name (a criterion’s line before the units’ rest)', () => {
    expect(texts(['河道清淤', '12', '公', '20', '提供佐证资料;', '里'], [...scored, 'remark'])).toEqual([
      '河道清淤',
      '12',
      '公里',
      '20',
      '提供佐证资料;',
    ]);
  });
});

describe('a name on one line between its values’ two lines', () => {
  it('joins the words after the row before to the words after the name, the level’s cut piece left out', () => {
    expect(
      texts(
        ['购置电脑', '8', '台', '8', '台', '提升办公', '运行稳定', '质量指', '设备性能', '效率', '可靠'],
        scored,
      ),
    ).toEqual(['购置电脑', '8', '台', '8', '台', '设备性能', '提升办公效率', '运行稳定可靠']);
  });

  it('joins nothing where the counts differ', () => {
    const cells = ['购置电脑', '8', '台', '8', '台', '提升办公', '质量指', '设备性能', '效率', '可靠'];
    expect(texts(cells, scored)).toEqual(cells);
  });

  it('joins nothing where a worded column after the actual may hold the words', () => {
    const cells = [
      '购置电脑',
      '8',
      '台',
      '8',
      '台',
      '提升办公',
      '运行稳定',
      '质量指',
      '设备性能',
      '效率',
      '可靠',
    ];
    expect(texts(cells, [...scored, 'reason'])).toEqual(cells);
  });
});

describe('through the reader, as a one-line copy gives the form', () => {
  const head =
    '某县财政预算支出项目绩效目标自评表 项目名称 河道清淤项目 项目实施单位 某县水利局 自评总分: 90 ' +
    '项目年度目标 1:完成河道清淤。 一级 指标 二级 指标名称 年初指 年终完 自评 复核 评价标准 指标 (三级指标) 标值 成值 分 分 ';
  it('reads the wrapped row whole', async () => {
    const doc = await selfEvaluationOfLines([
      head +
        '河道清淤 12 公 12 公 20 1、提供佐证资料; 疏浚长度 里 里 数量指 2、按个数平均 标 20 分 产出 指标 40 分',
    ]);
    expect(doc.indicators.map((r) => [r.name, r.target.raw, r.actual.raw, r.score])).toContainEqual([
      '河道清淤疏浚长度',
      '12公里',
      '12公里',
      '20',
    ]);
  });
});
