// A 监控表 run together whose progress to date is worded before the target (维修任务完成时限按计划推进2024年11月底前
// 完成, 受益群众满意度年底测评不低于90% under 截至7月底完成值 | 年初目标值): the progress phrase is a cell of its own,
// not the end of the name (issue 12's joined variants of wide/476).
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import { progressBeforeDate } from './progress-judgements.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'reason', 'actualToDate', 'target'];
const rows = (text: string) => readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('a progress phrase run into the name', () => {
  it('is the progress to date before a figure', () => {
    expect(rows('受益群众满意度年底测评不低于90%')).toEqual([
      { name: '受益群众满意度', cells: { actualToDate: '年底测评', target: '不低于90%' } },
    ]);
  });

  it('is the progress to date before a date', () => {
    expect(rows('维修任务完成时限按计划推进2024年11月底前完成')).toEqual([
      { name: '维修任务完成时限', cells: { actualToDate: '按计划推进', target: '2024年11月底前完成' } },
    ]);
  });

  it('ends its cell before a date only as a progress phrase', () => {
    expect(progressBeforeDate('按计划推进', '2024年11月底前完成')).toBe(true);
    expect(progressBeforeDate('完成', '2022年12月')).toBe(false);
    expect(progressBeforeDate('按计划推进', '不低于90%')).toBe(false);
  });
});
