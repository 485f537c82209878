import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { readNameRuns } from './indicator-name-runs.ts';

const lines = (...texts: string[]): Row[] =>
  texts.map((t, line) => ({ cells: [t], line, table: false }) as Row);
const read = (rows: Row[]) => readNameRuns(rows, 0, null)?.indicators.map((i) => [i.name, i.target?.raw]);

// Made for this test in the shape of a PDF text layer that printed the table column by column: the name
// column's heading and its names one a line, then the target column's heading and the values side by side.
describe('an indicator table given as a run of names and a run of values', () => {
  it('gives the n-th name the n-th value where the runs hold as many', () => {
    const rows = lines(
      '三级指标',
      '培训人次',
      '课程合格率(%)',
      '按期完成率(%)',
      '年度目标值',
      '300 95% 90%',
      '实施周期',
      '目标值',
    );
    expect(read(rows)).toEqual([
      ['培训人次', '300'],
      ['课程合格率(%)', '95%'],
      ['按期完成率(%)', '90%'],
    ]);
    expect(readNameRuns(rows, 0, null)?.end).toBe(6);
  });

  it('reads nothing where the names and the values differ in number', () => {
    expect(
      read(
        lines('三级指标', '培训人次', '课程合格率(%)', '按期完成率(%)', '年度目标值', '300 95%', '实施周期'),
      ),
    ).toBeUndefined();
    expect(
      read(lines('三级指标', '培训人次', '课程合格率(%)', '年度目标值', '300 95% 90%', '实施周期')),
    ).toBeUndefined();
  });

  it('reads nothing from a table whose rows follow the header (a value before the target heading)', () => {
    expect(read(lines('三级指标', '培训人次', '300', '课程合格率(%)', '95%', '年度目标值'))).toBeUndefined();
  });

  it('reads nothing where the first line is no name heading', () => {
    expect(read(lines('项目名称', '培训人次', '课程合格率(%)', '年度目标值', '300 95%'))).toBeUndefined();
  });
});
