// The 预算执行情况 block of a 自评表 read from its text, for extractions that ran its cells together
// ("年度资金总额:202010100.00%10" under 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分): the labels give the columns in
// their order, and a run of fused digits is cut where the block's arithmetic holds — 执行率 = 执行数 ÷ 预算数,
// 得分 = 分值 × 执行率, 得分 ≤ 分值, 执行数 ≤ 预算数.
import { isPairedFigure, lastColonLabel, sourceLinesOf } from './budget-colon-lines.ts';
import { parseAmount, TextMemo } from '@jixiao/core';
import { halfWidthFigures, labelKey } from '../rows/clean-cell.ts';
import { cutValue, atomsOf, partsOf, type Atom } from './evaluation-atoms.ts';
import {
  amountUnit,
  convert,
  fit,
  scoredTotalFigures,
  sourceColumns,
  type BudgetBlock,
  type BudgetLine,
} from './evaluation-budget.ts';
import type { StreamCell } from './evaluation-cells.ts';
import {
  BUDGET_TEXT_COLUMNS,
  budgetColumnSpellings,
  budgetLineHeadingAt,
  isBudgetTotalLabel,
  monthBudgetLabelAt,
  type BudgetColumn,
} from './evaluation-budget-labels.ts';
import { letterAt, letteredLabelAt } from './lettered-budget-labels.ts';
import { placeWithStrays } from './budget-stray-figures.ts';
import {
  cutLikeTotal,
  namedAfterNote,
  sourceLineInTotal,
  withoutBracketedBreakdowns,
  withoutBracketedFigures,
  withoutRestatedTotal,
} from './budget-line-notes.ts';
import { bandedLine } from './budget-bands.ts';
import { figureEnd, pairedBudgetFigures, repeatedHeadingAt, statedUnitBefore } from './budget-label-pairs.ts';
import { nearMissesAt } from './near-miss-label.ts';
import { cutBudgetRun } from './budget-run-cut.ts';
import { headedBudgetPairs } from './headed-budget-pairs.ts';
import { cutByStatedAmounts, statedAmounts } from './stated-budget-amounts.ts';
import { CELL, cellIndexAt, noteEnd, original, Spellings, type SegmentText } from './evaluation-text.ts';

let spellings: Spellings<BudgetColumn> | null = null;
const budgetLabels = () => (spellings ??= new Spellings(budgetColumnSpellings()));
// The lexicon's budget spellings are fixed once loaded: copied out once, not at every position a near miss is tried.
let spellingList: ReadonlyArray<readonly [string, BudgetColumn]> | null = null;
const budgetSpellingList = () => (spellingList ??= budgetColumnSpellings());

/** A column's circled number and its formula after the label: ③, ④=①+②+③, ⑥=⑤/④. */
const CIRCLED = /^[①-⑳](?:[=＝][①-⑳+＋\-－/×*÷]+)?/;

/** The notes after a budget label, one after another: 支出实现率（%）⑥=⑤/④. */
function budgetNoteEnd(key: string, at: number): number {
  for (let end = at; ;) {
    const circled = CIRCLED.exec(key.slice(end, end + 16));
    const next = circled ? end + circled[0].length : bracketNoteEnd(key, end);
    if (next === end) return end;
    end = next;
  }
}

/** A note after a budget label, closed or cut by OCR: （A）, （B/A1, （20分*执行率）. */
function bracketNoteEnd(key: string, at: number): number {
  // （20分*执行率）: a note closed before another opens is whole, though it starts like a cut one (（20).
  const closed = noteEnd(key, at);
  if (closed > at && !key.slice(at + 1, closed).includes('（')) return closed;
  const cut = /^（[A-Za-z/\d]{1,4}(?=[^）A-Za-z/\d])/.exec(key.slice(at));
  // ,A、 : the note's brackets read by OCR as punctuation.
  const unbracketed = /^[,，][A-Z](\/[A-Z])?[、，,）]/.exec(key.slice(at));
  return cut ? at + cut[0].length : unbracketed ? at + unbracketed[0].length : noteEnd(key, at);
}

/**
 * The labels from keyed position `i` on, read so that no column is named twice and as many labels as possible
 * are read: 分值执行率得分 is 分值 | 执行率 | 得分, not 分值 | 执行率得分 (a spelling of 得分 in other templates).
 */
/** The labels starting at `at`, shortest first: the spellings', and a 监控表's months to date (1-6月执行数). */
function labelsAt(key: string, at: number): Array<{ end: number; value: BudgetColumn }> {
  const hits = budgetLabels().allAt(key, at);
  const month = monthBudgetLabelAt(key, at);
  return month && !hits.some((h) => h.end >= month.end) ? [...hits, month] : hits;
}

/** The longest label at `at` and the keyed end of its notes, or null. */
function longestLabelAt(key: string, at: number): { end: number; value: BudgetColumn } | null {
  const hit = labelsAt(key, at).at(-1);
  return hit ? { end: budgetNoteEnd(key, hit.end), value: hit.value } : null;
}

/** An amount or rate as printed beside a label, its thousands separated by commas of either width (６，５００，０００．００). */
const BESIDE = /^\d[\d,，]*(?:\.\d+)?(?:万元|元|[%％])?/;

function labelRun(key: string, i: number): { columns: BudgetColumn[]; end: number } {
  let best: { columns: BudgetColumn[]; end: number } = { columns: [], end: i };
  let steps = 0;
  // `letters`: the columns named so far by their letter notes; `noted`: the label before `at` closed with one.
  const walk = (
    at: number,
    columns: BudgetColumn[],
    letters: ReadonlyMap<string, BudgetColumn> = new Map(),
    noted = false,
  ) => {
    if (++steps > 2000) return;
    // As many labels as possible; of as many, the reading that takes the longer spellings (全年执行数, not 全年执行
    // and the 数 left to the line's name).
    if (columns.length > best.columns.length || (columns.length === best.columns.length && at > best.end))
      best = { columns: [...columns], end: at };
    // 市级预算执行情况(万元) after the labels: the line's heading, no label (预算执行情 is no misread 预算执行数).
    if (columns.length > 0 && budgetLineHeadingAt(key, at)) return;
    const hits = labelsAt(key, at);
    // 全年预算数（A）300全年执行数（B）: a figure OCR read beside its label, the run going on after it (the
    // figure is printed again on its line under the labels).
    // Full-width figures (９．４８) are one character each, as their half-width forms.
    const beside =
      columns.length > 0 && hits.length === 0
        ? BESIDE.exec(halfWidthFigures(key.slice(at, at + 24)))?.[0]
        : undefined;
    const after = beside ? at + figureEnd(key, at, beside, longestLabelAt) : at;
    if (beside && labelsAt(key, after).length > 0) walk(after, columns, letters, noted);
    // 全年预算数9.48项目资金（万元）执行数9.48: a label–figure row each, the block's heading (its rows' spanning cell)
    // printed again before each label. After a figure only: labels left blank with the heading between them (分值 10
    // the only figure) are no run of a block's labels.
    const heading = beside ? repeatedHeadingAt(key, i, after) : 0;
    if (heading > 0 && labelsAt(key, after + heading).length > 0)
      walk(after + heading, columns, letters, noted);
    const known = hits.length > 0 ? hits : nearMissesAt(key, at, budgetSpellingList());
    for (const hit of known) {
      // Columns Jixiao keeps no figure of may be several; each known one is named once.
      if (hit.value !== 'other' && columns.includes(hit.value)) continue;
      columns.push(hit.value);
      const letter = letterAt(key, hit.end);
      const next = budgetNoteEnd(key, hit.end);
      walk(next, columns, letter ? new Map([...letters, [letter, hit.value]]) : letters, next > hit.end);
      columns.pop();
    }
    // 统筹整合资金数（B）, 预算执行（E/C×100%）: a label of the template's own words, a column by its letter — in a
    // run of lettered labels only (after one that closed with its note), not the rest of a known one (全年执行 | 资金).
    const lettered = known.length === 0 && noted ? letteredLabelAt(key, at, letters, columns) : null;
    if (lettered) {
      columns.push(lettered.value);
      walk(
        lettered.end,
        columns,
        lettered.letter ? new Map([...letters, [lettered.letter, lettered.value]]) : letters,
        true,
      );
      columns.pop();
    }
  };
  walk(i, []);
  return best;
}

/** The label of a table's total written as the sum of its 得分 column. */
const SCORE_SUM = '得分合计';

/** The block's labels: a run of two or more naming an amount. */
function findBudgetHeader(seg: SegmentText): { columns: BudgetColumn[]; start: number; end: number } | null {
  // 年初预算数 0 项目资金（万元）年度资金总额 实施单位 … 全年预算数 全年执行数 分值 执行率 得分: a sheet's text layer printed
  // the first column's label (a cell spanning two header rows) apart, with the block's other words between.
  let apartEnd = -1;
  for (let i = 0; i < seg.key.length; i++) {
    // 得分合计100: the label of the scores' sum closing the indicator table, no 得分 | 合计 of a budget's.
    if (seg.key.startsWith(SCORE_SUM, i)) {
      i += SCORE_SUM.length - 1;
      continue;
    }
    const first =
      budgetLabels().longestAt(seg.key, i) ??
      monthBudgetLabelAt(seg.key, i) ??
      nearMissesAt(seg.key, i, budgetSpellingList())[0];
    if (!first) continue;
    let { columns, end } = labelRun(seg.key, i);
    // 年度预算数（万元） over 年初预算 | 调整后预算数 | 预算执行数: a heading spanning the amounts names one of them
    // again; the columns are the run after it when that run is the longer.
    const under = labelRun(seg.key, budgetNoteEnd(seg.key, first.end));
    if (under.columns.length > columns.length && under.columns.includes(first.value))
      ({ columns, end } = under);
    if (columns.length >= 2 && columns.some((c) => c === 'initial' || c === 'annual' || c === 'executed')) {
      const text = BUDGET_TEXT_COLUMNS.find((t) => seg.key.startsWith(t, end));
      // Only the 年初 column is printed so: it comes before every other, and the run must lack it and open on
      // the 全年 budget; near enough to be the same block's (its other labels and a unit's name between).
      if (apartEnd >= 0 && !columns.includes('initial') && columns[0] === 'annual' && i - apartEnd <= 48)
        columns = ['initial', ...columns];
      return { columns, start: i, end: text ? end + text.length : end };
    }
    if (columns.length === 1 && columns[0] === 'initial') apartEnd = end;
    if (columns.length > 0) i = end - 1;
  }
  return null;
}

/** What ends the block: the goals, the indicator table. */
// 资金管理情况: the checks a central transfer's 自评表 prints under its funds (分配科学性 … | 6 | 6), points not amounts.
const BLOCK_END =
  /年度总体目标|总体目标|年度绩效目标|绩效目标|绩效指标|年初设定目标|预期目标|一级指标|二级指标|三级指标|指标名称|资金管理情况/;

/**
 * 预算执行情况（万元）（20分）: the 分值 the block's heading states; or the one its 得分 label states (得分（20分*执行率）)
 * where the heading stands away from the labels.
 */
function headingPoints(seg: SegmentText, start: number, end: number): string | null {
  const before = seg.key.slice(Math.max(0, start - 24), start);
  const m = /(预算执行情况|项目资金|资金情况|预算执行)[^分]*（(\d+(?:\.\d+)?)分）$/.exec(before);
  if (m) return m[2]!;
  return /得分（(\d+(?:\.\d+)?)分[*×x]执行率）/.exec(seg.key.slice(start, end))?.[1] ?? null;
}

const numbers = new TextMemo<number>('budget amounts');
/** An amount (in one unit for all lines: only ratios are compared); NaN for one that lost its integer part. */
function num(t: string | undefined): number {
  if (t === undefined || t.startsWith('.')) return NaN;
  let n = numbers.get(t);
  if (n === undefined) {
    numbers.set(t, (n = Number(parseAmount(t, '元') ?? NaN)));
  }
  return n;
}

/** A rate, 分值 or 得分 as the plain number printed (79.27, 79.27%, 10). */
function plain(t: string | undefined): number {
  return t === undefined || t.startsWith('.') ? NaN : Number(t.replace(/[%％\s]/g, ''));
}

/**
 * 执行率 agrees with 执行数 ÷ 预算数 within half a point. The 预算数 is the 全年预算数; a template printing only
 * 年初预算数(A) | 全年执行数(B) takes its rate on that one.
 */
function rateHolds(p: Partial<Record<BudgetColumn, string>>): boolean {
  const rate = plain(p.rate);
  const annual = p.annual === undefined ? num(p.initial) : num(p.annual);
  const executed = num(p.executed);
  // 执行率 100% beside the 年初 and 全年 budgets, the execution left out: what was spent is the 全年 budget, nothing
  // there contradicts it (a lone figure beside 100% proves nothing: it may as well be the 分值).
  if (
    Number.isNaN(executed) &&
    p.initial !== undefined &&
    num(p.annual) > 0 &&
    rate === 100 &&
    /[%％]/.test(p.rate ?? '')
  )
    return true;
  if (!(annual > 0) || Number.isNaN(rate) || Number.isNaN(executed)) return false;
  const share = executed / annual;
  // A sheet's rate cell formatted as a number prints the ratio itself (1 for 100 %, 0.98 for 98 %): written
  // without %, at most one and a half, it is the share to a hundredth.
  const ratio =
    p.rate !== undefined && !/[%％]/.test(p.rate) && rate <= 1.5 && Math.abs(share - rate) <= 0.005;
  return ratio || Math.abs(share * 100 - rate) <= 0.5;
}

/** The rate placed agrees with the amounts (执行数 ÷ 预算数) or the points (得分 = 分值 × 执行率). */
function borneOut(p: Partial<Record<BudgetColumn, string>>): boolean {
  const [rate, weight, score] = [plain(p.rate), plain(p.weight), plain(p.score)];
  const pointsHold =
    !Number.isNaN(rate) &&
    !Number.isNaN(weight) &&
    Math.abs((weight * Math.min(rate, 100)) / 100 - score) <= 0.1;
  // 30 | 301 | 0 | 10 | 0% or 30 | 3010 | 1 | 0 | 0% out of 303010100%: a 0% rate holds for nothing (or next to
  // nothing) spent of any budget, so it bears out no cut of a percent.
  return (rateHolds(p) && plain(p.rate) !== 0) || pointsHold;
}

/**
 * The block's arithmetic on one placing: how much of it holds. `sources` are the figures placed under the
 * columns before the 合计 of a header that sums its sources in a column of its own (中央 | 省、地 | 本级 | 其他 |
 * 合计 | 执行数): they add up to the 合计, and are amounts printed as the others are.
 */
function arithmetic(p: Partial<Record<BudgetColumn, string>>, sources: readonly string[] = []): number {
  let bonus = rateHolds(p) ? 5 : 0;
  const rate = plain(p.rate);
  const weight = plain(p.weight);
  const score = plain(p.score);
  if (!Number.isNaN(weight) && !Number.isNaN(score)) {
    if (score > weight) return -Infinity;
    if (!Number.isNaN(rate) && Math.abs((weight * Math.min(rate, 100)) / 100 - score) <= 0.1) bonus += 3;
  }
  const annual = num(p.annual);
  const executed = num(p.executed);
  if (!Number.isNaN(annual) && !Number.isNaN(executed) && executed <= annual) bonus += 0.5;
  if (!Number.isNaN(annual) && annual === num(p.initial)) bonus += 0.5;
  // Compared as printed (one unit for the line), to a hundredth: parts rounded each may miss the sum by one.
  // One source alone equal to the 合计 proves nothing (it is as likely the 合计 and the 执行数, 5.5 | 5.5).
  const parts = sources.map(plain);
  const sumPrinted = plain(p.annual);
  if (parts.length > 1 && !Number.isNaN(sumPrinted) && parts.every((n) => !Number.isNaN(n))) {
    const sum = parts.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - sumPrinted) < 0.0101) bonus += 2;
  }
  // One amount alone is what the line has to spend (年度资金总额：38.75万元): an execution is told against a budget.
  if (!Number.isNaN(executed) && Number.isNaN(annual) && p.initial === undefined) bonus -= 0.5;
  // A line prints its amounts in one format: 387664.62 | 387664.62, not 3 | 87664.623 | 87664.62 (an integer
  // beside a fraction, 300 | 259.45, is common; an amount that lost its integer part, .7, tells nothing).
  const fractions = new Set(
    [...(['initial', 'annual', 'executed'] as const).map((c) => p[c]), ...sources].flatMap((t) =>
      t && /^\d[\d,]*\.\d+$/.test(t) ? [t.split('.')[1]!.length] : [],
    ),
  );
  if (fractions.size > 1) bonus -= 2;
  return bonus;
}

const fits = new TextMemo<number>('budget figure fits');
function fitOf(text: string, col: BudgetColumn): number {
  const key = `${col}\u0000${text}`;
  let f = fits.get(key);
  if (f === undefined) {
    fits.set(key, (f = fit(text, col)));
  }
  return f;
}

/**
 * The ways to read a figure as `k` cells. Amounts that lost their integer parts (.32.06.579.27107.93) run
 * into each other and into the line's next cells: each lost amount is a dot and digits, the rest is cut as
 * usual (.32 | .06 | .5 | 79.27 | 10 | 7.93).
 */
function cutsOf(figure: string, k: number): string[][] {
  const lost = /^\.(\d+)(.*)$/.exec(figure);
  if (!lost) return cutValue(figure, k, 20_000, 4);
  const out: string[][] = k === 1 ? [[figure]] : [];
  const digits = lost[1]!;
  // All of a lost amount's digits first: on a tie the reading that invents no number (2.0 out of .32.06) wins.
  for (let d = digits.length; d >= 1 && k >= 2; d--) {
    const piece = `.${digits.slice(0, d)}`;
    const rest = digits.slice(d) + lost[2]!;
    if (rest === '') continue;
    const tails = rest.startsWith('.')
      ? d === digits.length
        ? cutsOf(rest, k - 1)
        : []
      : cutValue(rest, k - 1, 2_000, 4);
    for (const tail of tails) out.push([piece, ...tail]);
  }
  return out;
}

/** A figure printed with its money unit. */
const MONEY_UNIT = /\d(万元|元)$/;

/** A line's figures placed in the columns, fused runs cut, the placing the arithmetic bears out winning. */
export function placeFusedFigures(
  figures: readonly string[],
  columns: readonly BudgetColumn[],
  alone: readonly boolean[] = [],
): Partial<Record<BudgetColumn, string>> {
  let best: { score: number; placed: Partial<Record<BudgetColumn, string>> } = {
    score: -Infinity,
    placed: {},
  };
  // A stranger line (a hostile or broken file) is not cut: its figures go one to a column, in order.
  if (figures.length > 8 || columns.length > 8) {
    const placed: Partial<Record<BudgetColumn, string>> = {};
    figures.slice(0, columns.length).forEach((f, k) => (placed[columns[k]!] ??= f));
    return placed;
  }
  // 中央 | 省、地 | 本级 | 其他 | 合计: the columns before the 合计 are its sources when only unnamed ones stand there.
  const sum = columns.indexOf('annual');
  const sourceColumn = (c: number) =>
    sum >= 2 && c < sum && columns.slice(0, sum).every((x) => x === 'other');
  let steps = 0;
  // The ways to cut figure i in k, asked on every path that reaches it: worked out once (k ≤ 8).
  const cuts: string[][][] = [];
  const walk = (
    i: number,
    j: number,
    score: number,
    placed: Partial<Record<BudgetColumn, string>>,
    sources: readonly string[] = [],
    cut = false,
  ): void => {
    if (score === -Infinity || ++steps > 200_000) return;
    // Nothing left can beat the best placing: each figure fits for at most 4, the arithmetic gives at most 11.
    if (score + 4 * (figures.length - i) + 11 <= best.score) return;
    if (i === figures.length) {
      // A per cent cut into figures the arithmetic does not bear out (103.21% as 1 | 0 | 3.21%, or 10 | 3.21%) was
      // one figure: the rate as printed.
      const total = score + arithmetic(placed, sources) - (cut && !borneOut(placed) ? 6 : 0);
      if (total > best.score) best = { score: total, placed: { ...placed } };
      return;
    }
    for (let k = 1; k <= columns.length - j; k++) {
      // Amounts are printed with a few decimals at most: longer fractions are cuts in the wrong place.
      for (const pieces of (cuts[i * 9 + k] ??= cutsOf(figures[i]!, k))) {
        // The pieces go to the next columns in order, skipping blank ones only before the first.
        for (let s = j; s + k <= columns.length; s++) {
          // A figure that stands in a cell of its own was printed as one: cutting it costs more.
          // So was one that carries its unit (38.75万元): digits run together print no unit between them.
          let add = -(k - 1) * (alone[i] || MONEY_UNIT.test(figures[i]!) ? 6 : 1);
          for (let n = 0; n < pieces.length; n++) add += fitOf(pieces[n]!, columns[s + n]!);
          // A piece that fits nowhere ends this placing before any copy of it is made.
          if (!(add > -Infinity)) continue;
          const next = { ...placed };
          const placedSources = [...sources];
          pieces.forEach((p, n) => {
            next[columns[s + n]!] = p;
            if (sourceColumn(s + n)) placedSources.push(p);
          });
          const cutRate = k > 1 && /[%％]$/.test(figures[i]!);
          walk(i + 1, s + k, score + add, next, placedSources, cut || cutRate);
        }
      }
    }
    walk(i + 1, j, score - 6, placed, sources, cut);
  };
  walk(0, 0, 0, {});
  return best.placed;
}

/** The total line's label standing right before the block's labels (年度资金总额), or an empty name. */
function nameBefore(seg: SegmentText, start: number): string {
  const before =
    original(seg, Math.max(0, start - 12), start)
      .split(CELL)
      .at(-1) ?? '';
  for (let k = 0; k < before.length; k++)
    if (isBudgetTotalLabel(before.slice(k).replace(/[:：]$/, ''))) return before.slice(k);
  return '';
}

/**
 * 100%20度效标: a measure word (度, 个, 次) glued between a figure and the text after it is the text's start, not
 * the figure's unit — a budget line's figures are amounts, rates and points. Money units and 分 stay with their figure.
 */
function looseMeasures(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  atoms.forEach((a, k) => {
    const next = atoms[k + 1];
    // 38.75 万元: a money unit written apart is its figure's still; so is 万 alone (10 | 万10万: a cut after the digits).
    if (
      a.kind === 'text' &&
      /^(万元|元|万)$/.test(a.text) &&
      out.at(-1)?.kind === 'value' &&
      !/\p{Script=Han}$/u.test(out.at(-1)!.text)
    ) {
      out[out.length - 1] = { ...out.at(-1)!, text: out.at(-1)!.text + a.text };
      return;
    }
    // 100 %: a text layer parted the sign from its figure; the two are one rate.
    if (
      a.kind === 'text' &&
      /^[%％]$/.test(a.text) &&
      out.at(-1)?.kind === 'value' &&
      /\d$/.test(out.at(-1)!.text)
    ) {
      out[out.length - 1] = { ...out.at(-1)!, text: `${out.at(-1)!.text}%` };
      return;
    }
    // 2022年原州区…项目: a year opens a line's name; it is no amount.
    if (a.kind === 'value' && /^(19|20)\d\d年$/.test(a.text)) {
      out.push({ ...a, kind: 'text' });
      return;
    }
    const { op, number, unit } = partsOf(a.text);
    if (
      a.kind === 'value' &&
      next?.kind === 'text' &&
      next.glued &&
      /^\p{Script=Han}+$/u.test(unit) &&
      !/[元分]$/.test(unit)
    )
      out.push({ ...a, text: op + number }, { kind: 'text', text: unit, cell: a.cell, glued: true });
    else out.push(a);
  });
  return out;
}

/**
 * Figures under no name while the total line's label stands later with none of its own (…其他资金 0 0 年度资金总额):
 * a PDF's text layer gave the column of line labels after the figures, so the first figures are the total's.
 */
function nameFromAfter<L extends { name: string; figures: string[] }>(lines: L[]): L | null {
  const first = lines[0];
  if (!first || first.name !== '' || first.figures.length === 0) return null;
  for (const l of lines.slice(1)) {
    const label = [...l.name].findIndex((_, k) => isBudgetTotalLabel(l.name.slice(0, k + 1))) + 1;
    if (label === 0) continue;
    // 年度资金总额 项目资金（元）… 实施单位 9,034: the label with the head's words after it, then a stray figure — the
    // figure is not the label's own, which a line printing its figures has right after its name.
    const apart = l.name.length - label >= 8;
    if (l.figures.length > 0 && !apart) continue;
    first.name = l.name.slice(0, label);
    return l.figures.length > 0 ? l : null;
  }
  return null;
}

/**
 * 资金来源：（1）财政拨款: the number of a line's item in its brackets, a word of its name and no figure (only a value
 * atom with no line to take it, or one bracketed so, reaches the name).
 */
function isItemNumber(atoms: readonly Atom[], k: number): boolean {
  return (
    /^\d{1,2}$/.test(atoms[k]!.text) &&
    /[(（]$/.test(atoms[k - 1]?.text ?? '') &&
    /^[)）]/.test(atoms[k + 1]?.text ?? '')
  );
}

/** A comma glued between two figures of one run: 0010,000 (a thousands separator the atoms parted). */
function inRun(atoms: readonly Atom[], k: number): boolean {
  const [before, a, after] = [atoms[k - 1], atoms[k]!, atoms[k + 1]];
  return (
    a.kind === 'text' &&
    /^[,，]$/.test(a.text) &&
    a.glued === true &&
    before?.kind === 'value' &&
    after?.kind === 'value' &&
    after.glued === true
  );
}

/**
 * 215,457.6 → 215457.6: a thousands separator inside an amount, not a cut between two figures; a full-width one
 * too (233，000.00, as a page set in a Chinese font prints it).
 */
const withoutThousands = (cell: string) =>
  cell.replace(/(?<![\d.,，])\d{1,3}(?:([,，])\d{3})(?:\1\d{3})*(?:\.\d+)?(?![\d,，])/g, (m) =>
    m.replace(/[,，]/g, ''),
  );

/** Reads the budget block from the segment's text; null without its labels. */
export function readBudgetInText(seg: SegmentText, stream: readonly StreamCell[]): BudgetBlock | null {
  if (seg.key.length > 200_000) return null;
  const header = findBudgetHeader(seg);
  if (!header) return headedBlock(seg, stream);
  // 全年预算数1000执行数1000执行率100%: a block printed one label–figure row each (budget-label-pairs.ts).
  const paired = pairedBudgetFigures(seg.key, header.start, longestLabelAt);
  if (paired) {
    // The unit stated before the block's end: a label's own note (下达额度(元)) included.
    const unit = statedUnitBefore(seg.key, paired.end) ?? amountUnit(stream, cellIndexAt(seg, paired.end));
    return {
      lines: [{ name: '', total: true, values: convert(paired.values, unit) }],
      start: cellIndexAt(seg, header.start),
      end: cellIndexAt(seg, paired.end),
      period: null,
    };
  }
  const rest = seg.key.slice(header.end);
  const stop = BLOCK_END.exec(rest);
  const end = stop ? header.end + stop.index : seg.key.length;
  const atoms = looseMeasures(atomsOf(original(seg, header.end, end).split(CELL).map(withoutThousands)));
  // 分值 | 执行率 over the lines and 得分 printed after them (a sheet's last label cell wrapped below the rows): the
  // block's labels end in 得分 all the same.
  if (
    !header.columns.includes('score') &&
    atoms.some((a) => a.kind === 'text' && labelKey(a.text) === '得分')
  )
    header.columns = [...header.columns, 'score'];
  // `run`: the line's figures as printed where no break parts them (6363100%: cells run together), else null.
  const lines: Array<{ name: string; figures: string[]; alone: boolean[]; run: string | null }> = [];
  // Figures right after the labels, under no name: OCR read the line's name (年度资金总额) before the labels.
  if (atoms[0]?.kind === 'value')
    lines.push({ name: nameBefore(seg, header.start), figures: [], alone: [], run: null });
  for (const [k, a] of atoms.entries()) {
    const last = lines.at(-1);
    // 10000000.0010,000,000.00: a comma glued between the digits of a run is an amount's thousands separator.
    if (inRun(atoms, k) && last && last.run !== null && last.figures.length > 0) {
      last.run += a.text;
      continue;
    }
    if (a.kind === 'value' && last && !isItemNumber(atoms, k)) {
      last.run = last.figures.length === 0 ? a.text : last.run !== null && a.glued ? last.run + a.text : null;
      // 9.95分 under 得分: points printed with their 分 are the figure (no amount or rate ends in 分) — after the
      // line's 执行率, where the 得分 stands; a 1分 before any rate is no budget figure (a garbled heading's points).
      const afterRate = last.figures.some((f) => f.endsWith('%'));
      last.figures.push(afterRate ? a.text.replace(/(\d)分$/, '$1') : a.text);
      // The first figure shares its cell with the labels when they ran into it (执行率（B/A）64.864.8…).
      const afterLabels = k === 0 && seg.text[(seg.at[header.end] ?? 0) - 1] !== CELL;
      // A figure no one prints (0001000: leading zeros) was never one cell, whatever cell it stands in now.
      // Full-width figures (２９６０．００２９６０．００) are told as their half-width forms.
      const figure = halfWidthFigures(a.text);
      const printable = !/^[^\d]*0\d/.test(figure);
      // Nor was one that no single figure could be (1.561.56120: two decimal points, 100%20: digits after a
      // per cent sign, 40004000100%: a rate of ten thousand per cent and more, 143714371010: a trillion yuan or
      // more, which no budget line spends): the digits of several cells run together, whatever cell they stand in now.
      const several =
        /\.\d*\./.test(figure) ||
        /[%％]\d/.test(figure) ||
        /^\d{5,}(?:\.\d+)?[%％]$/.test(figure) ||
        /^\d{12,}(?:\.\d+)?$/.test(figure);
      last.alone.push(
        (printable &&
          !several &&
          !afterLabels &&
          atoms[k - 1]?.cell !== a.cell &&
          atoms[k + 1]?.cell !== a.cell) ||
          isPairedFigure(atoms, k),
      );
    } else if (a.kind === 'text' || isItemNumber(atoms, k)) {
      // 年度财政 | 资金总额: a label cut in two stays one; 合计 (合 计) after a line left blank is a line of its own.
      const total = /^(合计|总计)/.test(
        labelKey(a.text + (atoms[k + 1]?.kind === 'text' ? atoms[k + 1]!.text : '')),
      );
      if (last && last.figures.length === 0 && !total) last.name += a.text;
      else lines.push({ name: a.text, figures: [], alone: [], run: null });
    }
  }
  // The line whose label the first took holds no line of its own: its figures are strays (strayFigures).
  // A figure's bracketed breakdown and the total printed again under the project's name are no lines of their own.
  lines.splice(
    0,
    lines.length,
    ...withoutRestatedTotal(
      namedAfterNote(withoutBracketedFigures(withoutBracketedBreakdowns(lines))),
      isBudgetTotalLabel,
    ),
  );
  const lent = nameFromAfter(lines);
  // … and a source's figures the total line took, their label moved away, are that source's line.
  lines.splice(0, lines.length, ...sourceLineInTotal(lines, header.columns, isBudgetTotalLabel));
  const unit = amountUnit(stream, cellIndexAt(seg, end));
  // 市级预算执行情况(万元) 2960.00 … 其中:财政拨款数 实际支付数 … 市级财政资金使用情况(万元) 2960.00 2798.30 …: one line in bands.
  const banded = bandedLine(lines, header.columns, labelRun, placeFusedFigures);
  if (banded) {
    const name = banded.name.replace(/[:：]$/, '');
    const values = convert(banded.placed, unit);
    return {
      lines: [{ name, total: true, values }],
      start: cellIndexAt(seg, header.start),
      end: cellIndexAt(seg, end),
      period: null,
    };
  }
  const points = headingPoints(seg, header.start, header.end);
  const raw: Array<Partial<Record<BudgetColumn, string>>> = [];
  // 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数: a header that sums the sources in a column of its own prints one
  // line, the project's: its figures are the first after the labels; what follows is the form's next block.
  const bySource = /合计|总计/.test(seg.key.slice(header.start, header.end));
  // 行次 before the labels: each line prints its number first (年度资金总额 1 52.8 …), and a 列次 line numbers the
  // columns (列次 0 1 2 …): neither is a figure of the block.
  const numbered = /(行次|栏次)$/.test(seg.key.slice(Math.max(0, header.start - 2), header.start));
  if (numbered)
    for (const l of lines)
      if (/^\d{1,2}$/.test(l.figures[0] ?? '')) {
        l.figures.shift();
        l.alone.shift();
      }
  const named = sourceLinesOf(
    lines
      .filter((l) => !(numbered && /列次$/.test(labelKey(l.name))))
      .filter((l) => l.figures.length > 0 && l.name.length <= 30 && l !== lent)
      .slice(0, bySource ? 1 : undefined)
      .map((l) => ({ ...l, name: lastColonLabel(l.name.replace(/[:：]$/, '').replace(/^其中[:：]?/, '')) })),
  );
  const scored = scoredTotalFigures(
    named.map((l) => ({
      total: isBudgetTotalLabel(l.name),
      figures: l.figures,
      placed: placeFusedFigures(l.figures, header.columns, l.alone),
    })),
  );
  let stated: Set<number> | undefined;
  let totalPlaced: Partial<Record<BudgetColumn, string>> | undefined;
  const read: BudgetLine[] = named.map((l) => {
    const name = l.name;
    const total = bySource || isBudgetTotalLabel(name);
    const columns = total ? header.columns : sourceColumns(header.columns, l.figures.length, scored);
    // A run of digits whose every cut figure the arithmetic confirms is read so, blank columns and all.
    // … or, where none does, the cut placing an amount the form states again after the block (stated-budget-amounts.ts).
    // A source printing the total's own amounts again (the one source of it all) is cut as the total was.
    const byRun =
      l.run === null || l.alone.every(Boolean)
        ? null
        : ((total || !totalPlaced ? null : cutLikeTotal(l.run, totalPlaced, columns)) ??
          cutBudgetRun(l.run, header.columns) ??
          cutByStatedAmounts(l.run, header.columns, (stated ??= statedAmounts(seg.key.slice(end), unit))));
    const fused = byRun ?? placeFusedFigures(l.figures, columns, l.alone);
    // The total line short of its 执行率: its other figures may stand further on, scattered by a text layer.
    const placed =
      total && fused.rate === undefined
        ? (placeWithStrays(l.figures, columns, strayFigures(seg, lines, named, end)) ?? fused)
        : fused;
    // 0 207.4538 10 100% 10 under six columns: the line printed its 全年 amount once, and its 执行率 of 100% says
    // the budget and the execution are that amount both.
    if (
      columns.includes('executed') &&
      placed.executed === undefined &&
      placed.initial !== undefined &&
      placed.annual !== undefined
    )
      if (plain(placed.rate) === 100 && /[%％]/.test(placed.rate!)) placed.executed = placed.annual;
    const values = convert(placed, unit);
    // A rate taken from the strays stays as printed, as one found after the block does (strayRate).
    if (placed !== fused && fused.rate === undefined && placed.rate !== undefined) values.rate = placed.rate;
    raw.push(placed);
    if (total) totalPlaced ??= placed;
    // The block's one line is its total, named or not (年度财政资金总额 printed before the labels).
    if ((total || named.length === 1) && points && values.weight === undefined) values.weight = points;
    return { name, total, values };
  });
  if (read.length === 0) return null;
  takeSourceFigures(read, raw);
  return {
    lines: read,
    start: cellIndexAt(seg, header.start),
    end: cellIndexAt(seg, end),
    period: null,
    columns: header.columns,
    headingPoints: points,
  };
}

/**
 * A block whose rows each print its heading, one label and its figure (headed-budget-pairs.ts), the first labels
 * blank so that no run of labels opens it: its figures, the block's one line.
 */
function headedBlock(seg: SegmentText, stream: readonly StreamCell[]): BudgetBlock | null {
  const headed = headedBudgetPairs(seg.key, longestLabelAt);
  if (!headed) return null;
  const unit = statedUnitBefore(seg.key, headed.end) ?? amountUnit(stream, cellIndexAt(seg, headed.end));
  return {
    lines: [{ name: '', total: true, values: convert(headed.values, unit) }],
    start: cellIndexAt(seg, headed.start),
    end: cellIndexAt(seg, headed.end),
    period: null,
  };
}

/** Where the indicator table starts: stray budget figures stand before it. */
const TABLE_START = /一级指标|二级指标|三级指标|指标名称|绩效指标/;

/**
 * Figures of the block no kept line holds (a line named by the head's words, 年度资金总额 项目资金（元）… 实施单位
 * 9,034) and lone ones between the block and the indicator table (…年度 总体 目标 10 45.17%).
 */
function strayFigures(
  seg: SegmentText,
  lines: ReadonlyArray<{ figures: string[] }>,
  kept: ReadonlyArray<{ figures: string[] }>,
  end: number,
): string[] {
  const inBlock = lines.filter((l) => !kept.some((k) => k.figures === l.figures));
  const stop = TABLE_START.exec(seg.key.slice(end, end + 400));
  const after = atomsOf(
    original(seg, end, end + (stop ? stop.index : 0))
      .split(CELL)
      .map(withoutThousands),
  );
  return [
    ...inBlock.flatMap((l) => l.figures),
    ...after.filter((a) => a.kind === 'value' && /^\d[\d.]*[%％]?$/.test(a.text)).map((a) => a.text),
  ];
}

const AMOUNTS = ['initial', 'annual', 'executed'] as const;
const FIGURES = ['rate', 'weight', 'score'] as const;

/**
 * A total line with one source line under it that prints the same amounts: the source's 执行率, 分值 and 得分
 * are the total's too where the total line left them out (they stand once, on whichever line the extraction
 * put them). `raw` holds each line's figures as printed, in the order of `lines`.
 */
export function takeSourceFigures(
  lines: readonly BudgetLine[],
  raw: ReadonlyArray<Partial<Record<BudgetColumn, string>>>,
): void {
  const totals = lines.flatMap((l, k) => (l.total ? [k] : []));
  if (totals.length !== 1 || lines.length !== 2) return;
  const t = totals[0]!;
  const s = 1 - t;
  const amountsOf = (p: Partial<Record<BudgetColumn, string>> | undefined) =>
    AMOUNTS.map((c) => p?.[c] ?? '').join('|');
  if (amountsOf(raw[t]) !== amountsOf(raw[s]) || AMOUNTS.every((c) => raw[t]?.[c] === undefined)) return;
  for (const c of FIGURES)
    if (lines[t]!.values[c] === undefined && lines[s]!.values[c] !== undefined)
      lines[t]!.values[c] = lines[s]!.values[c]!;
}
