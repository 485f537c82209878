// A 自评表 whose 得分 column stands before its 分值 (得分 | 权重 | 年初目标值 | 实际完成值), a row printing one figure of
// points (its 得分 left blank) in a copy that dropped the blank cell: the figure is the 分值 (issue 12's
// headColumn variants of wide/122).
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const rows = (cols: IndicatorColumn[], cells: string[]) =>
  readFusedRows(atomsOf(cells), cols, { maxWeight: null });

describe('one figure of points on a row', () => {
  it('is the 分值 where the 得分 column comes first', () => {
    const cols: IndicatorColumn[] = ['name', 'score', 'weight', 'target', 'actual'];
    expect(
      rows(cols, ['项目验收合格率', '19', '20', '=100%', '100', '群众满意度', '10.00', '不低于95%', '95']),
    ).toEqual([
      { name: '项目验收合格率', cells: { score: '19', weight: '20', target: '=100%', actual: '100' } },
      { name: '群众满意度', cells: { weight: '10.00', target: '不低于95%', actual: '95' } },
    ]);
  });

  it('stays where the columns put it when the 分值 comes first', () => {
    const cols: IndicatorColumn[] = ['name', 'weight', 'score', 'target', 'actual'];
    expect(rows(cols, ['群众满意度', '10.00', '不低于95%', '95'])).toEqual([
      { name: '群众满意度', cells: { weight: '10.00', target: '不低于95%', actual: '95' } },
    ]);
  });

  it('reads one value under 实际完成值 | 年初目标值 as the target, two in the columns’ order', () => {
    const cols: IndicatorColumn[] = ['name', 'actual', 'target', 'reason'];
    // The cells came one per line, each whole (a figure alone in its cell is never cut).
    const cells = ['设备配备数量', '1000件', '1000件', '火灾火因查明率', '≥95%'];
    expect(readFusedRows(atomsOf(cells), cols, { maxWeight: null, wholeCells: true })).toEqual([
      { name: '设备配备数量', cells: { actual: '1000件', target: '1000件' } },
      { name: '火灾火因查明率', cells: { target: '≥95%' } },
    ]);
  });
});
