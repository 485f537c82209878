import { describe, expect, it } from 'vitest';
import { paragraph } from '../rows/row.ts';
import { findHeaderInText } from './evaluation-stream-table.ts';
import { segmentText } from './evaluation-text.ts';
import { withoutRepeatedBand } from './repeated-band.ts';

describe('a header band whose copy printed the headings merged down both rows twice', () => {
  it('keeps each heading once when it stands before and after the level labels', () => {
    const cells = [
      '绩效指标',
      '实际完成值',
      '得分',
      '一级指标',
      '二级指标',
      '三级指标',
      '实际完成值',
      '得分',
      '产出指标',
    ];
    const header = findHeaderInText(segmentText([{ ...paragraph(''), table: true, cells }]));
    expect(header?.columns).toEqual(['level1', 'level2', 'name', 'actual', 'score']);
  });

  it('keeps each once when the headings after the levels are one run twice over', () => {
    expect(
      withoutRepeatedBand([
        'level1',
        'level2',
        'name',
        'actualToDate',
        'reason',
        'target',
        'actualToDate',
        'reason',
        'target',
      ]),
    ).toEqual(['level1', 'level2', 'name', 'actualToDate', 'reason', 'target']);
  });

  it('leaves a band whose columns differ (偏差原因 | 原因说明 both kept)', () => {
    const labels = ['level1', 'level2', 'name', 'actual', 'reason', 'reason'] as const;
    expect(withoutRepeatedBand(labels)).toEqual(labels);
  });

  it('leaves out value headings before the levels with no section label over them (the budget rows’ 得分)', () => {
    expect(withoutRepeatedBand(['score', 'level1', 'level2', 'name', 'target', 'actual'])).toEqual([
      'level1',
      'level2',
      'name',
      'target',
      'actual',
    ]);
  });

  it('reads a two-row band with its levels printed in both rows by its lower row', () => {
    // 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际值 | 偏差原因 over the same levels, 指标性质 | 指标值 | 度量单位
    // under the group and the merged headings repeated: each column once, in the lower row's order.
    const upper = ['level1', 'level2', 'name', 'target', 'actual', 'reason'] as const;
    const lower = ['level1', 'level2', 'name', 'op', 'target', 'unit', 'actual', 'reason'] as const;
    expect(withoutRepeatedBand([...upper, ...lower])).toEqual(lower);
    // (The group's value named 指标值 below it is the same band.)
    const named = ['level1', 'level2', 'name', 'op', 'targetValue', 'unit', 'actualToDate'] as const;
    expect(withoutRepeatedBand(['level1', 'level2', 'name', 'target', 'actualToDate', ...named])).toEqual(
      named,
    );
  });

  it('leaves a band whose second row names other columns', () => {
    const labels = ['level1', 'level2', 'name', 'target', 'actual'] as const;
    const other = ['level1', 'level2', 'name', 'op', 'target', 'unit', 'score'] as const;
    expect(withoutRepeatedBand([...labels, ...other])).not.toEqual(other);
  });

  it('reads 年度指标值 over 计算符号 | 年度指标值 | 计量单位 as the three columns where the group stands', () => {
    expect(
      withoutRepeatedBand(['level1', 'level2', 'name', 'target', 'actual', 'reason', 'op', 'target', 'unit']),
    ).toEqual(['level1', 'level2', 'name', 'op', 'target', 'unit', 'actual', 'reason']);
  });
});
