// A run of figures printed without a gap (a form copied without cell breaks: 9.355020 under 分值 | 指标值 | 完成值)
// is cut by what each column can hold, not by a guess: a 分值 is a share of the form's points, a 得分 no more than
// its 分值 and printed to its places, a target and its actual measures of one thing (of one size, both zero or
// neither), a year four digits. The weights of a table add up to its declared total, which settles rows that cut
// several ways on their own. A run is cut only where exactly one way fits; any other is left as it was read.
import { cutValue, isWellFormedNumber, partsOf, samePlaces } from './evaluation-atoms.ts';

/** The columns a run of figures may fill. */
export type FigureColumn = 'weight' | 'score' | 'target' | 'actual';

export interface Capacity {
  /** The most points one row may carry: its 一级's points where printed, else the form's hundred. */
  maxWeight: number;
}

/** Places a 分值 or a 得分 is printed to at most (10.5, 9.25). */
const POINT_PLACES = 2;
/** A target and its actual measure one thing: one is at most this many times the other. */
const SAME_SIZE = 20;
/** Readings looked at for one run at most (a hostile run of digits cannot make the search explode). */
const MAX_READINGS = 2_000;
/** Rows a table's weights are summed over at most, and weights each row may offer. */
const MAX_ROWS = 60;
const MAX_OPTIONS = 12;

const places = (n: string) => /\.(\d+)$/.exec(n)?.[1]?.length ?? 0;
/** A year as a target or an actual is printed: four digits from 1990 to 2099, a month after a stop allowed. */
const YEAR = /^(?:199\d|20\d\d)(?:\.\d{1,2})?$/;

/** Whether one piece can stand in its column. */
function holds(column: FigureColumn, piece: string, cap: Capacity): boolean {
  const { op, number, unit } = partsOf(piece);
  // 10.310: a fraction printed past two places ends in a figure, not in a 0 (10.00 is a format, 10.310 a cut).
  if (/\.\d{2,}0$/.test(number)) return false;
  if (column === 'weight' || column === 'score') {
    if (op !== '' || places(number) > POINT_PLACES) return false;
    // Points are counted in 分 (a 分值 also as its share, 20%): 0% under 得分 is an actual's end cut off.
    if (unit !== '' && unit !== '分' && !(column === 'weight' && /^[%％]$/.test(unit))) return false;
    const n = Number(number);
    return column === 'weight' ? n > 0 && n <= cap.maxWeight : n <= cap.maxWeight;
  }
  return number !== '';
}

/** Whether the pieces of one reading agree with each other (得分 ≤ 分值, a target and its actual of one size). */
function agrees(cells: Partial<Record<FigureColumn, string>>): boolean {
  const { weight, score, target, actual } = cells;
  if (weight !== undefined && score !== undefined) {
    if (Number(partsOf(score).number) > Number(partsOf(weight).number)) return false;
    if (!samePlaces(weight, score)) return false;
  }
  if (target !== undefined && actual !== undefined) {
    const t = Number(partsOf(target).number);
    const a = Number(partsOf(actual).number);
    // A year beside a year (2023 | 2023.12), or two measures of one size: never 0 beside a figure.
    if (YEAR.test(partsOf(target).number) !== YEAR.test(partsOf(actual).number)) return false;
    if ((t === 0) !== (a === 0)) return false;
    if (t > 0 && (a / t > SAME_SIZE || t / a > SAME_SIZE)) return false;
  }
  if (weight !== undefined && score !== undefined && target !== undefined && actual !== undefined)
    return !scoredBelowMetTarget(weight, score, target, actual);
  return true;
}

/**
 * A 得分 under half its 分值 beside an actual that meets its target (15 | 1 | 3875 | 58676: 58676 ≥ 3875, yet 1 of
 * 15 points): points are given for what was done, so no form scores a target met so low — a cut in the wrong
 * place. Only a target to reach (no ≤ or < before it) with its actual in its unit or bare.
 */
function scoredBelowMetTarget(weight: string, score: string, target: string, actual: string): boolean {
  const t = partsOf(target);
  const a = partsOf(actual);
  if (/[≤<＜≦]/.test(t.op) || a.op !== '' || (a.unit !== '' && a.unit !== t.unit)) return false;
  const met = Number(t.number) > 0 && Number(a.number) >= Number(t.number);
  return met && Number(partsOf(score).number) < Number(partsOf(weight).number) / 2;
}

/** Whether cells as read (some left empty) can stand: each holds in its column, and they agree. */
export function readingStands(cells: Partial<Record<FigureColumn, string>>, cap: Capacity): boolean {
  const all = Object.entries(cells) as Array<[FigureColumn, string]>;
  return all.every(([c, v]) => holds(c, v, cap)) && agrees(cells);
}

/**
 * Every way to cut the run into one piece for each column, in order, that the columns can hold and that agrees
 * with itself (the operator stays on the first piece, the unit on the last: cutValue).
 */
export function fittingCuts(
  run: string,
  columns: readonly FigureColumn[],
  cap: Capacity,
): Array<Partial<Record<FigureColumn, string>>> {
  if (columns.length === 0 || new Set(columns).size !== columns.length) return [];
  const out: Array<Partial<Record<FigureColumn, string>>> = [];
  for (const pieces of segmentedCuts(run, columns.length)) {
    if (!pieces.every((p, k) => holds(columns[k]!, p, cap))) continue;
    const cells: Partial<Record<FigureColumn, string>> = {};
    columns.forEach((c, k) => (cells[c] = pieces[k]!));
    if (agrees(cells)) out.push(cells);
  }
  return out;
}

/**
 * A run's figures closed by their units (1542条1542条: 15 | 42条 | 15 | 42条), each segment a figure and its unit
 * or its sign: a unit ends a cell, a sign opens one, so no piece spans either. Null where the run is no such row.
 */
const SEGMENT = /(?:[≥≤<>=＜＞＝]|>=|<=)?\d[\d.]*(?:[%％]|\p{Script=Han}{1,3})?/gu;
function segmentsOf(run: string): string[] | null {
  const segments = run.match(SEGMENT) ?? [];
  return segments.join('') === run ? segments : null;
}

/** The ways to cut a run into `k` pieces, each segment of it cut into one piece or more (cutValue), in order. */
function segmentedCuts(run: string, k: number): string[][] {
  const segments = segmentsOf(run);
  if (segments === null || segments.length <= 1) return cutValue(run, k, MAX_READINGS);
  const out: string[][] = [];
  const walk = (i: number, left: number, made: string[]) => {
    if (out.length >= MAX_READINGS) return;
    if (i === segments.length) {
      if (left === 0) out.push(made);
      return;
    }
    // Each segment takes one piece at least and leaves one for each segment after it.
    for (let n = 1; n <= left - (segments.length - i - 1); n++)
      for (const pieces of cutValue(segments[i]!, n, MAX_READINGS))
        // (00.9% kept whole is no figure a form prints: 0 | 0.9% is.)
        if (pieces.every((p) => isWellFormedNumber(partsOf(p).number)))
          walk(i + 1, left - n, [...made, ...pieces]);
  };
  walk(0, k, []);
  return out;
}

/** How far an actual lies from its target, by their ratio (twice or half alike); null where either is no figure. */
export function distanceFromTarget(cut: Partial<Record<FigureColumn, string>>): number | null {
  if (cut.target === undefined || cut.actual === undefined) return null;
  const t = Number(partsOf(cut.target).number);
  const a = Number(partsOf(cut.actual).number);
  return t > 0 && a > 0 ? Math.abs(Math.log(a / t)) : null;
}

/**
 * Of the cuts a row's settled weight leaves (15 | 8755 | 13 | 8676, 15 | 87551 | 3 | 8676, 15 | 8755 | 1 | 38676),
 * the one whose actual lies nearest its target — a year's work is measured against its plan, and lands near it
 * far more often than ten times off — where one is nearer than every other by half at least; else null.
 */
export function nearestToTarget(
  cuts: ReadonlyArray<Partial<Record<FigureColumn, string>>>,
): Partial<Record<FigureColumn, string>> | null {
  const far = cuts.map(distanceFromTarget);
  if (far.some((d) => d === null)) return null;
  const order = far.map((d, k) => [d!, k] as const).sort((x, y) => x[0] - y[0]);
  const [best, next] = [order[0], order[1]];
  return best && next && next[0] > 2 * best[0] + NEAR_RATIO ? cuts[best[1]]! : null;
}

/** A ratio's distance (as a log) within which two cuts are as near their target: 10 % apart. */
const NEAR_RATIO = Math.log(1.1);

/** A row's run of figures and the ways it fits; `fixed` is a weight read apart from any run (its own cell). */
export interface RowFit {
  cuts: ReadonlyArray<Partial<Record<FigureColumn, string>>>;
  fixed?: number;
}

const hundredths = (t: string) => Math.round(Number(partsOf(t).number) * 100);

/**
 * The cut of each row that makes the table's weights add up to `total`, where exactly one choice of weights does;
 * for a row whose weight is so settled, its one cut of that weight (null where several remain). Null for every
 * row where no choice or more than one adds up.
 */
export function cutsBySum(
  rows: readonly RowFit[],
  total: number,
): Array<Partial<Record<FigureColumn, string>> | null> {
  const none = rows.map(() => null);
  if (rows.length > MAX_ROWS) return none;
  let fixed = 0;
  const options: number[][] = [];
  for (const r of rows) {
    if (r.fixed !== undefined) fixed += Math.round(r.fixed * 100);
    const weights = [
      ...new Set(r.cuts.flatMap((c) => (c.weight !== undefined ? [hundredths(c.weight)] : []))),
    ];
    if (weights.length > MAX_OPTIONS) return none;
    options.push(weights);
  }
  const target = Math.round(total * 100) - fixed;
  const open = options.map((o, k) => (o.length > 0 ? k : -1)).filter((k) => k >= 0);
  if (target < 0 || open.length === 0) return none;
  // ways[i] maps a sum of the open rows from i on to how many choices make it (counted to two: one is all we ask).
  const ways: Array<Map<number, number>> = Array.from({ length: open.length + 1 }, () => new Map());
  ways[open.length]!.set(0, 1);
  for (let i = open.length - 1; i >= 0; i--)
    for (const w of options[open[i]!]!)
      for (const [sum, n] of ways[i + 1]!) {
        const s = sum + w;
        if (s > target) continue;
        ways[i]!.set(s, Math.min(2, (ways[i]!.get(s) ?? 0) + n));
      }
  if (ways[0]!.get(target) !== 1) return none;
  const out: Array<Partial<Record<FigureColumn, string>> | null> = [...none];
  let left = target;
  open.forEach((k, i) => {
    const w = options[k]!.find((x) => (ways[i + 1]!.get(left - x) ?? 0) === 1)!;
    left -= w;
    const cuts = rows[k]!.cuts.filter((c) => c.weight !== undefined && hundredths(c.weight) === w);
    out[k] = cuts.length === 1 ? cuts[0]! : nearestToTarget(cuts);
  });
  return out;
}
