import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';
import { recognizeProjectForm } from './project-form.ts';

const line = (...cells: string[]): Row => ({ ...paragraph(''), cells });
const read = (rows: Row[]) => recognizeProjectForm(rows, '绩效目标表', { year: null, unit: null });

// Made for this test in the shape of a PDF text layer that printed a 绩效目标表 column by column.
describe('a project form whose text layer broke its labels and gave its indicators in runs', () => {
  it('takes a label broken over two lines for a label, not for the value of the label before it', () => {
    expect(read([line('资金名称', '省级业务主管部'), line('门资金类型')]).name).toBeNull();
    expect(read([line('资金名称', '农村公路养护资金'), line('资金类型')]).name).toBe('农村公路养护资金');
  });

  it('reads the run of names under 三级指标 with the run of values under 年度目标值', () => {
    const form = read([
      line('三级指标'),
      line('培训人次'),
      line('课程合格率(%)'),
      line('年度目标值'),
      line('300 95%'),
    ]);
    expect(form.indicators.map((i) => [i.name, i.target?.raw])).toEqual([
      ['培训人次', '300'],
      ['课程合格率(%)', '95%'],
    ]);
    expect(
      read([line('三级指标'), line('培训人次'), line('课程合格率(%)'), line('年度目标值'), line('300')])
        .indicators,
    ).toEqual([]);
  });
});
