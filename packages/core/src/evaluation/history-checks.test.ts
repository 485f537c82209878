// Results into next year: R-HIST-01 too easy, R-HIST-02 unchanged despite the budget, R-HIST-03 dropped misses.
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../model/indicator.ts';
import { parseIndicatorValue as v } from '../value/parse-indicator-value.ts';
import {
  checkDroppedMissedIndicators,
  checkHistory,
  checkTargetsTooEasy,
  checkUnchangedTargets,
  missedTarget,
  type HistoryInput,
  type LastYearIndicator,
} from './history-checks.ts';

function last(
  id: string,
  target: string,
  actual: string,
  extra: Partial<LastYearIndicator> = {},
): LastYearIndicator {
  return {
    indicatorId: id,
    name: id,
    target: v(target),
    actual: v(actual),
    grade: null,
    weight: null,
    score: null,
    ...extra,
  };
}

function now(id: string, target: string): Indicator {
  return {
    id,
    term: 'annual',
    goal: null,
    level1: '产出指标',
    level2: '数量指标',
    name: id,
    target: v(target),
    history: null,
    basis: null,
    category: null,
  };
}

function input(
  lastRows: LastYearIndicator[],
  nowRows: Indicator[],
  budgets: [string | null, string | null] = ['100', '100'],
): HistoryInput {
  return {
    form: '测试项目',
    lastYear: { budget: budgets[0], indicators: lastRows },
    thisYear: { budget: budgets[1], indicators: nowRows },
  };
}

describe('R-HIST-01 target no more ambitious than last year’s actual', () => {
  const flagged = (l: LastYearIndicator, t: string) =>
    checkTargetsTooEasy(input([l], [now(l.indicatorId, t)])).length > 0;
  it('positive: last actual 98 %, target ≥95% → too easy; ≥99% → fine; ≥98% (equal) → too easy', () => {
    expect(flagged(last('a', '≥90%', '98%'), '≥95%')).toBe(true);
    expect(flagged(last('a', '≥90%', '98%'), '≥99%')).toBe(false);
    expect(flagged(last('a', '≥90%', '98%'), '≥98%')).toBe(true);
  });
  it('> needs to be strictly below: last 10, target >10 is fine, >9 is too easy', () => {
    expect(flagged(last('a', '>8个', '10个'), '>10个')).toBe(false);
    expect(flagged(last('a', '>8个', '10个'), '>9个')).toBe(true);
  });
  it('100 % cannot be beaten: last 100 %, target =100% is fine', () => {
    expect(flagged(last('a', '100%', '100%'), '100%')).toBe(false);
  });
  it('reverse: last cost 400 万元, cap ≤500万元 → too easy; ≤380万元 → fine; last in 元 is converted', () => {
    expect(flagged(last('c', '≤571万元', '400万元'), '≤500万元')).toBe(true);
    expect(flagged(last('c', '≤571万元', '400万元'), '≤380万元')).toBe(false);
    expect(flagged(last('c', '≤571万元', '4,000,000元'), '≤500万元')).toBe(true);
  });
  it('a ceiling is told to come down, not up (≤240万元 with last actual 238; ≤10% with 5 %)', () => {
    const [cap] = checkTargetsTooEasy(input([last('c', '≤250万元', '238万元')], [now('c', '≤240万元')]));
    expect(cap!.message).toBe(
      '「c」今年目标「≤240万元」上限不低于上年实际完成值「238万元」：上限可能偏宽，请参考上年实际水平降低上限，或说明理由',
    );
    expect(checkTargetsTooEasy(input([last('r', '≤10%', '5%')], [now('r', '≤10%')]))[0]!.message).toContain(
      '降低上限',
    );
    expect(flagged(last('c', '≤250万元', '238万元'), '≤230万元')).toBe(false);
  });
  it('an exact planned value (=33人, 3500公斤, 95%) is not ranked against last year', () => {
    expect(flagged(last('p', '=30人', '40人'), '=33人')).toBe(false);
    expect(flagged(last('p', '3000公斤', '3600公斤'), '3500公斤')).toBe(false);
    expect(flagged(last('p', '90%', '98%'), '95%')).toBe(false);
  });
  it('different units or qualitative values are not compared', () => {
    expect(flagged(last('a', '≥90%', '98人'), '≥95%')).toBe(false);
    expect(flagged(last('a', '有所提升', '达成'), '有所提升')).toBe(false);
  });
  it('the finding', () => {
    expect(
      checkTargetsTooEasy(input([last('a', '≥90%', '98%')], [now('x', '≥1个'), now('a', '≥95%')])),
    ).toEqual([
      {
        rule: 'R-HIST-01',
        messageId: 'floorTooLow',
        severity: 'warning',
        message:
          '「a」今年目标「≥95%」不高于上年实际完成值「98%」：目标可能偏低，请参考上年实际水平提高目标，或说明理由',
        path: '/indicators/1/target',
        form: '测试项目',
      },
    ]);
  });
});

describe('R-HIST-02 target unchanged while the budget changed by more than 30 %', () => {
  it('200 → 300 万元 (+50 %) with ≥10个 unchanged → info', () => {
    const f = checkUnchangedTargets(input([last('n', '≥10个', '10个')], [now('n', '≥10个')], ['200', '300']));
    expect(f.map((x) => [x.rule, x.severity, x.path])).toEqual([
      ['R-HIST-02', 'info', '/indicators/0/target'],
    ]);
    expect(f[0]!.message).toBe(
      '「n」今年目标「≥10个」与上年相同，但预算由 200 万元变为 300 万元，增加 50%（超过 30%）：请核对目标是否与资金相匹配',
    );
  });
  it('a cut of 40 % also counts; 200 → 250 (+25 %) does not', () => {
    expect(
      checkUnchangedTargets(input([last('n', '≥10个', '')], [now('n', '≥10个')], ['200', '120'])),
    ).toHaveLength(1);
    expect(
      checkUnchangedTargets(input([last('n', '≥10个', '')], [now('n', '≥10个')], ['200', '250'])),
    ).toHaveLength(0);
  });
  it('exactly 30 % is not more than 30 %', () => {
    expect(
      checkUnchangedTargets(input([last('n', '≥10个', '')], [now('n', '≥10个')], ['200', '260'])),
    ).toHaveLength(0);
  });
  it('the same amount in another money unit is unchanged: ≤5000000元 = ≤500万元', () => {
    expect(
      checkUnchangedTargets(input([last('c', '≤5000000元', '')], [now('c', '≤500万元')], ['200', '300'])),
    ).toHaveLength(1);
  });
  it('a changed target, or a rate in % (unless includeRates), is not flagged', () => {
    expect(
      checkUnchangedTargets(input([last('n', '≥10个', '')], [now('n', '≥15个')], ['200', '300'])),
    ).toHaveLength(0);
    const rate = input([last('r', '≥95%', '')], [now('r', '≥95%')], ['200', '300']);
    expect(checkUnchangedTargets(rate)).toHaveLength(0);
    expect(checkUnchangedTargets(rate, { budgetChangeShare: '0.3', includeRates: true })).toHaveLength(1);
  });
  it('a configurable share: 20 % flags +25 %', () => {
    const i = input([last('n', '≥10个', '')], [now('n', '≥10个')], ['200', '250']);
    expect(checkUnchangedTargets(i, { budgetChangeShare: '0.2', includeRates: false })).toHaveLength(1);
  });
});

describe('R-HIST-03 a missed indicator of last year was dropped', () => {
  it('missedTarget: by score, by grade, by actual', () => {
    expect(missedTarget(last('a', '≥95%', '99%', { weight: '10', score: '6' }))).toBe(true);
    expect(missedTarget(last('a', '≥95%', '90%', { weight: '10', score: '10' }))).toBe(false);
    expect(missedTarget(last('q', '健全', '', { grade: '部分达成年度指标并具有一定效果' }))).toBe(true);
    expect(missedTarget(last('a', '≥95%', '90%'))).toBe(true);
    expect(missedTarget(last('c', '≤48小时', '40小时'))).toBe(false);
    expect(missedTarget(last('a', '≥95%', ''))).toBeNull();
  });
  it('flags a dropped miss, not a dropped success nor a kept miss', () => {
    const lastRows = [
      last('dropped-miss', '≥95%', '90%', { weight: '10', score: '9.47' }),
      last('dropped-met', '≥95%', '96%', { weight: '10', score: '10' }),
      last('kept-miss', '≥95%', '90%', { weight: '10', score: '9.47' }),
    ];
    const f = checkDroppedMissedIndicators(input(lastRows, [now('kept-miss', '≥95%')]));
    expect(f).toEqual([
      {
        rule: 'R-HIST-03',
        messageId: 'dropped',
        severity: 'warning',
        message:
          '上年指标「dropped-miss」未达成目标（目标「≥95%」，实际「90%」，得分 9.47），今年未再设置：请保留该指标并提出改进措施，或说明取消理由',
        path: '/indicators',
        form: '测试项目',
      },
    ]);
  });
});

describe('checkHistory', () => {
  it('runs the three checks', () => {
    const i = input(
      [last('a', '≥90%', '98%'), last('n', '≥10个', '10个'), last('gone', '≥5个', '3个')],
      [now('a', '≥95%'), now('n', '≥10个')],
      ['200', '300'],
    );
    expect(checkHistory(i).map((f) => f.rule)).toEqual(['R-HIST-01', 'R-HIST-01', 'R-HIST-02', 'R-HIST-03']);
  });
});
