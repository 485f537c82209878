// A monitoring round of month 7 checked: findings R-MON-01…04 in the Finding shape of the checks.
import { describe, expect, it } from 'vitest';
import { newMonitoringEntrySchema } from './monitoring-model.ts';
import { checkMonitoring } from './monitoring-findings.ts';
import { makeMonitoringEntry } from './test-evaluations.ts';

const explained = { deviationReason: '经费原因', likelihood: '有可能' } as const;

// Budget: 49 of 120 by July → 49 ÷ 70 × 100 = 70, yellow.
const entry = makeMonitoringEntry(7, { annual: '120', executedToDate: '49' }, [
  // 0: 56 of ≥120 by July → 56 ÷ 70 × 100 = 80, green: needs nothing
  { name: '培训人次', target: '≥120人次', actualToDate: '56人次' },
  // 1: red (20 ÷ 70 = 28.57), nothing explained → R-MON-02 warning + two R-MON-04 errors
  { name: '新建站点', target: '≥120个', actualToDate: '20个' },
  // 2: yellow via forecast 90 ÷ 120 = 75, 其他原因 without text → R-MON-04 reasonText
  {
    name: '覆盖村数',
    target: '≥120个',
    expected: '90个',
    extra: { deviationReason: '其他原因', likelihood: '有可能' },
  },
  // 3: red (qualitative 未达成), 完全不可能 without a measure → R-MON-04 correctiveMeasure
  {
    goal: '年度绩效目标2',
    name: '制度建设',
    target: '健全',
    grade: '未达成目标且效果较差',
    extra: { deviationReason: '制度原因', likelihood: '完全不可能' },
  },
  // 4: blue (forecast 150 ÷ 120 = 125), fully explained → only R-MON-02 info
  { goal: '年度绩效目标2', name: '宣传场次', target: '≥120场', expected: '150场', extra: explained },
]);

describe('checkMonitoring', () => {
  const report = checkMonitoring(entry);

  it('the entry passes the model schema', () => {
    expect(newMonitoringEntrySchema.safeParse(entry).success).toBe(true);
  });
  it('lights', () => {
    expect(report.budget.ok && report.budget.value.light).toBe('yellow');
    expect(report.indicators.map((i) => (i.result.ok ? i.result.value.light : 'error'))).toEqual([
      'green',
      'red',
      'yellow',
      'red',
      'blue',
    ]);
    expect(report.goals).toEqual([
      { goal: '年度绩效目标1', light: 'red', indicators: [0, 1, 2] },
      { goal: '年度绩效目标2', light: 'red', indicators: [3, 4] },
    ]);
  });
  it('findings', () => {
    expect(report.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([
      ['R-MON-01', 'info', '/budget/executedToDate'],
      ['R-MON-02', 'warning', '/indicators/1'],
      ['R-MON-04', 'error', '/indicators/1/deviationReason'],
      ['R-MON-04', 'error', '/indicators/1/likelihood'],
      ['R-MON-02', 'info', '/indicators/2'],
      ['R-MON-04', 'error', '/indicators/2/reasonText'],
      ['R-MON-02', 'warning', '/indicators/3'],
      ['R-MON-04', 'error', '/indicators/3/correctiveMeasure'],
      ['R-MON-02', 'info', '/indicators/4'],
      ['R-MON-03', 'warning', '/indicators/1'],
      ['R-MON-03', 'warning', '/indicators/3'],
    ]);
    expect(report.findings.every((f) => f.form === '测试项目')).toBe(true);
  });
  it('messages say what to change', () => {
    const byPath = (p: string) => report.findings.find((f) => f.path === p)!.message;
    expect(byPath('/indicators/1/deviationReason')).toBe('「新建站点」为红灯，须从字典中选择偏差原因');
    expect(byPath('/indicators/3/correctiveMeasure')).toBe(
      '「制度建设」为红灯且完成目标可能性为「完全不可能」，须填写纠偏措施或申请调整绩效目标',
    );
    expect(byPath('/budget/executedToDate')).toBe(
      '预算执行进度黄灯：执行率 = 1–7月执行数 49 ÷ 全年预算数 120 = ≈40.8333%；≈40.8333% ÷ 时间进度 7/12 × 100 = 70，在 60（含）至 80 之间：黄灯。请分析支出滞后的原因并加快执行',
    );
  });
  it('an all-green round with the budget on time gives no finding', () => {
    const green = makeMonitoringEntry(7, { annual: '120', executedToDate: '70' }, [
      { name: '培训人次', target: '≥120人次', actualToDate: '70人次' },
    ]);
    const r = checkMonitoring(green);
    expect(r.findings).toEqual([]);
    expect(r.goals[0]!.light).toBe('green');
  });
  it('unreadable data become error findings', () => {
    const bad = makeMonitoringEntry(7, { annual: '0', executedToDate: '0' }, [
      { name: '培训人次', target: '≥120人次', actualToDate: '70人' },
    ]);
    expect(checkMonitoring(bad).findings.map((f) => [f.rule, f.severity, f.path])).toEqual([
      ['R-MON-01', 'error', '/budget/annual'],
      ['R-MON-02', 'error', '/indicators/0/actualToDate'],
    ]);
  });
});

describe('未填报: rows and budgets the unit has not started', () => {
  const fresh = makeMonitoringEntry(7, { annual: '120', executedToDate: '0' }, [
    { name: '培训人次', target: '≥120人次' },
    { name: '新建站点', target: '≥120个', actualToDate: '0个' },
    { name: '制度建设', target: '健全' },
  ]);
  const report = checkMonitoring(fresh, undefined, { budgetReported: false });
  const codes = report.indicators.map((i) => (i.result.ok ? i.result.value.light : i.result.errors[0]!.code));

  it('an empty row is 未填报, not red; a row typed as 0 is red (FASP2)', () => {
    expect(codes).toEqual(['not-reported', 'red', 'not-reported']);
  });
  it('the budget of an entry never saved is 未填报; once reported, 0 executed is red', () => {
    expect(report.budget.ok ? 'light' : report.budget.errors[0]!.code).toBe('not-reported');
    const saved = checkMonitoring(fresh);
    expect(saved.budget.ok && saved.budget.value.light).toBe('red');
  });
  it('未填报 raises no finding: only the typed 0 warns', () => {
    expect(report.findings.map((f) => [f.rule, f.path])).toEqual([
      ['R-MON-02', '/indicators/1'],
      ['R-MON-04', '/indicators/1/deviationReason'],
      ['R-MON-04', '/indicators/1/likelihood'],
      ['R-MON-03', '/indicators/1'],
    ]);
  });
});
