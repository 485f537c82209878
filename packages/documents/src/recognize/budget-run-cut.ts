// A budget line whose cells ran together into one run of digits (6363100% under 全年预算数 | 全年执行数 | 分值 |
// 执行率 | 得分, the 分值 and 得分 left blank) cut where the block's arithmetic confirms every figure it places:
// 执行率 = 执行数 ÷ 预算数, 得分 = 分值 × 执行率 (capped at the 分值), 年初 = 全年.
// Any column may be blank. A cut no arithmetic confirms, or two confirmed cuts that disagree, give no reading.
import type { BudgetColumn } from './evaluation-lexicon.ts';

export type Placed = Partial<Record<BudgetColumn, string>>;

/** An amount as a sheet prints it: 63, 387664.62, 10,000,000.00, 38.766462 (万元 to the yuan and a hundredth). */
const AMOUNT = /^(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d{1,6})?$/;
/** A rate with its sign: 100%, 86.19%, 0.00%. */
const RATE = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,4})?%$/;
/** Points: 10, 7.93, 100. */
const POINTS = /^(?:0|[1-9]\d?|100)(?:\.\d{1,2})?$/;

/** Beyond this many placings tried the run is left to the caller (a hostile or unlike line). */
const MAX_STEPS = 100_000;

function fits(piece: string, col: BudgetColumn): boolean {
  switch (col) {
    case 'rate':
      return RATE.test(piece);
    case 'weight':
    case 'score':
      return POINTS.test(piece);
    default:
      return AMOUNT.test(piece);
  }
}

const amount = (t: string | undefined) => (t === undefined ? NaN : Number(t.replace(/,/g, '')));
const percent = (t: string | undefined) => (t === undefined ? NaN : Number(t.replace('%', '')));

/**
 * The rate as printed is the share rounded to its decimals (86.18% or 86.19% for 0.861830, 100% for 0.996); 0%
 * is nothing spent, not a little (201 of 10,000,000.00 is a cut in the wrong place, not a rate of 0.002%).
 */
function rateHolds(share: number, printed: string): boolean {
  const rate = percent(printed);
  if ((rate === 0) !== (share === 0)) return false;
  const decimals = printed.split('.')[1]?.replace('%', '').length ?? 0;
  return Math.abs(share * 100 - rate) <= Math.max(0.5 * 10 ** -decimals, 0.01);
}

/**
 * The columns of a placing its arithmetic explains, or null where it holds no relation that ties an amount to
 * the rate or the points to it: a placing confirmed is one whose every figure is so explained.
 */
export function explained(p: Placed, columns: readonly BudgetColumn[]): Set<BudgetColumn> | null {
  const out = new Set<BudgetColumn>();
  const rate = percent(p.rate);
  // The 预算数 a rate is taken on: the 全年 one, or the 年初 one where the template prints no other.
  const base: BudgetColumn | null =
    p.annual !== undefined ? 'annual' : p.initial !== undefined && !columns.includes('annual') ? 'initial' : null;
  const budget = base ? amount(p[base]) : NaN;
  const executed = amount(p.executed);
  // Nothing spent at a rate of 0% holds for any budget: it confirms the two, not the budget beside them.
  if (budget > 0 && !Number.isNaN(executed) && !Number.isNaN(rate) && rateHolds(executed / budget, p.rate!))
    (executed > 0 ? out.add(base!) : out).add('executed').add('rate');
  const weight = amount(p.weight);
  const score = amount(p.score);
  if (!Number.isNaN(weight) && !Number.isNaN(score)) {
    if (score > weight) return null;
    // No points scored at a rate of 0% holds for any 分值 alike.
    if (!Number.isNaN(rate) && Math.abs((weight * Math.min(rate, 100)) / 100 - score) <= 0.1)
      (rate > 0 ? out.add('weight') : out).add('score').add('rate');
  }
  if (out.size === 0) return null;
  // 年初预算数 equal to the 全年 one is the budget left unchanged.
  if (p.initial !== undefined && out.has('annual') && amount(p.initial) === budget) out.add('initial');
  return out;
}

/** Every placing of the run's pieces in the columns, in order, blank columns anywhere; null past MAX_STEPS. */
function placings(run: string, columns: readonly BudgetColumn[]): Placed[] | null {
  const out: Placed[] = [];
  let steps = 0;
  const walk = (at: number, j: number, placed: Placed): boolean => {
    if (++steps > MAX_STEPS) return false;
    if (at === run.length) {
      out.push({ ...placed });
      return true;
    }
    if (j === columns.length) return true;
    const col = columns[j]!;
    // A column Jixiao keeps no figure of, or one named twice, takes nothing here: its figure cannot be told.
    if (col !== 'other' && placed[col] === undefined)
      for (let end = at + 1; end <= run.length; end++) {
        const piece = run.slice(at, end);
        if (!fits(piece, col)) continue;
        if (!walk(end, j + 1, { ...placed, [col]: piece })) return false;
      }
    return walk(at, j + 1, placed);
  };
  return walk(0, 0, {}) ? out : null;
}

const same = (a: Placed, b: Placed) =>
  Object.keys(a).length === Object.keys(b).length &&
  (Object.keys(a) as BudgetColumn[]).every((c) => a[c] === b[c]);

/**
 * The run (a line's figures as printed, no break between them: 10000000.0010,000,000.0020100%20) cut into the
 * columns where its arithmetic confirms every piece; null where no cut, or more than one, is so confirmed. Of
 * the confirmed cuts the one explaining most figures wins; a lone budget figure is the 全年 one (the rate is
 * taken on it) rather than the 年初 one.
 */
export function cutBudgetRun(run: string, columns: readonly BudgetColumn[]): Placed | null {
  const text = run.replace(/％/g, '%').replace(/，/g, ',').replace(/．/g, '.');
  if (!/^\d[\d.,%]*$/.test(text) || text.length > 60) return null;
  const all = placings(text, columns);
  if (!all) return null;
  const hasAmountColumn = columns.some((c) => c === 'initial' || c === 'annual' || c === 'executed');
  let best: Placed[] = [];
  let bestRank = -Infinity;
  for (const p of all) {
    const placed = Object.keys(p) as BudgetColumn[];
    // One figure is no cut; a line of a block with amounts prints its amounts.
    if (placed.length < 2) continue;
    if (hasAmountColumn && !placed.some((c) => c === 'initial' || c === 'annual' || c === 'executed')) continue;
    const why = explained(p, columns);
    if (!why || placed.some((c) => !why.has(c))) continue;
    const rank = placed.length * 2 - (p.initial !== undefined && p.annual === undefined ? 1 : 0);
    if (rank > bestRank) {
      bestRank = rank;
      best = [p];
    } else if (rank === bestRank && !best.some((b) => same(b, p))) best.push(p);
  }
  return best.length === 1 ? best[0]! : null;
}
