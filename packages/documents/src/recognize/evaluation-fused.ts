// Indicator rows of a 自评表 whose cells came run together ("安装坡面水标尺10≥266米≥266米10"): the atoms after
// a name are placed in the columns the header names, in its order, and fused digits are cut where the form's
// arithmetic holds — 得分 ≤ 分值, 分值 no more than its 一级's points, 全年实际值 like 年度指标值 — so that 20100%
// under 分值 | 年度指标值 reads 20 | 100%. Rows themselves are found the same way: the reading of a run of atoms
// as rows that places the most figures at the least cost wins.
import { isOperatorCell } from './evaluation-cells.ts';
import {
  cutValue,
  doubledHalf,
  looseAnswers,
  isWellFormedNumber,
  looseUnits,
  partsOf,
  samePlaces,
  unitAt,
  type Atom,
} from './evaluation-atoms.ts';
import { REASON_OPENERS, type IndicatorColumn } from './evaluation-lexicon.ts';
import { QUALITATIVE_VALUES } from './lexicon-columns.ts';
import { isSignOrGlossedUnit, isUnitText } from './unit-gloss.ts';
import { cutWordedValues, isJudgement, type WordedPlaces } from './worded-value-cuts.ts';
import { cutShareCost } from './cut-share-bound.ts';
import { isCountedList } from './listed-figures.ts';

type SlotKind = 'number' | 'share' | 'value' | 'unit' | 'op' | 'text';

const SLOT_KIND: Partial<Record<IndicatorColumn, SlotKind>> = {
  weight: 'share',
  score: 'number',
  // 得分系数 (100%, 0.9): a figure of its own between the values and the points; a per cent there is no actual.
  coefficient: 'share',
  target: 'value',
  targetValue: 'value',
  actual: 'value',
  actualToDate: 'value',
  expectedFullYear: 'value',
  unit: 'unit',
  op: 'op',
  reason: 'text',
  remark: 'text',
  measure: 'text',
  likelihood: 'text',
  light: 'text',
};

/** What a filled column is worth: figures most, a free text least (it could as well be the next name). */
const REWARD: Record<SlotKind, number> = { number: 3, share: 3, value: 2, unit: 1.5, op: 1.5, text: 0.5 };
/** Cost of an atom no column takes, of a row, and of each cut inside a run of digits. */
const DROP = 4;
const ROW = 1;
const CUT = 1.5;
/** Bounds on the search (a hostile run of atoms cannot make it explode). */
const MAX_NAME_ATOMS = 8;
const MAX_VALUE_ATOMS = 10;
const MAX_STEPS = 20_000;

interface Candidate {
  text: string;
  kind: 'value' | 'text';
  /** Letters read as a number (IO → 10): they stand only in a column of plain numbers (分值, 得分). */
  misread?: boolean;
  /** A piece of a figure the reading cut in several (2020 as 20 | 20). */
  cut?: boolean;
  /** Its fit to each kind of column, worked out once: the search tries the same candidate in many places. */
  fit?: Partial<Record<SlotKind, number>>;
}

export interface FusedRow {
  name: string;
  cells: Partial<Record<IndicatorColumn, string>>;
}

export interface RowContext {
  /** The points of the 一级 the row stands under (产出指标（50分）), a bound for its 分值. */
  maxWeight: number | null;
  /**
   * The copy kept the table's cell borders (… | 93 | 10 |): a number with a cell of its own was printed as one,
   * and cutting it (10 as 1 | 0) costs more than cutting digits that ran together.
   */
  keptCells?: boolean;
  /** The cells came one per line, each whole (whole-cells.ts): a figure alone in its cell is never cut. */
  wholeCells?: boolean;
}

/** How much dearer a cut is inside a number that stands in a kept cell of its own. */
const ALONE_CUT = 4;
/** The shape of a decimal the tokenizer may have joined from two cells: four places. */
const JOINED_DECIMALS = /\.\d{4}$/;

/**
 * The words a target or an actual is printed as in one character (是, 高, 无 …); any other lone character is
 * more likely the end of a name a line wrap cut off (…500吨成 / 品粮储备到位率).
 */
const ONE_CHARACTER_VALUES = /^[是否有无高好优良中低差强弱全准达增减升降稳快慢多少大小]$/u;

/** The second character of the words 分 opens (分类, 分配, 分拣, 分析 …): after a figure's 分, a name going on. */
const FEN_WORD_NEXT = /^[类配拣析娩户期批区级段别布流摊散担成享拆解装包发]/u;

/** The label of a table's total row (合计 | 100), alone in its cell. */
const TOTAL_LABEL = /^(合计|总计)$/;

/**
 * A 计量单位 cell an OCR misread into Latin letters (tot扁 for 篇): lower-case letters and one Han character, the
 * shape no unit (kg, km) and no name's end (AQI) takes.
 */
const MISREAD_UNIT = /^[a-z]{1,4}\p{Script=Han}$/u;
const COMPARATOR_ALONE = /^(?:[≥≤=><＞＜＝≧≦]|>=|<=)$/;
/** The 指标性质 words alone in a cell. */
const KIND_ALONE = /^(?:定性|定量|正向|反向)(?:指标)?$/;

/**
 * Words closed by a unit in brackets (办公用房面积(平方米), 保种数量(头), 合格率(%)): how a name states its unit — with
 * the bare figure that name's row gives after it, where a cell's atoms are read as one text (办公用房面积(平方米)500).
 */
const BRACKETED_UNIT = /\p{Script=Han}{2}[（(]([^（）()]{1,4})[)）](?:\d[\d.]*)?$/u;

/** A name stating its unit in brackets: no target, actual or reason is written so — it opens the next row. */
function statesUnit(c: Candidate): boolean {
  const inner = c.kind === 'text' ? BRACKETED_UNIT.exec(c.text)?.[1] : undefined;
  return inner !== undefined && (isUnitText(inner) || /^[%％‰]$/.test(inner));
}

/** A unit in brackets alone: (万元), （%）. */
const UNIT_NOTE = /^[（(]([^（）()]{1,4})[)）]$/;

/**
 * 年新增畜牧产值 (万元): a name and the unit it states, set apart by a space in one cell, are one text — so the
 * name keeps its unit (statesUnit), and the note is no row's name of its own.
 */
function unitNotesJoined(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const a of atoms) {
    const last = out.at(-1);
    const inner = UNIT_NOTE.exec(a.text)?.[1];
    if (
      a.kind === 'text' &&
      last?.kind === 'text' &&
      last.cell === a.cell &&
      /\p{Script=Han}$/u.test(last.text) &&
      inner !== undefined &&
      (isUnitText(inner) || /^[%％‰]$/.test(inner))
    )
      out[out.length - 1] = { ...last, text: last.text + a.text };
    else out.push(a);
  }
  return out;
}

/** How well a candidate cell fits a column; Infinity where it cannot stand. */
function fitCost(c: Candidate, kind: SlotKind): number {
  if ((kind === 'value' || kind === 'text') && statesUnit(c)) return Infinity;
  if (c.misread && kind !== 'number' && kind !== 'share') return Infinity;
  // 稻谷、: a text that ends in an enumeration mark goes on in the next piece; it is no cell of its own.
  if (c.kind === 'text' && /[、，,]$/.test(c.text)) return Infinity;
  // 合计 under the last row: the label of the table's total row, no row's value or reason.
  if (c.kind === 'text' && TOTAL_LABEL.test(c.text)) return Infinity;
  switch (kind) {
    case 'number':
    case 'share': {
      if (c.kind !== 'value') return Infinity;
      const { op, number, unit } = partsOf(c.text);
      // 权重 | 20%: a weight printed as its share of the form's hundred points, that many points.
      const share = kind === 'share' && /^[%％]$/.test(unit);
      if (
        op !== '' ||
        (unit !== '' && unit !== '分' && !share) ||
        !isWellFormedNumber(number) ||
        Number(number) > 100
      )
        return Infinity;
      return (number.includes('.') ? 0.3 : 0) + (share ? 0.2 : 0);
    }
    case 'value':
      // A comparator alone (≥, >=) is the 符号 column's, never a target or an actual without its figure; so is
      // the 指标性质 word (定性, 正向指标), which says how the value is judged and is none.
      if (c.kind === 'text' && (COMPARATOR_ALONE.test(c.text) || KIND_ALONE.test(c.text))) return Infinity;
      if (c.kind === 'text' && /^\p{Script=Han}$/u.test(c.text) && !ONE_CHARACTER_VALUES.test(c.text))
        return 2.5;
      // 万元 alone where a target or an actual belongs: the 计量单位 that lost its figure to the column before
      // (= | 5 | 万元 | 5 | 5 is 指标性质 | 指标值 | 度量单位 | 完成值 | 权重, not an actual 万元 scored 5 of 5).
      if (
        c.kind === 'text' &&
        c.text.length <= 3 &&
        unitAt(c.text) === c.text &&
        !ONE_CHARACTER_VALUES.test(c.text)
      )
        return 2.5;
      // 1 | 5100% for 15 | 100%: a cut piece over a thousand per cent (cut-share-bound.ts).
      if (c.kind === 'value' && c.cut === true) return cutShareCost(c.text);
      return c.kind === 'text' && /^[（(]/.test(c.text) ? 1 : 0;
    case 'unit':
      if (c.kind === 'text' && MISREAD_UNIT.test(c.text)) return 1;
      return c.kind === 'text' && isUnitText(c.text) ? 0 : Infinity;
    case 'op':
      return c.kind === 'text' && isOperatorCell(c.text) ? 0 : Infinity;
    case 'text':
      // A measure word alone (家, 吨) is no reason or remark: it is a unit that lost its number, or a name's start.
      if (c.kind === 'text' && unitAt(c.text) === c.text) return Infinity;
      // A figure a comparator opens (≥21933人) is a target, and a piece of a figure cut off with its unit (≤90万元
      // as ≤9 | 0万元) a target's or an actual's end: no reason or remark, which are words.
      if (c.kind === 'value' && (partsOf(c.text).op !== '' || (c.cut && partsOf(c.text).unit !== '')))
        return Infinity;
      // A whole figure with its unit (5亿元) is rather a value printed again or the name's last words — not a share
      // (143%), which a remark column (累计完成率, 完成率) prints as its figure.
      if (c.kind === 'value' && !['', '%', '％'].includes(partsOf(c.text).unit)) return 2.5;
      // A 0 under 偏差原因 says there is none, as forms write it.
      return c.kind === 'text' || c.text === '0' ? 0 : 1;
  }
}

/** fitCost, kept on the candidate (a pure reading of its text and marks). */
function fitOnce(c: Candidate, kind: SlotKind): number {
  const fit = (c.fit ??= {});
  return (fit[kind] ??= fitCost(c, kind));
}

const numberOf = (t: string | undefined): number | null => {
  if (t === undefined) return null;
  const { op, number } = partsOf(t);
  return op === '' && number !== '' ? Number(number) : null;
};

/** The arithmetic of a row: 得分 ≤ 分值; 分值 within its 一级's points; an actual like its target. */
/** A comparison written as a sign alone (=, ≥, <=): what an 指标性质 column holds beside its 指标值. */
const COMPARATOR_SIGN = /^(?:[≥≤=＝<>＜＞≧≦]|>=|<=)$/;

/** A target counted in a measure word (680人) beside a bare figure as its actual: a figure cut short of its word. */
function countCutShort(target: string, actual: string): boolean {
  const t = partsOf(target);
  const a = partsOf(actual);
  return (
    t.number !== '' &&
    a.number !== '' &&
    a.unit === '' &&
    a.op === '' &&
    // 11个 | 0: nothing done is written 0 without the word it would count in — no figure cut short.
    Number(a.number) !== 0 &&
    /^\p{Script=Han}+$/u.test(t.unit) &&
    !/^[万千亿百分]$/.test(t.unit)
  );
}

/** A bare target (no sign, no unit) beside an actual in a unit divided by another (0元/辆). */
function rateCutShort(target: string, actual: string): boolean {
  const t = partsOf(target);
  const a = partsOf(actual);
  return t.number !== '' && t.op === '' && t.unit === '' && a.number !== '' && /[/·]/u.test(a.unit);
}

function pairCost(
  cells: Partial<Record<IndicatorColumn, string>>,
  ctx: RowContext,
  unitColumn: boolean,
): number {
  let cost = 0;
  const weight = numberOf(cells.weight);
  const score = numberOf(cells.score);
  if (weight !== null && score !== null) {
    if (score > weight) return Infinity;
    if (score === weight) cost -= 0.5;
    // 10.00 | 9.00: a form prints 分值 and 得分 to the same places; 1 | 0.00 is 10.00 cut in the wrong place.
    if (!samePlaces(cells.weight!, cells.score!)) cost += 3;
  }
  if (weight !== null && ctx.maxWeight !== null && weight > ctx.maxWeight) cost += 3;
  // A 0-point indicator is a row of a template, not of a filled form; one indicator rarely carries half the points.
  if (weight === 0) cost += 3;
  if (weight !== null && weight > 50) cost += 2;
  const target = cells.target ?? cells.targetValue;
  const actual = cells.actual;
  // 58 | 场送戏下乡场次 under 指标目标值 | 1-7月完成情况 (≥120场 its target): a 监控表's actual to date is counted in its
  // target's measure word as a year's actual is — where no 计量单位 column prints the row's unit once instead.
  if (
    target !== undefined &&
    cells.actualToDate !== undefined &&
    !unitColumn &&
    countCutShort(target, cells.actualToDate)
  )
    cost += 2;
  // = | 100 under 指标性质 | 指标值: a sign in its own column is printed with its figure in the next; a sign left
  // without a target is the figure read into a column further on (a row the copy cut after its target).
  if (cells.op !== undefined && COMPARATOR_SIGN.test(cells.op) && target === undefined) cost += 2;
  if (target !== undefined && actual !== undefined) {
    if (target === actual) cost -= 1.5;
    else {
      const t = partsOf(target);
      const a = partsOf(actual);
      if (t.number !== '' && a.number !== '' && t.unit === a.unit) cost -= 0.5;
      // ≥95% | 95: the actual as its target's figure, printed without the unit (a 完成值 column often drops it).
      else if (t.number !== '' && a.unit === '' && a.op === '' && Number(a.number) === Number(t.number))
        cost -= 0.5;
      // 680人 | 65 with 2 under 得分 and 人 left to open the next name (680人652人国家助学金人数): a target counted in a
      // measure word has its actual counted in it too where the word was printed; a bare actual is a figure cut short.
      if (countCutShort(target, actual)) cost += 2;
      // 26 | 0元/辆 for 260元/辆 (a row whose actual is left empty): a target printed bare beside an actual that
      // carries a compound unit (元/辆, 元/人·月) is one figure cut in two — a form prints such a rate whole in both.
      if (!unitColumn && rateCutShort(target, actual)) cost += 2;
      // An actual a hundred times its target (or a hundredth) is a cut in the wrong place.
      const ratio = Number(a.number) / Number(t.number);
      if (Number(t.number) > 0 && Number(a.number) > 0 && (ratio > 20 || ratio < 0.05)) cost += 2;
    }
  }
  return cost;
}

/**
 * A figure the copy set apart from what comes before it (a space: a cell's start) and wrote with a unit of
 * several characters (757万平方米): where words are glued on after it (养护全覆盖), they go on with its cell — a
 * target written as a figure and words. A row's last cell (its points) carries no such unit, so no row ends there.
 */
function spacedWithUnit(atom: Atom): boolean {
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
  return bare(target) && bare(actual) && Number(target.number) !== Number(actual.number) ? UNRELATED_CUT : 0;
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
  // row may leave blank (the rule evaluation-cells.ts keeps for cells placed one by one).
  const actualFirst = slots.indexOf('actual') >= 0 && slots.indexOf('target') > slots.indexOf('actual');
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
      actualFirst &&
      cells.actual !== undefined &&
      cells.target === undefined &&
      cells.actual.length <= 12 &&
      !cells.actual.includes('。')
        ? 0.1
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

/**
 * 指标1免费发放原原种 → 免费发放原原种, 任务1:诊断准确率 → 诊断准确率, 1:是否满意 (its 指标 gone to the cell before) →
 * 是否满意: the template's row numbering is no part of the name. A figure with decimals opening the name
 * (1290.3平方米冷库仓储建设…) is the name's own measure, not a number 1290. before it.
 */
export function nameOf(text: string): string {
  return (
    text
      // 指标12021年…: the numbering is the digits before the year the name opens with.
      .replace(
        /^((?:指标|任务)(?:\d{1,2}(?=(?:19|20)\d\d年)|\d+)[:：、.．]?|\d+[.、．](?!\d)|\d{1,2}[:：](?=\p{Script=Han})|[（(]\d+[)）])\s*/u,
        '',
      )
      .replace(/^[★☆]+/, '')
      // 项目绩效实现情况(80分)投入目标(28分)资金节约率: the section labels with their points, printed in merged cells
      // before the section's first row and run into its name, are headings (points-heading.ts), not the name's.
      .replace(/^(?:[^()（）\d]{2,12}[（(]\d+(?:\.\d+)?分[)）])+(?=\p{Script=Han})/u, '')
      // （因全校总人数减少,…）国家励志奖学金人数: a reason in brackets the row before printed after its points (38分
      // (因…)) with no column of its own ran into this name; no name opens with one.
      .replace(/^[（(](因|由于|受)[^（）()]*[）)]/, '')
      // 服务对象满指标1:是否满意: words before the template's numbering are a level name broken over the cell,
      // not the indicator's (the numbering opens the name's own cell).
      .replace(/^[^:：\d]{1,10}?(?:指标|任务)\d{1,2}[:：](?=\p{Script=Han})/u, '')
      .trim()
  );
}

/** The words a 指标性质 column holds in place of a sign, the longest first. */
const KIND_WORDS = ['定量指标', '定性指标', '正向指标', '反向指标', '定量', '定性', '正向', '反向'];

/** Whether `piece` holds exactly the characters of `word` in another order (性标定指 for 定性指标: OCR debris). */
const isAnagram = (piece: string, word: string): boolean =>
  piece.length === word.length && [...piece].sort().join('') === [...word].sort().join('');

/**
 * The name and the 指标性质 word it ends in, where the table has that column after the name (and its 计量单位):
 * 固定资产利用率%定量指标 → 固定资产利用率% | 定量指标. A four-character word the OCR scrambled (管理制度健全性性标定指)
 * is read as the word it holds. None where the name ends in no such word.
 */
function kindWordTail(written: string, columns: readonly IndicatorColumn[]): [string, string] | null {
  const at = columns.indexOf('name');
  const next = columns[at + 1] === 'unit' ? columns[at + 2] : columns[at + 1];
  if (next !== 'op') return null;
  for (const word of KIND_WORDS) {
    const tail = written.slice(-word.length);
    if (written.length - word.length < 2) continue;
    if (tail === word || (word.length === 4 && isAnagram(tail, word)))
      return [written.slice(0, -word.length), word];
  }
  return null;
}

/** Readings whose name ends in a 指标性质 word (健全性定性指标 | 高 | 高): the word cut off into its column too. */
function withKindWords(
  readings: ReadonlyArray<readonly [string, readonly string[]]>,
  columns: readonly IndicatorColumn[],
): Array<readonly [string, readonly string[]]> {
  const out: Array<readonly [string, readonly string[]]> = [];
  for (const [name, values] of readings) {
    const kind = kindWordTail(name, columns);
    if (kind) out.push([nameOf(kind[0]), [kind[1], ...values]]);
  }
  return out;
}

/**
 * A name, and where the table has a 计量单位 column right after the name, the name with a unit it ends in
 * cut off (森林火灾受害率% → 森林火灾受害率 | %); a 指标性质 word after the unit is cut off the same way.
 */
function nameAndUnit(written: string, columns: readonly IndicatorColumn[]): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  const kind = kindWordTail(written, columns);
  const [text, after] = kind ? [kind[0], [kind[1]]] : [written, []];
  const unitColumn = columns[columns.indexOf('name') + 1] === 'unit';
  // The longest unit first: on a tie 万亩 wins over 亩.
  for (let k = 4; unitColumn && k >= 1; k--) {
    const unit = text.slice(-k);
    if (k < text.length && unitAt(unit) === unit) out.push([nameOf(text.slice(0, -k)), [unit, ...after]]);
  }
  // 播发稿件数量tot扁: the unit cell an OCR misread (篇 as tot扁) — lower-case letters glued to the Han name with
  // one Han character after them are no name's words; they are the unit column's cell.
  const misread = unitColumn ? /(?<=\p{Script=Han})[a-z]{1,4}\p{Script=Han}$/u.exec(text) : null;
  if (misread) out.push([nameOf(text.slice(0, misread.index)), [misread[0], ...after]]);
  out.push([nameOf(text), after]);
  if (kind) out.push([nameOf(written), []]);
  return out;
}

/**
 * A name run into its target and actual when both print the same words (保证专款专用专款专用专款专用: the name
 * ends in 专款专用 and the two cells after it say it again): the name and the two repeated cells.
 */
function repeatedTail(
  written: string,
  cuts: ReadonlySet<number> | null = null,
): Array<readonly [string, readonly string[]]> {
  const out: Array<readonly [string, readonly string[]]> = [];
  for (let len = Math.floor(written.length / 3); len >= 2; len--) {
    const phrase = written.slice(-len);
    if (!/\p{Script=Han}/u.test(phrase) || written.slice(-2 * len, -len) !== phrase) continue;
    // Cells copied apart (one per line) show where each ends: the repeated cells start where a cell starts,
    // not inside the name's cell (保证…专款专用 | 专款专用 | 专款专用 is a name ending in the words its target repeats)
    // — unless they start inside the last cell, which then ran the name's last words and the cells together
    // (音响、灯光、服装 | 质量等合格合格: a name a line wrap parted, its end glued to its target and actual).
    const start = written.length - 2 * len;
    if (cuts && !cuts.has(start) && start <= Math.max(...cuts)) break;
    const name = written.slice(0, -2 * len);
    // 项目数量≥1个1个: a comparator before the first of the two is the target's (≥1个 | 1个), not the name's end.
    const op = /(?:[≥≤=＝<>＜＞≧≦]|>=|<=)$/.exec(name)?.[0] ?? '';
    if (name.length - op.length >= 2)
      out.push([nameOf(name.slice(0, name.length - op.length)), [op + phrase, phrase]]);
    break;
  }
  // 评审程序是否公正是是: a one-character value (是, 无, 高 …) printed as the target and again as the actual.
  const last = written.at(-1) ?? '';
  if (
    out.length === 0 &&
    written.length >= 4 &&
    written.at(-2) === last &&
    ONE_CHARACTER_VALUES.test(last) &&
    written.at(-3) !== last
  )
    out.push([nameOf(written.slice(0, -2)), [last, last]]);
  return out;
}

/**
 * A name run into the qualitative target after it (…的影响程度效果明显 | 达成预期指标): the name, and the
 * lexicon's qualitative value it ends in as the row's first value.
 */
function qualitativeTail(written: string): Array<readonly [string, readonly string[]]> {
  const word = QUALITATIVE_VALUES.find((w) => written.endsWith(w) && written.length - w.length >= 4);
  return word ? [[nameOf(written.slice(0, -word.length)), [word]]] : [];
}

/** What a qualitative target opens with: a rule to keep (严格执行…), a standard to meet, a deadline (在…内完成). */
const TARGET_OPENER =
  /^(?:严格(?:执行|按照|遵守)|符合|按时|按照|按规定|不超过?|达到|全部|全面|在.{1,16}?[内前])/u;

/**
 * A name ending in what it judges (…合规性, …及时性, …合格率, …满意度) run into a qualitative target that opens as
 * targets do (严格执行相关制度规定, 在项目计划完成时间内完成): the name, and the target as the row's first value.
 */
function openedTargetTail(written: string): Array<readonly [string, readonly string[]]> {
  for (let end = 4; end <= written.length - 4; end++) {
    if (!/[性率度]$/.test(written.slice(0, end))) continue;
    if (TARGET_OPENER.test(written.slice(end)))
      return [[nameOf(written.slice(0, end)), [written.slice(end)]]];
  }
  return [];
}

/**
 * A measure word a count carries in running text (3875人, 11个乡镇, 36.2万元), not a word the next row's name
 * opens with (人均…, 项目…, 个人…).
 */
const MEASURE = /^(?:万元|亿元|元|[人个户名家所项次辆台套亩吨批件](?![均员数口次体头目称庭账餐]))/u;

/**
 * Whether the figure at `at` is a count inside a sentence: glued to words on both sides, its measure word and
 * the words after it running on to a clause mark (…共计3875人(涉及北塬街道办和11个乡镇),发放…). A row's figures
 * are followed by another figure or the next row's name, which does not open with 人, or with a comma.
 */
function countInSentence(atoms: readonly Atom[], at: number): boolean {
  let rest = '';
  for (let j = at + 1; j < atoms.length && atoms[j]!.kind === 'text' && atoms[j]!.glued; j++)
    rest += atoms[j]!.text;
  if (rest === '') return false;
  const words = rest.replace(MEASURE, '');
  return (
    /^[，,、）)]/.test(rest) ||
    (MEASURE.test(rest) && (/^[，,、（(）)]/.test(words) || /^\p{Script=Han}{2}/u.test(words)))
  );
}

/**
 * A unit no row's name opens with: a percent sign or a glossed unit (%(百分比)), or any unit right after a bare
 * figure with a space between (10 台套): it ends the figure of the row before.
 */
function opensWithUnit(atoms: readonly Atom[], i: number): boolean {
  const a = atoms[i]!;
  if (a.kind !== 'text') return false;
  if (isSignOrGlossedUnit(a.text)) return true;
  const before = atoms[i - 1];
  // Glued on (1010家长满意度), the measure word may as well open the next name.
  return before?.kind === 'value' && partsOf(before.text).unit === '' && !a.glued && isUnitText(a.text);
}

/** A row's 完成情况 as forms print it in a column of its own. */
const COMPLETION_WORD = /^(?:已?完成|未完成|基本完成|达标|未达标|已达到|未达到)$/;

/** The template's numbering at the head of a row's name: 指标1, 指标 2：, 任务1:. */
const NUMBERED_ROW = /^(指标|任务)\s*\d/;

/**
 * Where the atoms i..k start a cell of their own, as offsets into their joined text; null when they all stand in
 * one cell (a run-together text, where any offset may be a cell's start).
 */
function cellStarts(atoms: readonly Atom[], i: number, k: number): Set<number> | null {
  if (atoms[i]!.cell === atoms[k]!.cell) return null;
  const starts = new Set<number>();
  let offset = 0;
  for (let j = i; j <= k; j++) {
    if (j === i || atoms[j]!.cell !== atoms[j - 1]!.cell) starts.add(offset);
    offset += atoms[j]!.text.length;
  }
  return starts;
}

/** Whether the atom at `i` opens a numbered row: 指标1…, or the template's empty 指标 | 2 at the run's end. */
function opensNumbered(atoms: readonly Atom[], i: number): boolean {
  const a = atoms[i]!;
  return (
    NUMBERED_ROW.test(a.text) ||
    ((a.text === '指标' || a.text === '任务') && /^\d{1,2}$/.test(atoms[i + 1]?.text ?? ''))
  );
}

/**
 * Points written in brackets, (50分 or （30分）: a level's or a section's points note printed beside its label (产出
 * 指标 (50分 )), never a row's 分值 or 得分, which stand in cells of their own without brackets. Read as text.
 */
function pointsNotes(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  atoms.forEach((a, i) => {
    const note =
      a.kind === 'value' && a.glued && /分$/.test(a.text) && /[（(]$/.test(atoms[i - 1]?.text ?? '');
    const prev = out.at(-1);
    // 投入目标(28分)资金节约率: the note and the words closing its bracket are one text with the label they follow,
    // so no reading parts a row there (28分 taken for a target, )资金节约率 for a name).
    if (note && prev?.kind === 'text') out[out.length - 1] = { ...prev, text: prev.text + a.text };
    else if (
      a.kind === 'text' &&
      a.glued &&
      /^[)）]/.test(a.text) &&
      prev?.kind === 'text' &&
      /分$/.test(prev.text)
    )
      out[out.length - 1] = { ...prev, text: prev.text + a.text };
    else out.push(note ? { ...a, kind: 'text' as const } : a);
  });
  return out;
}

/** Where the columns after the name let a worded cell stand: first, before the figures, and last (WordedPlaces). */
function wordedPlaces(columns: readonly IndicatorColumn[]): WordedPlaces {
  const slots = columns.slice(columns.indexOf('name') + 1).filter((c) => SLOT_KIND[c] !== undefined);
  const worded = (c: IndicatorColumn | undefined) =>
    c !== undefined && SLOT_KIND[c] !== 'number' && SLOT_KIND[c] !== 'share';
  return { beforeFigures: worded(slots[0]), afterFigures: worded(slots.at(-1)) };
}

/**
 * Rows from the atoms between two level labels: each a name (text, possibly with figures in it, ending in
 * text) and the values after it; the reading of the run with the least cost.
 */
export function readFusedRows(
  written: readonly Atom[],
  columns: readonly IndicatorColumn[],
  ctx: RowContext,
): FusedRow[] {
  const loose = looseAnswers(looseUnits(pointsNotes(unitNotesJoined(written))));
  // Cells that came whole (one per line) hold one cell each: a worded cell is never cut by meaning into a target,
  // an actual and names (完成六安市六安市罗氏宗祠… is one sentence, whatever it repeats).
  const atoms = ctx.wholeCells === true ? loose : cutWordedValues(loose, wordedPlaces(columns));
  const n = atoms.length;
  const best: Array<{ cost: number; rows: FusedRow[] } | null> = new Array(n + 1).fill(null);
  best[0] = { cost: 0, rows: [] };
  const memo = new Map<string, ReturnType<typeof readRowValues>>();
  // 指标1…指标2…: where the template numbers its rows and the run opens with a number, every row opens with
  // one; a piece of a cell the OCR broke (11月底完成, 工5%) is no row of its own.
  const numbered = NUMBERED_ROW.test(atoms.find((a) => a.kind === 'text')?.text ?? '');
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here) continue;
    const relax = (j: number, cost: number, row: FusedRow | null) => {
      const b = best[j];
      if (!b || cost < b.cost) best[j] = { cost, rows: row ? [...here.rows, row] : here.rows };
    };
    relax(i + 1, here.cost + DROP, null);
    if (numbered && !opensNumbered(atoms, i)) continue;
    if (opensWithUnit(atoms, i)) continue;
    // 757万平方米养护全覆盖: words glued to a figure set apart with its unit go on with that cell; no row opens there.
    if (atoms[i]!.glued && atoms[i - 1]?.kind === 'value' && spacedWithUnit(atoms[i - 1]!)) continue;
    for (let k = i; k < Math.min(n, i + MAX_NAME_ATOMS); k++) {
      const last = atoms[k]!;
      if (last.repeated) break;
      // Nor does a name run on into the next numbered row.
      if (numbered && k > i && opensNumbered(atoms, k)) break;
      // 医疗收入达到5亿元 | 5亿元 | 6.47亿元: a name may end in the figure it sets, when the target after it repeats it.
      // So may one whose cell the copy kept apart from the values (one cell per line), when any of the row's
      // next figures repeats it (医疗收入达到5亿元 | 6.47亿元 | 5亿元: the actual printed before the target).
      const nextApart = atoms[k + 1] !== undefined && atoms[k + 1]!.cell !== last.cell;
      const nextRepeats = atoms[k + 1]?.text === last.text;
      const endsOwnCell =
        nextApart &&
        atoms[k - 1]?.cell === last.cell &&
        atoms.slice(k + 2, k + 5).some((a) => a.text === last.text);
      // 建设普通省道二级公路32.1公里2020: a figure with a unit of several characters glued to the name's words and
      // to the row's run of bare figures after it is the amount the name sets (no cut 3 | 2.1公里 reads it).
      const measured =
        last.glued === true &&
        /^\p{Script=Han}{2,}$/u.test(partsOf(last.text).unit) &&
        atoms[k + 1]?.kind === 'value' &&
        atoms[k + 1]!.glued === true &&
        partsOf(atoms[k + 1]!.text).unit === '';
      const stated =
        last.kind === 'value' &&
        k > i &&
        atoms[k - 1]!.kind === 'text' &&
        (nextRepeats || endsOwnCell || measured);
      if (last.kind !== 'text' && !stated) continue;
      // 已完工,剩余3%尾款未付…。: a figure inside a sentence (the text after it glued on and ending one) is no
      // row's first value, so the words before it are no name: the cell is a reason written with a figure in it.
      const figure = atoms[k + 1];
      const after = atoms[k + 2];
      if (
        figure?.kind === 'value' &&
        figure.glued &&
        after?.kind === 'text' &&
        after.glued &&
        after.text.includes('。')
      )
        continue;
      if (figure?.kind === 'value' && figure.glued && countInSentence(atoms, k + 1)) continue;
      const written = atoms
        .slice(i, k + 1)
        .map((a) => a.text)
        .join('');
      // Nor is a sentence (…提高预算准确度。) part of a name — but where the cells came whole, a cell of its own with
      // the row's figures right after it names the row, however it is worded (慰问伤残军人50人;…边海防官兵320人。).
      const sentenceName =
        ctx.wholeCells === true &&
        i === k &&
        atoms[k + 1]?.kind === 'value' &&
        atoms[k + 1]!.cell !== last.cell;
      // (Nor where the stop closes a list of counted items: 慰问伤残军人50人;…边海防官兵320人。 names its row.)
      if (written.includes('。') && !sentenceName && !isCountedList(written)) continue;
      // 及时, 公开: a judgement cut off a text (worded-value-cuts.ts) is a value, never a name alone — the words
      // before it ran on into the name (资金到位及时), not into a cell of their own.
      if ((atoms[i]!.parted !== undefined || atoms[k + 1]?.parted !== undefined) && isJudgement(written))
        continue;
      // A name that starts with a figure (5000吨稻谷…) is possible, but the figure more often ends the row before.
      // A figure ending the name's own cell is the name's: it costs nothing.
      // 类收集率 after 10分: the 分 opened the name (分类收集率), the points ended at 10.
      const fenWord = atoms[i - 1]?.text === '分' && FEN_WORD_NEXT.test(atoms[i]!.text) ? 0.5 : 0;
      // A name that starts inside a text cut by meaning pays for the cut (worded-value-cuts.ts).
      const lead =
        (atoms[i]!.kind === 'value' ? 1 : 0) +
        (sentenceName && written.includes('。') ? 1 : 0) +
        (stated && !endsOwnCell ? 0.5 : 0) +
        fenWord +
        (atoms[i]!.parted ?? 0);
      // A cell that came whole is one cell: no target or actual is cut off its end (项目完成周期周期, a name the
      // source wrote with its last word twice, is no 项目完成 | 周期 | 周期).
      const oneWholeCell = ctx.wholeCells === true && atoms[i]!.cell === last.cell;
      const tails = oneWholeCell
        ? []
        : [
            ...repeatedTail(written, cellStarts(atoms, i, k)),
            ...qualitativeTail(written),
            ...openedTargetTail(written),
          ];
      const readings = [...nameAndUnit(written, columns), ...tails, ...withKindWords(tails, columns)];
      for (const [name, prefix] of readings) {
        // 吨, 5000吨: a unit, or a figure with its unit, names nothing.
        const bare = name.replace(/^\d[\d.]*/, '');
        if (!/\p{Script=Han}/u.test(name) || isUnitText(bare) || /[、，,]$/.test(name)) continue;
        // 完成, 100%完成, 完成25.00: a row's 完成情况 (between its actual and its scores) names no indicator.
        if (COMPLETION_WORD.test(name.replace(/^\d[\d.]*[%％]?|\d[\d.]*[%％]?$/g, ''))) continue;
        for (let j = k + 1; j <= Math.min(n, k + 1 + MAX_VALUE_ATOMS); j++) {
          // Where the template numbers every row, a numbered cell opens the next row: no row's values run into it.
          if (numbered && j - 1 > k && opensNumbered(atoms, j - 1)) break;
          const key = `${prefix.join('|')}:${k + 1}:${j}`;
          let values = memo.get(key);
          const after = atoms.slice(k + 1, j);
          const before = prefix.map((text) => ({ kind: 'text' as const, text, cell: last.cell }));
          if (!values) memo.set(key, (values = readRowValues([...before, ...after], columns, ctx)));
          if (values.cost === Infinity) continue;
          relax(j, here.cost + ROW + lead + values.cost, { name, cells: values.cells });
        }
      }
    }
  }
  return best[n]?.rows ?? [];
}
