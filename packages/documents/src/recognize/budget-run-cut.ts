// A budget line whose cells ran together into one run of digits (6363100% under 全年预算数 | 全年执行数 | 分值 |
// 执行率 | 得分, the 分值 and 得分 left blank) cut where the block's arithmetic confirms every figure it places:
// 执行率 = 执行数 ÷ 预算数 (printed with its sign, or bare: 1, 0.958, 95), 得分 = 分值 × 执行率 (capped at the 分值;
// 执行数 ÷ 预算数 where no rate is printed), 年初 = 全年.
// Any column may be blank. A run no arithmetic confirms is cut by what its print shows instead: an amount printed
// twice (a budget unchanged or spent in full: 236236, 14370000.0014,370,000.00), amounts printed to the same
// decimals (2960.002960.002798.30); a figure such cuts leave in two places is left out. A run nothing confirms, or
// one whose confirmed cuts disagree, gives no reading (the caller keeps its own); a figure between confirmed ones is
// kept only where no other place is left to it.
import { halfWidthFigures } from '../rows/clean-cell.ts';
import type { BudgetColumn } from './evaluation-lexicon.ts';

export type Placed = Partial<Record<BudgetColumn, string>>;

/**
 * An amount as a sheet prints it: 63, 387664.62, 38.766462 (万元 to the yuan and a hundredth); with thousands
 * separators, the accounting format, to the fen at most (10,000,000.00, not 1,579,700.005).
 */
const AMOUNT = /^(?:[1-9]\d{0,2}(?:,\d{3})+(?:\.\d{1,2})?|(?:0|[1-9]\d*)(?:\.\d{1,6})?)$/;
/** A rate with its sign (100%, 86.19%, 0.00%) or bare (1, 0.958, 95: a sheet's number format), a bare one only where it holds. */
const RATE = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,4})?%?$/;
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
const decimalsOf = (t: string) => t.replace('%', '').split('.')[1]?.length ?? 0;
/** Half a unit in the last place printed: what rounding to it may move a figure. */
const halfUnit = (t: string) => 0.5 * 10 ** -decimalsOf(t);

/**
 * The rate as printed is the share rounded to its decimals (86.18% or 86.19% for 0.861830, 100% for 0.996); a bare
 * rate is the share itself (1, 0.958: at most one and a half) or its per cent (95).
 */
function rateHolds(share: number, printed: string): boolean {
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
function ratePercent(printed: string): number {
  const rate = Number(printed.replace('%', ''));
  return printed.endsWith('%') || rate > 1.5 ? rate : rate * 100;
}

const AMOUNTS: ReadonlySet<BudgetColumn> = new Set(['initial', 'annual', 'executed']);

/** How many lengths the fractions of a placing's amounts have: 1 where one format prints them (43.20 | 37.24). */
function fractionLengths(p: Placed): number {
  return new Set([...AMOUNTS].flatMap((c) => (p[c]?.includes('.') ? [decimalsOf(p[c]!)] : []))).size;
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

interface Reading {
  placed: Placed;
  /** The columns the arithmetic (or the rate's sign) confirms. */
  sure: Set<BudgetColumn>;
}

/**
 * 1 where the line's amounts are printed in two formats, else 0: a line prints its amounts alike (65.66 | 65.07 | 9,
 * not 65.66 | 65.079; 43.2 | 37.2410 is 43.2 | 37.24 | 10) — an integer beside a fraction (300 | 259.45) is common.
 */
const mixedDecimals = (p: Placed): number => (fractionLengths(p) > 1 ? 1 : 0);

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
  if (!r.sure.has('executed') || r.placed.rate === undefined) return 0;
  const base = r.sure.has('annual') ? r.placed.annual : r.placed.initial;
  const share = amount(r.placed.executed) / amount(base);
  return Math.abs(share * 100 - ratePercent(r.placed.rate!));
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
 * What the print of a placing shows where no arithmetic ties its amounts: an amount printed twice in a row (a budget
 * unchanged, or spent in full: 236 | 236, 14370000.00 | 14,370,000.00), worth 2; amounts (and a rate with decimals)
 * printed to the same decimals, two at least (2960.00 | 2960.00 | 2798.30, 142.50 | 44.53%), worth 1. `sure`: the
 * figures it shows.
 */
function printEvidence(
  p: Placed,
  columns: readonly BudgetColumn[],
): { worth: number; sure: Set<BudgetColumn> } {
  const sure = new Set<BudgetColumn>();
  let worth = 0;
  const amounts = columns.filter((c) => AMOUNTS.has(c) && p[c] !== undefined);
  // Three digits or a fraction: 10 | 10 is as likely points, 1 | 1 two figures as 11 one, 0 | 0.00 nothing spent.
  const twice = amounts.findIndex(
    (c, k) =>
      k > 0 &&
      amount(p[c]) > 0 &&
      amount(p[c]) === amount(p[amounts[k - 1]!]) &&
      (p[c]!.includes('.') || p[c]!.replace(/\D/g, '').length >= 3),
  );
  if (twice > 0) {
    worth += 2;
    sure.add(amounts[twice - 1]!).add(amounts[twice]!);
  }
  // A rate printed with its sign and decimals is of the line's format; a bare one is the sheet's ratio (0.958).
  const formatted = [
    ...amounts,
    ...(p.rate?.includes('.') && p.rate.endsWith('%') ? (['rate'] as const) : []),
  ];
  const decimals = new Set(formatted.map((c) => decimalsOf(p[c]!)));
  if (formatted.length >= 2 && decimals.size === 1 && !decimals.has(0)) {
    worth += 1;
    for (const c of formatted) sure.add(c);
  }
  return { worth, sure };
}

/** The share 执行数 ÷ 预算数 a placing's amounts give, NaN where they give none. */
function shareOf(p: Placed, columns: readonly BudgetColumn[]): number {
  const base = p.annual ?? (columns.includes('annual') ? undefined : p.initial);
  const [budget, executed] = [amount(base), amount(p.executed)];
  return budget > 0 && !Number.isNaN(executed) ? executed / budget : NaN;
}

/**
 * A printed rate of another order than the amounts' share (10 | 10 | 0%, 2 | 36 | 100%) breaks the placing; one
 * near it is kept though it misses (a 监控表's rate is taken on another base at times: 650 | 468 | 65%).
 */
function rateBreaks(p: Placed, share: number): boolean {
  if (p.rate === undefined || Number.isNaN(share)) return false;
  const rate = ratePercent(p.rate);
  return share === 0 ? rate > 0 : rate / (share * 100) < 0.5 || rate / (share * 100) > 2;
}

/**
 * The run cut by its print where its arithmetic confirms no amount: of the placings no relation breaks, those whose
 * arithmetic confirms the most (points: 分值 | 得分 | 执行率), then whose print shows the most (printEvidence), then
 * whose rate the share holds however loosely (1 for 1.56 | 1.56), then that place an 执行数 beside a rate above 0
 * (something was spent), then with the fewer figures nothing shows. What they all place alike is read; null where
 * neither arithmetic nor print shows anything, or they place every figure apart.
 */
function cutByPrint(readings: readonly Reading[], columns: readonly BudgetColumn[]): Placed | null {
  let best: Array<{ r: Reading; rank: number[] }> = [];
  for (const r of readings) {
    const shown = printEvidence(r.placed, columns);
    const share = shareOf(r.placed, columns);
    if (shown.worth === 0 && r.sure.size === 0) continue;
    if (rateBreaks(r.placed, share)) continue;
    const known = new Set([...r.sure, ...shown.sure]);
    const rank = [
      r.sure.size,
      shown.worth,
      r.placed.rate !== undefined && share >= 0 && rateHolds(share, r.placed.rate) ? 1 : 0,
      r.placed.executed !== undefined && r.placed.rate !== undefined && ratePercent(r.placed.rate) > 0
        ? 1
        : 0,
      known.size - Object.keys(r.placed).length,
      -mixedDecimals(r.placed),
    ];
    const order = best.length === 0 ? 1 : compare(rank, best[0]!.rank);
    if (order > 0) best = [{ r, rank }];
    else if (order === 0) best.push({ r, rank });
  }
  // Nothing shown beyond what the rate's sign names: the caller's own reading.
  if (best.length === 0 || best[0]!.rank[0]! + best[0]!.rank[1]! === 0) return null;
  const out: Placed = { ...best[0]!.r.placed };
  for (const { r } of best.slice(1))
    for (const c of Object.keys(out) as BudgetColumn[]) if (out[c] !== r.placed[c]) delete out[c];
  // Null where the print cuts the run but places no figure surely (236 | 236 under 年初 | 全年 | 执行数).
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * The run (a line's figures as printed, no break between them: 10000000.0010,000,000.0020100%20) cut into the
 * columns, blank ones anywhere, where the arithmetic confirms it: of all cuts, those confirming the most figures
 * (amounts first) are kept. Their confirmed figures must agree (else null: the run cuts two ways); the figures
 * between them (a 年初预算数 that differs from the 全年 one, points that miss 分值 × 执行率) are kept where every
 * such cut places them alike, and left out where not. Where no amount is confirmed, the run is cut by its print
 * (cutByPrint); else a rate its sign alone names is kept alone. Null where nothing is confirmed or shown.
 */
export function cutBudgetRun(run: string, columns: readonly BudgetColumn[]): Placed | null {
  // Full-width figures (１４３７１４３７１０１０) as their half-width forms.
  const text = halfWidthFigures(run).replace(/％/g, '%').replace(/，/g, ',');
  if (!/^\d[\d.,%]*$/.test(text) || text.length > 60) return null;
  const all = placings(text, columns);
  if (!all) return null;
  const readings: Reading[] = [];
  let best: Reading[] = [];
  for (const placed of all) {
    const sure = explained(placed, columns);
    if (!sure) continue;
    readings.push({ placed, sure: new Set(sure) });
    // The only column that takes a % is the rate's: its sign names it (not a 0%, which confirms nothing).
    if (sure.size === 0 && placed.rate?.endsWith('%') && Number(placed.rate.replace('%', '')) > 0)
      sure.add('rate');
    if (sure.size === 0) continue;
    const r = { placed, sure };
    const order = best.length === 0 ? 1 : compare(rankOf(r), rankOf(best[0]!));
    if (order > 0) best = [r];
    else if (order === 0) best.push(r);
  }
  if (!best.some((r) => [...r.sure].some((c) => AMOUNTS.has(c)))) {
    const printed = cutByPrint(readings, columns);
    if (printed) return printed;
  }
  if (best.length === 0) return null;
  // A rate named by its sign alone confirms no figure beside it.
  if (best[0]!.sure.size === 1) best = best.map((r) => ({ placed: { rate: r.placed.rate! }, sure: r.sure }));
  return agreed(best);
}
