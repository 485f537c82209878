import { describe, expect, it } from 'vitest';
import type { StreamCell } from './evaluation-cells.ts';
import { readColumnRuns } from './evaluation-column-runs.ts';

const stream = (text: string): StreamCell[] =>
  text.split(' ').map((t, row) => ({ text: t, row, line: null, table: true }));

// Made for this test in the shape of corpus wide/150 (a PDF's text layer): the header band, a name cut at the
// column's width, the rows' figures in one run, then the levels and the other names.
const HEADER = '一级指标 二级指标 数量指标 三级指标 场馆开放天数达标 年度 指标值 实际 完成值 分值 得分';
const NAMES = '率 产出指标 质量指标 绩效指标 时效指标 设施验收合格率 费用结算及时性 总分 -1-';

describe('an indicator table given column by column', () => {
  it('gives the n-th name the n-th row of figures, a one-character piece joined to the name before it', () => {
    const t = readColumnRuns(
      stream(`${HEADER} ≥95% 100% 20 20 =100% 100% 20 18 及时 及时 20 20 60 58 ${NAMES}`),
    );
    expect(
      t?.records.map((r) => [r.name, r.cells.target, r.cells.actual, r.cells.weight, r.cells.score]),
    ).toEqual([
      ['场馆开放天数达标率', '≥95%', '100%', '20', '20'],
      ['设施验收合格率', '=100%', '100%', '20', '18'],
      ['费用结算及时性', '及时', '及时', '20', '20'],
    ]);
    expect(t?.records.map((r) => r.level2)).toEqual(['数量指标', '质量指标', '时效指标']);
    expect(t?.total).toEqual({ weight: '60', score: '58' });
  });

  it("takes no total whose points are fewer than the rows' together", () => {
    const t = readColumnRuns(
      stream(`${HEADER} ≥95% 100% 20 20 =100% 100% 20 18 及时 及时 20 20 50 48 ${NAMES}`),
    );
    expect(t?.records).toHaveLength(3);
    expect(t?.total).toBeUndefined();
  });

  it('reads nothing where the names and the rows of figures differ in number', () => {
    expect(readColumnRuns(stream(`${HEADER} ≥95% 100% 20 20 =100% 100% 20 18 60 58 ${NAMES}`))).toBeNull();
  });

  it('reads nothing from a table whose rows follow the header (a name before its figures)', () => {
    const rows =
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 开放天数 ≥300天 320 50 50';
    expect(readColumnRuns(stream(rows))).toBeNull();
  });
});
