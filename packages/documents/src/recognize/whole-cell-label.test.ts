import { describe, expect, it } from 'vitest';
import { paragraph } from '../rows/row.ts';
import { findHeaderInText } from './evaluation-stream-table.ts';
import { segmentText } from './evaluation-text.ts';
import { wholeCellLabelAt } from './whole-cell-label.ts';

const seg = (...cells: string[]) => segmentText([{ ...paragraph(''), table: true, cells }]);

describe('a heading the spellings miss, read as a whole cell of the joined text', () => {
  it('finds a header band whose name column is spelt 三级指标名称 (a copy with one cell per line)', () => {
    const header = findHeaderInText(
      seg('一级指标', '二级指标', '三级指标名称', '全年完成值', '计划指标值', '指标得分(分)', '产出指标'),
    );
    expect(header?.columns).toEqual(['level1', 'level2', 'name', 'actual', 'target', 'score']);
  });

  it('reads a 监控表 heading written with its months (1-7月完成情况)', () => {
    const header = findHeaderInText(
      seg('一级指标', '二级指标', '三级指标', '指标值', '1-7月完成情况', '产出指标'),
    );
    expect(header?.columns).toContain('actualToDate');
  });

  it('takes only a whole cell: a heading inside a longer text is none', () => {
    const s = seg('完成三级指标名称的填报工作');
    expect(wholeCellLabelAt(s, 0)).toBeNull();
    expect(wholeCellLabelAt(s, 2)).toBeNull();
  });

  it('reads no level heading from the target forms’ lexicon (评价内容 heads a scoring table as often)', () => {
    expect(wholeCellLabelAt(seg('评价内容'), 0)).toBeNull();
    expect(findHeaderInText(seg('评价内容', '分值', '评分标准', '自评分', '决策依据', '2'))).toBeNull();
  });
});
