// The search for the cheapest reading of the atoms after a name: the candidate cells each atom makes (figures
// cut where digits ran together) placed in the header's columns in order.
import { type Atom, cutValue, doubledHalf, isWellFormedNumber, partsOf } from './evaluation-atoms.ts';
import { type IndicatorColumn } from './evaluation-lexicon.ts';
import { goesOnAfterFigure } from './figure-inside-name.ts';
import { REASON_OPENERS } from './evaluation-value-words.ts';
import {
  type Candidate,
  fitOnce,
  ONE_CHARACTER_VALUES,
  pairCost,
  REWARD,
  type RowContext,
  SLOT_KIND,
} from './fused-fit-costs.ts';
import { isUnitText } from './unit-gloss.ts';

/** Cost of an atom no column takes, of a row, and of each cut inside a run of digits. */
export const DROP = 4;
export const ROW = 1;
const CUT = 1.5;
/** Bounds on the search (a hostile run of atoms cannot make it explode). */
export const MAX_NAME_ATOMS = 8;
export const MAX_VALUE_ATOMS = 10;
const MAX_STEPS = 20_000;

/** How much dearer a cut is inside a number that stands in a kept cell of its own. */
const ALONE_CUT = 4;
/** The shape of a decimal the tokenizer may have joined from two cells: four places. */
const JOINED_DECIMALS = /\.\d{4}$/;
/**
 * A figure the copy set apart from what comes before it (a space: a cell's start) and wrote with a unit of
 * several characters (757万平方米): where words are glued on after it (养护全覆盖), they go on with its cell — a
 * target written as a figure and words. A row's last cell (its points) carries no such unit, so no row ends there.
 */
export function spacedWithUnit(atom: Atom): boolean {
  return atom.glued !== true && /^\p{Script=Han}{2,}$/u.test(partsOf(atom.text).unit);
}

/**
 * What the pieces of a cut figure cost for places no form prints: three decimals or more (10.007), or one decimal
 * that is 0 (28909.0) — 10.00728909.00 is 10.00 | 72890 | 9.00, each printed as forms print figures.
 */
function oddPlaces(pieces: readonly string[]): number {
  let cost = 0;
  for (const p of pieces) {
    const fraction = /\.(\d+)$/.exec(partsOf(p).number)?.[1] ?? '';
    if (fraction.length >= 3 || fraction === '0') cost += 1;
  }
  return cost;
}

/** The ways the atom at `i` (with the atoms it may take along) makes one or more candidate cells. */
function candidatesAt(
  atoms: readonly Atom[],
  i: number,
  slotsLeft: number,
  keptCells = false,
  wholeCells = false,
): Array<{ cells: Candidate[]; next: number; cost: number }> {
  const a = atoms[i]!;
  const out: Array<{ cells: Candidate[]; next: number; cost: number }> = [];
  if (a.kind === 'value') {
    // An amount to four decimals may be two cells the tokenizer joined as a PDF's broken decimals (23333.56 10 →
    // 23333.5610, tokenize.ts joinSplitDecimals): it was not printed as one, and is cut at the usual cost.
    const alone =
      keptCells &&
      isWellFormedNumber(a.text) &&
      !JOINED_DECIMALS.test(a.text) &&
      atoms[i - 1]?.cell !== a.cell &&
      atoms[i + 1]?.cell !== a.cell;
    // 10010010100: 年度指标值 | 实际值 | 分值 | 得分 and a 0 under 偏差原因 run together are five cells — never a
    // figure on a line of its own in a copy one cell per line (=100 is no =10 and 0).
    const own = wholeCells && atoms[i - 1]?.cell !== a.cell && atoms[i + 1]?.cell !== a.cell;
    // 757万平方米养护全覆盖: a figure set apart with its unit and words glued on is one cell, read whole below.
    const goesOn = spacedWithUnit(a) && atoms[i + 1]?.kind === 'text' && atoms[i + 1]!.glued === true;
    for (let k = 1; k <= Math.min(own ? 1 : 5, goesOn ? 0 : slotsLeft); k++)
      for (const pieces of cutValue(a.text, k, 200))
        out.push({
          cells: pieces.map((text) => ({ text, kind: 'value' as const, cut: k > 1 })),
          next: i + 1,
          cost: CUT * (k - 1) * (alone ? ALONE_CUT : 1) + (k > 1 ? oddPlaces(pieces) : 0),
        });
    if (goesOn) {
      let end = i + 1;
      while (atoms[end]?.kind === 'text' && atoms[end]!.glued === true) end++;
      const text = atoms
        .slice(i, end)
        .map((x) => x.text)
        .join('');
      out.push({ cells: [{ text, kind: 'text' }], next: end, cost: 0.2 });
    }
    // ≥50 | 厘米: a value and its unit in two atoms — also where the figure is the last of a run the reading cuts
    // (1010204.46 | 平方米 is 10 | 10 | 204.46平方米: the unit the last cell's, as cutValue keeps it).
    const b = atoms[i + 1];
    if (b?.kind === 'text' && partsOf(a.text).unit === '' && isUnitText(b.text)) {
      out.push({ cells: [{ text: a.text + b.text, kind: 'value' }], next: i + 2, cost: 0 });
      // (A measure word only, as looseUnits parts them from the next name: a sign such as % is cut as printed.)
      for (let k = 2; /^\p{Script=Han}+$/u.test(b.text) && k <= Math.min(own ? 1 : 5, slotsLeft); k++)
        for (const pieces of cutValue(a.text + b.text, k, 200))
          out.push({
            cells: pieces.map((text) => ({ text, kind: 'value' as const, cut: true })),
            next: i + 2,
            cost: CUT * (k - 1) * (alone ? ALONE_CUT : 1),
          });
    }
    // 29分困难生…, 38分(因…): points printed with their 分 take it along (the 分 opens no next name); the figure is
    // the cell. (Before the words 分 opens, 10分类收集率, the next name keeps it: readFusedRows.)
    if (b?.kind === 'text' && b.text === '分' && isWellFormedNumber(a.text))
      out.push({ cells: [{ text: a.text, kind: 'value' }], next: i + 2, cost: -0.2 });
  } else {
    out.push({ cells: [{ text: a.text, kind: 'text' }], next: i + 1, cost: 0 });
    // 显著 | 提升: the pieces a text was cut in by meaning (worded-value-cuts.ts) are one cell as printed too.
    for (let j = i + 1, text = a.text; atoms[j]?.kind === 'text' && atoms[j]!.parted !== undefined; j++) {
      text += atoms[j]!.text;
      out.push({ cells: [{ text, kind: 'text' }], next: j + 1, cost: 0 });
    }
    if (a.misread)
      out.push({ cells: [{ text: a.misread, kind: 'value', misread: true }], next: i + 1, cost: 0.5 });
    // 无没有轮换、动用库存: a one-word actual run into the reason after it, which opens as reasons do.
    const word = a.text.charAt(0);
    if (
      slotsLeft >= 2 &&
      ONE_CHARACTER_VALUES.test(word) &&
      REASON_OPENERS.some((o) => a.text.startsWith(o, 1))
    )
      out.push({
        cells: [
          { text: word, kind: 'text' },
          { text: a.text.slice(1), kind: 'text' },
        ],
        next: i + 1,
        cost: 0.2,
      });
    // 定性合格: the 指标性质 word and a qualitative target run together, two cells (指标性质 | 年度指标值).
    const kind = /^(?:定性|定量|正向|反向)(?=\p{Script=Han})/u.exec(a.text)?.[0];
    if (kind && slotsLeft >= 2)
      out.push({
        cells: [
          { text: kind, kind: 'text' },
          { text: a.text.slice(kind.length), kind: 'text' },
        ],
        next: i + 1,
        cost: 0.2,
      });
    const half = doubledHalf(a.text);
    if (half && slotsLeft >= 2)
      out.push({
        cells: [
          { text: half, kind: 'text' },
          { text: half, kind: 'text' },
        ],
        next: i + 1,
        cost: 0,
      });
  }
  // A text with figures in it (已完工,剩余3%尾款未付): the atoms of one cell read as one text.
  let j = i + 1;
  while (j < atoms.length && atoms[j]!.cell === a.cell) j++;
  if (j > i + 1 && atoms.slice(i, j).some((x) => x.kind === 'text'))
    out.push({
      cells: [
        {
          text: atoms
            .slice(i, j)
            .map((x) => x.text)
            .join(''),
          kind: 'text',
        },
      ],
      next: j,
      cost: 0.2,
    });
  return out;
}

/** What a target and an actual cut out of one bare figure cost where nothing ties the pieces together. */
const UNRELATED_CUT = 1.5;

/**
 * 5000 as 500 | 0, 95 as 9 | 5, 2023.12 as 20 | 23.12 under 完成值 | 指标值 (a form that left its actuals empty): a
 * bare figure cut into a target and an actual that differ, the row's only cells, is no reading a form's print
 * supports — run-together
 * target and actual show themselves by a sign, a unit or the figure written twice (100100, ≥95%96%), each rewarded
 * in pairCost. Such a cut pays UNRELATED_CUT, so the figure stays whole where the row has one value.
 */
function unrelatedCut(
  slots: readonly IndicatorColumn[],
  placed: ReadonlyArray<string | undefined>,
  placedCut: readonly boolean[],
): number {
  const t = slots.findIndex((s) => s === 'target' || s === 'targetValue');
  const a = slots.indexOf('actual');
  if (t < 0 || a < 0 || !placedCut[t] || !placedCut[a]) return 0;
  // (Only for a row whose one figure it is: beside points (2810810 as 28 | 8 | 10 | 10) the arithmetic decides.)
  if (placed.some((p, k) => k !== t && k !== a && p !== undefined)) return 0;
  const target = partsOf(placed[t]!);
  const actual = partsOf(placed[a]!);
  const bare = (p: typeof target) => p.op === '' && p.unit === '' && p.number !== '';
  if (bare(target) && bare(actual) && Number(target.number) !== Number(actual.number)) return UNRELATED_CUT;
  // =100 as =10 | 0: a figure's last 0 cut off as a value of nothing after one that is something (in either order
  // of the columns: a 0 a form prints in a cell of its own, and a run of digits keeps its 0s). A 0 opening the run
  // (011个 as 0 | 11个 under 完成值 | 目标值) is a figure of its own: no number is printed with a leading 0.
  const nothing = (p: typeof target) => bare(p) && Number(p.number) === 0;
  const something = (p: typeof target) => p.number !== '' && Number(p.number) > 0;
  const [first, later] = t < a ? [target, actual] : [actual, target];
  if (nothing(later) && something(first)) return UNRELATED_CUT;
  // >=95% as >=9 | 5%: one piece keeps the figure's sign, the other its unit — one value printed with both, not two
  // values, each of which a form prints whole (≥90% | 95%).
  const signOnly = (p: typeof target) => p.op !== '' && p.unit === '' && p.number !== '';
  const unitOnly = (p: typeof target) => p.op === '' && p.unit !== '' && p.number !== '';
  return (signOnly(target) && unitOnly(actual)) || (signOnly(actual) && unitOnly(target)) ? UNRELATED_CUT : 0;
}

/**
 * The atoms after a name placed in the columns after the name column (in the header's order): the reading
 * with the least cost, each filled column rewarded, each atom left out charged.
 */
export function readRowValues(
  atoms: readonly Atom[],
  columns: readonly IndicatorColumn[],
  ctx: RowContext = { maxWeight: null },
): { cells: Partial<Record<IndicatorColumn, string>>; cost: number } {
  const slots = columns.filter((c) => SLOT_KIND[c] !== undefined);
  // 得分 | 权重 | 年初目标值 …: one figure of points on a row is its 分值, which the template sets for every row,
  // not the 得分 a row may leave blank — though placed by order it would fall to the 得分, the first it fits.
  const scoreFirst = slots.indexOf('score') >= 0 && slots.indexOf('weight') > slots.indexOf('score');
  // 实际完成值 | 年初目标值 …: one value on a row is its target, which a form sets for every row, not the actual a
  // row may leave blank (the rule evaluation-cells.ts keeps for cells placed one by one). So, in either order, is
  // the first of two figures that could as well be 得分 | 实际值 (3 | 9.3 under 指标值 | 得分 | 实际值).
  const unitColumn = slots.includes('unit');
  let best: { cells: Partial<Record<IndicatorColumn, string>>; cost: number } = {
    cells: {},
    cost: atoms.length * DROP,
  };
  let steps = 0;
  const placed: Array<string | undefined> = new Array<string | undefined>(slots.length);
  // Which placed cells are pieces of a figure the reading cut (2020 as 20 | 20).
  const placedCut: boolean[] = new Array<boolean>(slots.length).fill(false);
  const finish = (cost: number) => {
    const cells: Partial<Record<IndicatorColumn, string>> = {};
    let share = false;
    slots.forEach((s, k) => {
      // A weight printed as a share of the hundred points (20%) is that many points.
      const t = s === 'weight' ? placed[k]?.replace(/[%％]$/, '') : placed[k];
      if (s === 'weight' && t !== placed[k]) share = true;
      if (t !== undefined) cells[s] = cells[s] ? `${cells[s]}；${t}` : t;
    });
    // …and only beside the score it gives (20%20): a per cent alone after the values is a value's or a text's.
    if (share && cells.score === undefined) return;
    const lonePoints = scoreFirst && cells.score !== undefined && cells.weight === undefined ? 0.1 : 0;
    // A sentence (本年度已完成…的实施。) is rather the actual's account: only a figure or a few words move.
    const loneValue =
      cells.actual !== undefined &&
      cells.target === undefined &&
      cells.targetValue === undefined &&
      cells.actual.length <= 12 &&
      !cells.actual.includes('。')
        ? 0.5
        : 0;
    const total =
      cost +
      pairCost(cells, ctx, unitColumn) +
      lonePoints +
      loneValue +
      unrelatedCut(slots, placed, placedCut);
    if (total < best.cost) best = { cells, cost: total };
  };
  // The most the columns from `s` on can still give (their rewards and the pair bonuses): a bound to prune by.
  const rest = slots.map((_, k) => slots.slice(k).reduce((sum, c) => sum + REWARD[SLOT_KIND[c]!], 0) + 2);
  // The search comes back to an atom with as many columns left by many paths: its candidates (a pure reading
  // of the atoms) are worked out once for each, not again on every path (cutting figures each time).
  const candidates: Array<ReturnType<typeof candidatesAt> | undefined> = [];
  const go = (i: number, s: number, cost: number) => {
    if (++steps > MAX_STEPS) return;
    if (i === atoms.length) return finish(cost);
    if (cost - (rest[s] ?? 2) >= best.cost) return;
    go(i + 1, s, cost + DROP);
    const left = slots.length - s;
    const at = i * (slots.length + 1) + left;
    // A cell that starts inside a text cut by meaning pays for the cut (worded-value-cuts.ts).
    const parted = atoms[i]!.parted ?? 0;
    // (Nor does a cell start in a name's words a figure inside it runs on into: 1250 | KVA变压器, figure-inside-name.ts.)
    if (goesOnAfterFigure(atoms, i)) return;
    for (const cand of (candidates[at] ??= candidatesAt(atoms, i, left, ctx.keptCells, ctx.wholeCells)))
      place(cand.cells, 0, cand.next, s, cost + cand.cost + parted);
  };
  // The candidate cells of one atom go to columns in order, skipping the columns left blank.
  const place = (cells: readonly Candidate[], c: number, next: number, s: number, cost: number) => {
    if (c === cells.length) return go(next, s, cost);
    for (let k = s; k < slots.length; k++) {
      const kind = SLOT_KIND[slots[k]!]!;
      const f = fitOnce(cells[c]!, kind);
      if (f === Infinity) continue;
      placed[k] = cells[c]!.text;
      placedCut[k] = cells[c]!.cut === true;
      place(cells, c + 1, next, k + 1, cost + f - REWARD[kind]);
      placed[k] = undefined;
      placedCut[k] = false;
    }
  };
  go(0, 0, 0);
  return best;
}
