import { describe, expect, it } from 'vitest';
import { paragraph } from '../rows/row.ts';
import { readEvaluationTableInText } from './evaluation-stream-table.ts';
import { segmentText } from './evaluation-text.ts';

describe('the indicator table of a 自评表 read from its text', () => {
  it('reads a level name printed letter-spaced as a level, not as a row', () => {
    const text = '一级指标 二级指标 三级指标 年度指标值 全年完成值 偏差原因产 出 指 标数量 指标养护道路里程 12公里 12公里 维修桥梁 3座 3座';
    const cells = text.split(' ');
    const table = readEvaluationTableInText(segmentText([{ ...paragraph(''), table: true, cells }]));
    expect(table?.records.map((r) => [r.level1, r.level2, r.name])).toEqual([
      ['产出指标', '数量指标', '养护道路里程'],
      ['产出指标', '数量指标', '维修桥梁'],
    ]);
  });
});
