// Rows built from the approved annual indicators; R-EVAL-07 / R-MON-06 one-to-one mapping; R-EVAL-09 total.
import { describe, expect, it } from 'vitest';
import { parseIndicatorValue as v } from '../value/parse-indicator-value.ts';
import {
  checkRowsAgainstApproved,
  checkStatedTotal,
  draftMonitoringIndicators,
  draftSelfEvaluationIndicators,
} from './approved-rows.ts';
// Two annual indicators with ids (a, b); a long-term one and one without an id are not measured.
import { approvedIndicators as approved } from '../checks/helpers/test-approved-rows.ts';
import { monitorRow } from './test-evaluations.ts';

describe('drafts', () => {
  it('monitoring rows for the annual indicators with an id', () => {
    expect(
      draftMonitoringIndicators(approved).map((r) => [r.indicatorId, r.target.raw, r.actualToDate.kind]),
    ).toEqual([
      ['a', '≥95%', 'empty'],
      ['b', '健全', 'empty'],
    ]);
  });
  it('self-evaluation rows start from the monitoring forecast and grade (R-MON-06)', () => {
    const monitoring = {
      indicators: [
        monitorRow({ name: 'a', target: '≥95%', expected: '96%', extra: { indicatorId: 'a' } }),
        monitorRow({
          name: 'b',
          target: '健全',
          grade: '部分达成目标并具有一定效果',
          extra: { indicatorId: 'b' },
        }),
      ],
    };
    const rows = draftSelfEvaluationIndicators(approved, monitoring);
    expect(rows.map((r) => [r.indicatorId, r.actual.raw, r.grade, r.weight])).toEqual([
      ['a', '96%', null, null],
      ['b', '', '部分达成年度指标并具有一定效果', null],
    ]);
  });
});

describe('R-EVAL-07 rows against the approved indicators', () => {
  const check = (rows: Array<{ indicatorId: string; name: string | null; target: ReturnType<typeof v> }>) =>
    checkRowsAgainstApproved(rows, approved, { rule: 'R-EVAL-07', form: '测试项目' }).map((f) => [
      f.severity,
      f.path,
    ]);
  it('one row per approved indicator: no finding (targets compared by value: ≥95.0% = ≥95%)', () => {
    expect(
      check([
        { indicatorId: 'a', name: 'a', target: v('≥95.0%') },
        { indicatorId: 'b', name: 'b', target: v('健全') },
      ]),
    ).toEqual([]);
  });
  it('missing, added, duplicated and changed rows', () => {
    expect(
      check([
        { indicatorId: 'a', name: 'a', target: v('≥90%') },
        { indicatorId: 'a', name: 'a', target: v('≥95%') },
        { indicatorId: 'x', name: 'x', target: v('≥1个') },
      ]),
    ).toEqual([
      ['warning', '/indicators/0/target'],
      ['error', '/indicators/1'],
      ['error', '/indicators/2'],
      ['error', '/indicators'],
    ]);
  });
});

describe('R-EVAL-09 stated total', () => {
  it('± 0.01 is accepted, 0.02 is not', () => {
    expect(checkStatedTotal('95.94', '95.93', 'p')).toEqual([]);
    expect(checkStatedTotal('95.95', '95.93', 'p').map((f) => f.message)).toEqual([
      '表上总分 95.95 与按各项得分重新计算的 95.93 不一致（相差 0.02）：请核对各项得分与总分',
    ]);
    expect(checkStatedTotal(null, '95.93', 'p')).toEqual([]);
  });
});
