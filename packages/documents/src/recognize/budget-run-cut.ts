// A budget line whose cells ran together into one run of digits (6363100% under 全年预算数 | 全年执行数 | 分值 |
// 执行率 | 得分, the 分值 and 得分 left blank) cut where the block's arithmetic confirms every figure it places:
// 执行率 = 执行数 ÷ 预算数, 得分 = 分值 × 执行率 (capped at the 分值), 年初 = 全年.
// Any column may be blank. A run no arithmetic confirms, or one whose confirmed cuts disagree, gives no reading
// (the caller keeps its own); a figure between confirmed ones is kept only where no other place is left to it.
import type { BudgetColumn } from './evaluation-lexicon.ts';

export type Placed = Partial<Record<BudgetColumn, string>>;

/**
 * An amount as a sheet prints it: 63, 387664.62, 38.766462 (万元 to the yuan and a hundredth); with thousands
 * separators, the accounting format, to the fen at most (10,000,000.00, not 1,579,700.005).
 */
const AMOUNT = /^(?:[1-9]\d{0,2}(?:,\d{3})+(?:\.\d{1,2})?|(?:0|[1-9]\d*)(?:\.\d{1,6})?)$/;
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
 * The rate as printed is the share rounded to its decimals (86.18% or 86.19% for 0.861830, 100% for 0.996).
 */
function rateHolds(share: number, printed: string): boolean {
  const rate = percent(printed);
  const decimals = printed.split('.')[1]?.replace('%', '').length ?? 0;
  return Math.abs(share * 100 - rate) <= Math.max(0.5 * 10 ** -decimals, 0.01);
}

/**
 * The columns of a placing its arithmetic explains (the relations that hold tie them to each other); null where
 * the placing breaks one (得分 above its 分值).
 */
export function explained(p: Placed, columns: readonly BudgetColumn[]): Set<BudgetColumn> | null {
  const out = new Set<BudgetColumn>();
  const rate = percent(p.rate);
  // The 预算数 a rate is taken on: the 全年 one, or the 年初 one where the template prints no other.
  const base: BudgetColumn | null =
    p.annual !== undefined
      ? 'annual'
      : p.initial !== undefined && !columns.includes('annual')
        ? 'initial'
        : null;
  const budget = base ? amount(p[base]) : NaN;
  const executed = amount(p.executed);
  // Nothing spent at a rate of 0% holds for any budget, and 0 | 0% is cut out of any run ending 00%: a rate of
  // 0 confirms nothing.
  if (rate > 0 && budget > 0 && executed > 0 && rateHolds(executed / budget, p.rate!))
    out.add(base!).add('executed').add('rate');
  const weight = amount(p.weight);
  const score = amount(p.score);
  if (!Number.isNaN(weight) && !Number.isNaN(score)) {
    if (score > weight) return null;
    // No points scored holds for any 分值 at a small enough rate (1 | 0 | 3.21%): it confirms nothing.
    if (rate > 0 && score > 0 && Math.abs((weight * Math.min(rate, 100)) / 100 - score) <= 0.1)
      out.add('weight').add('score').add('rate');
  }
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

const AMOUNTS: ReadonlySet<BudgetColumn> = new Set(['initial', 'annual', 'executed']);

interface Reading {
  placed: Placed;
  /** The columns the arithmetic (or the rate's sign) confirms. */
  sure: Set<BudgetColumn>;
}

/**
 * 1 where the line's amounts are printed in two formats, else 0: a fraction ending in 0 (10.00, 37.2410) is printed
 * to a fixed number of decimals, and a line prints all its amounts so (43.2 | 37.2410 is 43.2 | 37.24 | 10); a
 * sheet's general format drops the zeros (43.2 | 37.24).
 */
function mixedDecimals(p: Placed): number {
  const fractions = [...AMOUNTS].flatMap((c) => (p[c]?.includes('.') ? [p[c]!.split('.')[1]!] : []));
  const fixed = new Set(fractions.filter((f) => f.endsWith('0')).map((f) => f.length));
  if (fixed.size > 1) return 1;
  const [d] = fixed;
  return d !== undefined && fractions.some((f) => f.length !== d) ? 1 : 0;
}

/**
 * How much of a placing is confirmed: its figures explained, then its amounts among them; then amounts printed
 * alike (a line prints its amounts in one format); then the fewer cuts nothing confirms the better (259.45 is
 * not 259.4 | 5 where the rate holds either way); then the nearer rate.
 */
const rankOf = (r: Reading) => [
  r.sure.size,
  [...r.sure].filter((c) => AMOUNTS.has(c)).length,
  -mixedDecimals(r.placed),
  r.sure.size - Object.keys(r.placed).length,
  -rateError(r),
];

/**
 * How far the rate misses 执行数 ÷ 预算数, where they hold it: the nearer the likelier (251.89 | 251.89 | 100.00% rather
 * than 51.892 | 51.891 | 100.00%, which rounds to it as well).
 */
function rateError(r: Reading): number {
  if (!r.sure.has('executed')) return 0;
  const base = r.sure.has('annual') ? r.placed.annual : r.placed.initial;
  return Math.abs((amount(r.placed.executed) / amount(base)) * 100 - percent(r.placed.rate));
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}

/** What the best readings say alike: their confirmed figures must agree; a figure they differ on is left out. */
function agreed(best: readonly Reading[]): Placed | null {
  const out: Placed = { ...best[0]!.placed };
  for (const r of best.slice(1))
    for (const c of new Set([...Object.keys(out), ...Object.keys(r.placed)] as BudgetColumn[])) {
      if (out[c] === r.placed[c]) continue;
      if (best[0]!.sure.has(c) || r.sure.has(c)) return null;
      delete out[c];
    }
  return out;
}

/**
 * The run (a line's figures as printed, no break between them: 10000000.0010,000,000.0020100%20) cut into the
 * columns, blank ones anywhere, where the arithmetic confirms it: of all cuts, those confirming the most figures
 * (amounts first) are kept. Their confirmed figures must agree (else null: the run cuts two ways); the figures
 * between them (a 年初预算数 that differs from the 全年 one, points that miss 分值 × 执行率) are kept where every
 * such cut places them alike, and left out where not. A rate its sign alone names is kept alone. Null where
 * nothing is confirmed.
 */
export function cutBudgetRun(run: string, columns: readonly BudgetColumn[]): Placed | null {
  const text = run.replace(/％/g, '%').replace(/，/g, ',').replace(/．/g, '.');
  if (!/^\d[\d.,%]*$/.test(text) || text.length > 60) return null;
  const all = placings(text, columns);
  if (!all) return null;
  let best: Reading[] = [];
  for (const placed of all) {
    const sure = explained(placed, columns);
    if (!sure) continue;
    // The only column that takes a % is the rate's: its sign names it (not a 0%, which confirms nothing).
    if (sure.size === 0 && placed.rate !== undefined && percent(placed.rate) > 0) sure.add('rate');
    if (sure.size === 0) continue;
    const r = { placed, sure };
    const order = best.length === 0 ? 1 : compare(rankOf(r), rankOf(best[0]!));
    if (order > 0) best = [r];
    else if (order === 0) best.push(r);
  }
  if (best.length === 0) return null;
  // A rate named by its sign alone confirms no figure beside it.
  if (best[0]!.sure.size === 1) best = best.map((r) => ({ placed: { rate: r.placed.rate! }, sure: r.sure }));
  return agreed(best);
}
