// The arithmetic of a budget line: 执行率 = 执行数 ÷ 预算数 (signed, or bare as a sheet's number format prints it),
// 得分 = 分值 × 执行率 (rounded or cut as printed), 年初 = 全年 — which columns of a placing it explains, or breaks.
import type { BudgetColumn } from './evaluation-budget-labels.ts';
import { AMOUNTS, amount, decimalsOf, fractionLengths, halfUnit, type Placed } from './budget-run-figures.ts';

/**
 * The rate as printed is the share rounded to its decimals (86.18% or 86.19% for 0.861830, 100% for 0.996); a bare
 * rate is the share itself (1, 0.958: at most one and a half) or its per cent (95).
 */
export function rateHolds(share: number, printed: string): boolean {
  const rate = Number(printed.replace('%', ''));
  const near = (value: number, tolerance: number) => Math.abs(value - rate) <= tolerance;
  if (printed.endsWith('%')) return near(share * 100, Math.max(halfUnit(printed), 0.01));
  // Bare, to its last digit, rounded or cut (0.958 for 0.9586): the floors a signed rate is given would let tiny
  // shares of a wrong cut hold.
  // Up to one and a half it is the share, above it the per cent (0.002 is no per cent of a tiny wrong share).
  const unit = 2 * halfUnit(printed);
  return rate <= 1.5 ? near(share, unit) : near(share * 100, unit);
}

/** The rate in per cent: a bare one up to one and a half is the share (1 is 100 %, a budget spent in full). */
export function ratePercent(printed: string): number {
  const rate = Number(printed.replace('%', ''));
  return printed.endsWith('%') || rate > 1.5 ? rate : rate * 100;
}

/**
 * 得分 is 分值 × 执行率 to a tenth of a point, or to the precision printed, rounded or cut (9 or 8 for 10 × 86%).
 */
function pointsHold(product: number, printed: string): boolean {
  const score = Number(printed);
  if (Math.abs(product - score) <= 0.1) return true;
  const scale = 10 ** decimalsOf(printed);
  const [cut, rounded] = [Math.floor(product * scale + 1e-9) / scale, Math.round(product * scale) / scale];
  return score >= cut && score <= rounded;
}

/**
 * The columns of a placing its arithmetic explains (the relations that hold tie them to each other); null where
 * the placing breaks one (得分 above its 分值, a bare rate that is no share of the amounts).
 */
export function explained(p: Placed, columns: readonly BudgetColumn[]): Set<BudgetColumn> | null {
  const out = new Set<BudgetColumn>();
  // The 预算数 a rate is taken on: the 全年 one, or the 年初 one where the template prints no other.
  const base: BudgetColumn | null =
    p.annual !== undefined
      ? 'annual'
      : p.initial !== undefined && !columns.includes('annual')
        ? 'initial'
        : null;
  const budget = base ? amount(p[base]) : NaN;
  const executed = amount(p.executed);
  const share = budget > 0 && !Number.isNaN(executed) ? executed / budget : NaN;
  const signed = p.rate?.endsWith('%') ?? false;
  // A bare figure is a rate only where it is the share (0 beside nothing spent): else it is points or an amount cut
  // wrong.
  if (p.rate !== undefined && !signed && !(share >= 0 && rateHolds(share, p.rate))) return null;
  const rate = p.rate === undefined ? NaN : ratePercent(p.rate);
  // Nothing spent at a rate of 0% holds for any budget, and 0 | 0% is cut out of any run ending 00%: a rate of
  // 0 confirms nothing. Nor does a rate held loosely: a whole per cent beside an amount printed past the fen in
  // another format than the others (142.504 | 4.5 | 3% out of 142.5044.53%), a bare one (1 for any share from a half
  // to one and a half, 0.002 for 6 of 2960.0029) — many a wrong cut holds them. They tell a cut only beside others.
  const pastFen = [...AMOUNTS].some((c) => p[c] !== undefined && decimalsOf(p[c]!) > 2);
  const loose = !signed || (decimalsOf(p.rate!) === 0 && fractionLengths(p) > 1 && pastFen);
  if (rate > 0 && executed > 0 && share > 0 && rateHolds(share, p.rate!) && !loose)
    out.add(base!).add('executed').add('rate');
  const weight = amount(p.weight);
  const score = amount(p.score);
  if (!Number.isNaN(weight) && !Number.isNaN(score)) {
    if (score > weight) return null;
    // No points scored holds for any 分值 at a small enough rate (1 | 0 | 3.21%): it confirms nothing. Nor does a
    // bare rate short of two decimals (76 | 4.62 at 6 out of 387664.62387664.62): it holds too loosely itself.
    const told = signed || decimalsOf(p.rate ?? '') >= 2;
    if (told && rate > 0 && score > 0 && pointsHold((weight * Math.min(rate, 100)) / 100, p.score!))
      out.add('weight').add('score').add('rate');
    // No rate printed, the budget spent in full: the points are the whole 分值 (1437 | 1437 | 10 | 10). A share
    // short of it is left alone: templates round and band the points so (and a wrong cut finds one to hold).
    else if (Number.isNaN(rate) && share === 1 && score > 0 && score === weight)
      out.add('weight').add('score').add(base!).add('executed');
  }
  // 年初预算数 equal to the 全年 one is the budget left unchanged.
  if (p.initial !== undefined && out.has('annual') && amount(p.initial) === budget) out.add('initial');
  return out;
}

/** The share 执行数 ÷ 预算数 a placing's amounts give, NaN where they give none. */
export function shareOf(p: Placed, columns: readonly BudgetColumn[]): number {
  const base = p.annual ?? (columns.includes('annual') ? undefined : p.initial);
  const [budget, executed] = [amount(base), amount(p.executed)];
  return budget > 0 && !Number.isNaN(executed) ? executed / budget : NaN;
}
