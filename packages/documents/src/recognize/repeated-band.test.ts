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

  it('reads 年度指标值 over 计算符号 | 年度指标值 | 计量单位 as the three columns where the group stands', () => {
    expect(
      withoutRepeatedBand(['level1', 'level2', 'name', 'target', 'actual', 'reason', 'op', 'target', 'unit']),
    ).toEqual(['level1', 'level2', 'name', 'op', 'target', 'unit', 'actual', 'reason']);
  });
});
