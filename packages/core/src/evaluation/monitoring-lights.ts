// R-MON-01…03: monitoring warning lights (DOMAIN §3.3, FASP2 F3) — budget execution against time elapsed,
// indicators by direction, goals as the worst of their indicators. Month m comes in as an argument.
import { Decimal } from '../money/decimal.ts';
import type { IndicatorValue } from '../model/indicator-value.ts';
import { gradeLevel, type MonitoringGrade } from './dictionaries.ts';
import { decimalOf, HUNDRED, show, showPercent, showRounded } from './format.ts';
import type { MonitoringBudget } from './monitoring-model.ts';
import { readPair, readTarget } from './quantities.ts';
import { fail, ok, type Result } from './result.ts';

export type Light = 'red' | 'yellow' | 'green' | 'blue';
export const LIGHT_LABEL: Record<Light, string> = {
  red: '红灯',
  yellow: '黄灯',
  green: '绿灯',
  blue: '蓝灯',
};

/** Severity order for the goal roll-up: red > yellow > green > blue. */
const RANK: Record<Light, number> = { red: 3, yellow: 2, green: 1, blue: 0 };

export interface MonitoringThresholds {
  /** Budget light: red below `red`, yellow below `yellow`, else green (percent of time-elapsed). */
  budget: { red: string; yellow: string };
  /** Positive indicators: red below `red`, yellow below `yellow`, green below `blue`, else blue. */
  indicator: { red: string; yellow: string; blue: string };
  /**
   * Compare a rate in % to date with the full target instead of target × m/12 (a 92 % 合格率 in July is not
   * "175 % of plan"). FASP2 pro-rates every positive indicator, so this is off by default.
   */
  ratesAgainstFullTarget?: boolean;
  /**
   * A full-year forecast below a positive (or =) target is at least yellow even inside FASP2's green band:
   * the annual target will not be met (issue 6). Off by default, as in FASP2.
   */
  expectedMustMeetTarget?: boolean;
}

export const DEFAULT_MONITORING_THRESHOLDS: MonitoringThresholds = {
  budget: { red: '60', yellow: '80' },
  indicator: { red: '60', yellow: '80', blue: '120' },
};

function checkMonth(month: number): Result<Decimal> {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    return fail('invalid-month', `监控月份「${month}」须为 1 至 12 的整数`, '/month');
  return ok(new Decimal(month));
}

/**
 * The light of the percentage numer ÷ denom, compared by cross-multiplication so that a value exactly on a
 * threshold (60, 80, 120) is never pushed off it by the rounding of a division.
 */
function band(numer: Decimal, denom: Decimal, t: { red: string; yellow: string; blue?: string }): Light {
  if (numer.lt(denom.mul(t.red))) return 'red';
  if (numer.lt(denom.mul(t.yellow))) return 'yellow';
  if (t.blue !== undefined && numer.gte(denom.mul(t.blue))) return 'blue';
  return 'green';
}

function bandText(light: Light, t: { red: string; yellow: string; blue?: string }): string {
  if (light === 'red') return `低于 ${t.red}`;
  if (light === 'yellow') return `在 ${t.red}（含）至 ${t.yellow} 之间`;
  if (light === 'blue') return `不低于 ${t.blue}，进度明显超前`;
  return t.blue === undefined ? `不低于 ${t.yellow}` : `在 ${t.yellow}（含）至 ${t.blue} 之间`;
}

export interface BudgetLight {
  light: Light;
  /** 执行数 ÷ 全年预算数, exact ratio. */
  rate: string;
  /** (执行率 ÷ 时间进度) × 100. */
  progress: string;
  /** `time`: m/12; `plan`: the project's 分月用款计划 share. */
  baseline: 'time' | 'plan';
  working: string;
}

/** R-MON-01: budget light = (执行率 ÷ (m/12)) × 100, or against the planned share when one is given. */
export function budgetLight(
  budget: MonitoringBudget,
  month: number,
  thresholds: MonitoringThresholds = DEFAULT_MONITORING_THRESHOLDS,
): Result<BudgetLight> {
  const m = checkMonth(month);
  if (!m.ok) return m;
  const annual = decimalOf(budget.annual);
  const executed = decimalOf(budget.executedToDate);
  if (annual === null || annual.isNegative())
    return fail('invalid-amount', `全年预算数「${budget.annual}」不是有效金额`, '/budget/annual');
  if (executed === null || executed.isNegative())
    return fail('invalid-amount', `执行数「${budget.executedToDate}」不是有效金额`, '/budget/executedToDate');
  if (annual.isZero())
    return fail('zero-budget', '全年预算数为 0，无法计算预算执行进度：请核对预算数', '/budget/annual');
  if (executed.gt(annual))
    return fail(
      'executed-over-budget',
      `1–${month}月执行数 ${show(executed)} 万元大于全年预算数 ${show(annual)} 万元：请核对`,
      '/budget/executedToDate',
    );
  const plan = decimalOf(budget.plannedShareToDate ?? null);
  if (plan !== null && (plan.lte(0) || plan.gt(1)))
    return fail(
      'invalid-amount',
      `计划支出进度「${budget.plannedShareToDate}」须大于 0 且不超过 1`,
      '/budget/plannedShareToDate',
    );
  const shareText = plan ? `计划支出进度 ${showPercent(plan)}` : `时间进度 ${month}/12`;
  const rate = executed.div(annual);
  // progress = (executed ÷ annual) ÷ share × 100, with share = m/12 or the planned share.
  const numer = plan ? executed.mul(HUNDRED) : executed.mul(1200);
  const denom = plan ? annual.mul(plan) : annual.mul(m.value);
  const progress = numer.div(denom);
  const light = band(numer, denom, thresholds.budget);
  return ok({
    light,
    rate: rate.toFixed(),
    progress: progress.toFixed(),
    baseline: plan ? 'plan' : 'time',
    working: `执行率 = 1–${month}月执行数 ${show(executed)} ÷ 全年预算数 ${show(annual)} = ${showPercent(rate)}；${showPercent(rate)} ÷ ${shareText} × 100 = ${showRounded(progress, 2)}，${bandText(light, thresholds.budget)}：${LIGHT_LABEL[light]}`,
  });
}

export interface IndicatorLightInput {
  target: IndicatorValue;
  actualToDate: IndicatorValue;
  expectedFullYear: IndicatorValue;
  grade: MonitoringGrade | null;
}

export interface IndicatorLight {
  light: Light;
  /**
   * What the light was computed from: `expected` (全年预计值 against the full target), `pro-rata` (actual to
   * date against target × m/12), `to-date` (actual to date against the full target: reverse and zero targets,
   * rates when `ratesAgainstFullTarget`), `grade` (qualitative), `missing` (nothing reported: red).
   */
  basis: 'expected' | 'pro-rata' | 'to-date' | 'grade' | 'missing';
  /** The percentage compared with the thresholds (positive indicators), or null. */
  progress: string | null;
  working: string;
}

/** R-MON-02: the light of one indicator. The full-year forecast is preferred over the pro-rata actual. */
export function indicatorLight(
  input: IndicatorLightInput,
  month: number,
  thresholds: MonitoringThresholds = DEFAULT_MONITORING_THRESHOLDS,
): Result<IndicatorLight> {
  const m = checkMonth(month);
  if (!m.ok) return m;
  if (input.target.kind === 'empty')
    return fail('target-empty', '批复的年度指标值为空，无法判断进度', '/target');
  if (input.target.kind === 'qualitative') {
    if (input.grade === null)
      return ok({ light: 'red', basis: 'missing', progress: null, working: '未填写定性指标执行情况：红灯' });
    const light: Light = { met: 'green', partly: 'yellow', missed: 'red' }[gradeLevel(input.grade)] as Light;
    return ok({
      light,
      basis: 'grade',
      progress: null,
      working: `定性指标执行情况「${input.grade}」：${LIGHT_LABEL[light]}`,
    });
  }
  const t = readTarget(input.target);
  if (!t.ok) return atTarget(t);
  const useExpected = input.expectedFullYear.kind !== 'empty';
  const chosen = useExpected ? input.expectedFullYear : input.actualToDate;
  if (chosen.kind === 'empty')
    return ok({
      light: 'red',
      basis: 'missing',
      progress: null,
      working: `未填写1–${month}月执行情况或全年预计完成值：红灯`,
    });
  const what = useExpected ? '全年预计完成值' : `1–${month}月执行情况`;
  const pair = readPair(input.target, chosen, what);
  if (!pair.ok)
    return {
      ok: false,
      errors: pair.errors.map((e) => ({ ...e, path: useExpected ? '/expectedFullYear' : '/actualToDate' })),
    };
  const p = pair.value;
  const note = p.note ? `${p.note}；` : '';
  const toDate = useExpected ? 'expected' : 'to-date';
  if (p.target.isZero()) {
    const light: Light = p.actual.isZero() ? 'green' : 'red';
    return ok({
      light,
      basis: toDate,
      progress: null,
      working: `${note}目标值为 0：${what} ${p.actualShown}${p.actual.isZero() ? ' 等于' : ' 不等于'}目标值：${LIGHT_LABEL[light]}`,
    });
  }
  if (p.direction === 'reverse') {
    const over = p.op === '<' ? p.actual.gte(p.target) : p.actual.gt(p.target);
    const light: Light = over ? 'red' : 'green';
    const cmp = over ? (p.op === '<' ? '≥' : '>') : p.op === '<' ? '<' : '≤';
    return ok({
      light,
      basis: toDate,
      progress: null,
      working: `${note}反向指标：${what} ${p.actualShown} ${cmp} 目标值 ${p.targetShown}：${LIGHT_LABEL[light]}`,
    });
  }
  const full = useExpected || (thresholds.ratesAgainstFullTarget === true && p.unit === '%');
  const numer = full ? p.actual.mul(HUNDRED) : p.actual.mul(1200);
  const denom = full ? p.target : p.target.mul(m.value);
  const progress = numer.div(denom);
  let light: Light = p.actual.isZero() ? 'red' : band(numer, denom, thresholds.indicator);
  const shortfall =
    useExpected &&
    thresholds.expectedMustMeetTarget === true &&
    p.actual.lt(p.target) &&
    (light === 'green' || light === 'blue');
  if (shortfall) light = 'yellow';
  const formula = full
    ? `${what} ${p.actualShown} ÷ 目标值 ${p.targetShown} × 100`
    : `${what} ${p.actualShown} ÷ (目标值 ${p.targetShown} × ${month}/12) × 100`;
  const why = p.actual.isZero()
    ? `${what}为 0`
    : shortfall
      ? `低于目标值 ${p.targetShown}，预计不能完成年度目标`
      : bandText(light, thresholds.indicator);
  return ok({
    light,
    basis: useExpected ? 'expected' : full ? 'to-date' : 'pro-rata',
    progress: progress.toFixed(),
    working: `${note}${formula} = ${showRounded(progress, 2)}，${why}：${LIGHT_LABEL[light]}`,
  });
}

function atTarget<T>(r: Result<T>): Result<T> {
  return r.ok ? r : { ok: false, errors: r.errors.map((e) => ({ ...e, path: '/target' })) };
}

/** R-MON-03: the worst light of a goal's indicators (red > yellow > green > blue); null for none. */
export function worstLight(lights: readonly Light[]): Light | null {
  let worst: Light | null = null;
  for (const l of lights) if (worst === null || RANK[l] > RANK[worst]) worst = l;
  return worst;
}
