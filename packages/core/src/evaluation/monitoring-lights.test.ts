// Monitoring lights for month 7 (time elapsed 7/12), at each threshold, computed by hand.
import { describe, expect, it } from 'vitest';
import { parseIndicatorValue as v } from '../value/parse-indicator-value.ts';
import {
  budgetLight,
  DEFAULT_MONITORING_THRESHOLDS,
  indicatorLight,
  worstLight,
  type IndicatorLightInput,
} from './monitoring-lights.ts';
import { errorCodes, value } from './test-helpers.ts';

describe('budget light, month 7, 全年预算数 120 (time-elapsed share = 70 万元)', () => {
  // progress = 执行数 ÷ 120 ÷ (7/12) × 100 = 执行数 ÷ 70 × 100
  it.each([
    ['0', 'red', '0'],
    ['41.9', 'red', '59.857142857142857143'],
    ['42', 'yellow', '60'],
    ['55.9', 'yellow', '79.857142857142857143'],
    ['56', 'green', '80'],
    ['120', 'green', '171.42857142857142857'],
  ])('执行数 %s → %s', (executed, light, progress) => {
    const b = value(budgetLight({ annual: '120', executedToDate: executed }, 7));
    expect(b.light).toBe(light);
    expect(b.progress).toBe(progress);
    expect(b.baseline).toBe('time');
  });
  it('writes the working', () => {
    expect(value(budgetLight({ annual: '120', executedToDate: '42' }, 7)).working).toBe(
      '执行率 = 1–7月执行数 42 ÷ 全年预算数 120 = 35%；35% ÷ 时间进度 7/12 × 100 = 60，在 60（含）至 80 之间：黄灯',
    );
  });
  it('a spending plan replaces m/12: 40 of 100 against a planned 50 % → 80, green', () => {
    const b = value(budgetLight({ annual: '100', executedToDate: '40', plannedShareToDate: '0.5' }, 7));
    expect(b).toMatchObject({ light: 'green', progress: '80', baseline: 'plan' });
  });
  it('configurable thresholds: 70 / 90 make 60 red', () => {
    const t = { budget: { red: '70', yellow: '90' }, indicator: { red: '60', yellow: '80', blue: '120' } };
    expect(value(budgetLight({ annual: '120', executedToDate: '42' }, 7, t)).light).toBe('red');
  });
  it('refuses a zero budget, execution above the budget and a month outside 1–12', () => {
    expect(errorCodes(budgetLight({ annual: '0', executedToDate: '0' }, 7))).toEqual(['zero-budget']);
    expect(errorCodes(budgetLight({ annual: '100', executedToDate: '101' }, 7))).toEqual([
      'executed-over-budget',
    ]);
    expect(errorCodes(budgetLight({ annual: '100', executedToDate: '10' }, 13))).toEqual(['invalid-month']);
  });
});

const ind = (
  target: string,
  actualToDate: string,
  expected = '',
  grade: IndicatorLightInput['grade'] = null,
) => ({
  target: v(target),
  actualToDate: v(actualToDate),
  expectedFullYear: v(expected),
  grade,
});

describe('positive indicator ≥120个, month 7 (pro-rata target 70)', () => {
  // progress = actual ÷ (120 × 7/12) × 100 = actual ÷ 70 × 100
  it.each([
    ['0个', 'red'],
    ['41个', 'red'], // 58.57
    ['42个', 'yellow'], // 60
    ['55个', 'yellow'], // 78.57
    ['56个', 'green'], // 80
    ['83个', 'green'], // 118.57
    ['84个', 'blue'], // 120
  ])('to date %s → %s', (actual, light) => {
    const l = value(indicatorLight(ind('≥120个', actual), 7));
    expect(l.light).toBe(light);
    expect(l.basis).toBe('pro-rata');
  });
  it('writes the working', () => {
    expect(value(indicatorLight(ind('≥120个', '42个'), 7)).working).toBe(
      '1–7月执行情况 42个 ÷ (目标值 120个 × 7/12) × 100 = 60，在 60（含）至 80 之间：黄灯',
    );
    expect(value(indicatorLight(ind('≥120个', '0个'), 7)).working).toBe(
      '1–7月执行情况 0个 ÷ (目标值 120个 × 7/12) × 100 = 0，1–7月执行情况为 0：红灯',
    );
  });
  it('prefers the full-year forecast: 30 to date (pro-rata red) but 110 expected → 91.67, green', () => {
    const l = value(indicatorLight(ind('≥120个', '30个', '110个'), 7));
    expect(l).toMatchObject({ light: 'green', basis: 'expected' });
    expect(l.working).toBe(
      '全年预计完成值 110个 ÷ 目标值 120个 × 100 = ≈91.67，在 80（含）至 120 之间：绿灯',
    );
  });
  it('forecast at the thresholds: 72 → 60 yellow, 96 → 80 green, 144 → 120 blue, 71 → red', () => {
    expect(value(indicatorLight(ind('≥120个', '', '72个'), 7)).light).toBe('yellow');
    expect(value(indicatorLight(ind('≥120个', '', '96个'), 7)).light).toBe('green');
    expect(value(indicatorLight(ind('≥120个', '', '144个'), 7)).light).toBe('blue');
    expect(value(indicatorLight(ind('≥120个', '', '71个'), 7)).light).toBe('red');
  });
  it('nothing reported → red, basis missing', () => {
    expect(value(indicatorLight(ind('≥120个', ''), 7))).toMatchObject({ light: 'red', basis: 'missing' });
  });
  it('a unit that cannot be converted is an error on the field used', () => {
    const r = indicatorLight(ind('≥120个', '30人'), 7);
    expect(!r.ok && r.errors[0]).toMatchObject({ code: 'unit-mismatch', path: '/actualToDate' });
  });
  it('money to date in 元 against 万元: 350000元 = 35万元 against ≥60万元 × 7/12 = 35 → 100, green', () => {
    expect(value(indicatorLight(ind('≥60万元', '350000元'), 7)).light).toBe('green');
  });
});

describe('rates in %', () => {
  it('FASP2 pro-rates them: 92 % against ≥95% in July → 92 ÷ (95 × 7/12) × 100 = 165.9…, blue', () => {
    expect(value(indicatorLight(ind('≥95%', '92%'), 7))).toMatchObject({ light: 'blue', basis: 'pro-rata' });
  });
  it('optionally against the full target: 92 ÷ 95 × 100 = 96.84…, green', () => {
    const t = { ...DEFAULT_MONITORING_THRESHOLDS, ratesAgainstFullTarget: true };
    const l = value(indicatorLight(ind('≥95%', '92%'), 7, t));
    expect(l).toMatchObject({ light: 'green', basis: 'to-date' });
    expect(l.working).toBe('1–7月执行情况 92% ÷ 目标值 95% × 100 = ≈96.84，在 80（含）至 120 之间：绿灯');
    expect(value(indicatorLight(ind('≥120个', '42个'), 7, t)).basis).toBe('pro-rata');
  });
});

describe('reverse and zero targets', () => {
  it('≤48小时: forecast 50 exceeds → red; 48 → green', () => {
    expect(value(indicatorLight(ind('≤48小时', '', '50小时'), 7)).light).toBe('red');
    const ok = value(indicatorLight(ind('≤48小时', '', '48小时'), 7));
    expect(ok).toMatchObject({ light: 'green', basis: 'expected' });
    expect(ok.working).toBe('反向指标：全年预计完成值 48小时 ≤ 目标值 48小时：绿灯');
  });
  it('<10个工作日: 10 reaches the bound → red; 9 → green', () => {
    expect(value(indicatorLight(ind('<10个工作日', '', '10个工作日'), 7)).light).toBe('red');
    expect(value(indicatorLight(ind('<10个工作日', '', '9个工作日'), 7)).light).toBe('green');
  });
  it('reverse without a forecast uses the actual to date against the full target', () => {
    const l = value(indicatorLight(ind('≤571万元', '600万元'), 7));
    expect(l).toMatchObject({ light: 'red', basis: 'to-date' });
  });
  it('target 0 (=): equal → green, otherwise red', () => {
    expect(value(indicatorLight(ind('0%', '0%'), 7)).light).toBe('green');
    expect(value(indicatorLight(ind('0%', '1%'), 7)).light).toBe('red');
  });
});

describe('qualitative indicators', () => {
  it('达成 green, 部分达成 yellow, 未达成 red, nothing reported red', () => {
    expect(value(indicatorLight(ind('有所提升', '', '', '达成目标'), 7)).light).toBe('green');
    expect(value(indicatorLight(ind('有所提升', '', '', '部分达成目标并具有一定效果'), 7)).light).toBe(
      'yellow',
    );
    expect(value(indicatorLight(ind('有所提升', '', '', '未达成目标且效果较差'), 7)).light).toBe('red');
    expect(value(indicatorLight(ind('有所提升', ''), 7))).toMatchObject({ light: 'red', basis: 'missing' });
  });
});

describe('worstLight (goal roll-up)', () => {
  it('red > yellow > green > blue', () => {
    expect(worstLight(['green', 'yellow', 'red', 'blue'])).toBe('red');
    expect(worstLight(['green', 'yellow', 'blue'])).toBe('yellow');
    expect(worstLight(['green', 'blue'])).toBe('green');
    expect(worstLight(['blue', 'blue'])).toBe('blue');
    expect(worstLight([])).toBeNull();
  });
});

describe('forecast that misses the target (expectedMustMeetTarget)', () => {
  const t = { ...DEFAULT_MONITORING_THRESHOLDS, expectedMustMeetTarget: true };
  it('110 expected against ≥120: green under FASP2 bands, yellow when the target must be met', () => {
    expect(value(indicatorLight(ind('≥120个', '', '110个'), 7)).light).toBe('green');
    const l = value(indicatorLight(ind('≥120个', '', '110个'), 7, t));
    expect(l).toMatchObject({ light: 'yellow', basis: 'expected' });
    expect(l.working).toBe(
      '全年预计完成值 110个 ÷ 目标值 120个 × 100 = ≈91.67，低于目标值 120个，预计不能完成年度目标：黄灯',
    );
  });
  it('= target: 30人 expected against =33人 → yellow; 33人 → green; a red stays red', () => {
    expect(value(indicatorLight(ind('=33人', '', '30人'), 7, t)).light).toBe('yellow');
    expect(value(indicatorLight(ind('=33人', '', '33人'), 7, t)).light).toBe('green');
    expect(value(indicatorLight(ind('≥120个', '', '50个'), 7, t)).light).toBe('red');
  });
  it('a pro-rata actual to date (no forecast) is not judged against the full target', () => {
    expect(value(indicatorLight(ind('≥120个', '70个'), 7, t)).light).toBe('green');
  });
});
