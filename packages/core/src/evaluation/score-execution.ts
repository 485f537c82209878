// R-EVAL-03: 预算执行率 = 全年执行数 ÷ 全年预算数, score = min(执行率 × 分值, 分值) (DOMAIN §2.3, FASP2 F2).
import type { Decimal } from '../money/decimal.ts';
import { clampScore, decimalOf, round2, scoreString, show, showPercent, ZERO } from './format.ts';
import { fail, ok, type Result } from './result.ts';

export interface ExecutionScore {
  /** 执行率 as a ratio, exact ("0.95"); null when the budget is 0. */
  rate: string | null;
  score: string;
  weight: string;
  working: string;
  /** `zero-budget`: 全年预算数 is 0, the score is 0 and the case needs a look (R-EVAL-03). */
  flags: Array<'zero-budget'>;
}

function amount(value: string, label: string, path: string): Result<Decimal> {
  const d = decimalOf(value);
  if (d === null) return fail('invalid-amount', `${label}「${value}」不是金额数字（万元）`, path);
  if (d.isNegative()) return fail('negative-amount', `${label} ${show(d)} 万元为负数，请核对`, path);
  return ok(d);
}

/** Scores budget execution. `weight` defaults to 10; an execution above the budget is an error. */
export function scoreExecution(input: {
  annual: string;
  executed: string;
  weight?: string;
}): Result<ExecutionScore> {
  const budget = amount(input.annual, '全年预算数', '/budget/annual');
  if (!budget.ok) return budget;
  const executed = amount(input.executed, '全年执行数', '/budget/executed');
  if (!executed.ok) return executed;
  const w = decimalOf(input.weight ?? '10');
  if (w === null || w.isNegative())
    return fail(
      'invalid-weight',
      `预算执行率分值「${input.weight ?? ''}」不是有效的非负数`,
      '/executionWeight',
    );
  const b = budget.value;
  const e = executed.value;
  if (e.gt(b))
    return fail(
      'executed-over-budget',
      `全年执行数 ${show(e)} 万元大于全年预算数 ${show(b)} 万元：请核对执行数，或按调整后的全年预算数填写`,
      '/budget/executed',
    );
  if (b.isZero())
    return ok({
      rate: null,
      score: scoreString(ZERO),
      weight: show(w),
      working: `全年预算数为 0、执行数为 0，无法计算执行率，得 0 分（请核对预算数）`,
      flags: ['zero-budget'],
    });
  const rate = e.div(b);
  const score = round2(clampScore(rate.mul(w), w));
  return ok({
    rate: rate.toFixed(),
    score: score.toFixed(2),
    weight: show(w),
    working: `执行率 = 全年执行数 ${show(e)} ÷ 全年预算数 ${show(b)} = ${showPercent(rate)}；得分 = 执行率 × 分值 ${show(w)} = ${score.toFixed(2)}（不超过 ${show(w)}）`,
    flags: [],
  });
}
