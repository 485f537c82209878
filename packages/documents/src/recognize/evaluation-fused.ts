// Indicator rows of a 自评表 whose cells came run together ("安装坡面水标尺10≥266米≥266米10"): the atoms after
// a name are placed in the columns the header names, in its order, and fused digits are cut where the form's
// arithmetic holds — 得分 ≤ 分值, 分值 no more than its 一级's points, 全年实际值 like 年度指标值 — so that 20100%
// under 分值 | 年度指标值 reads 20 | 100%. Rows themselves are found the same way: the reading of a run of atoms
// as rows that places the most figures at the least cost wins.
import { type Atom, looseAnswers, looseUnits, partsOf } from './evaluation-atoms.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { goesOnAfterFigure } from './figure-inside-name.ts';
import { type RowContext, SLOT_KIND } from './fused-fit-costs.ts';
import {
  nameAndUnit,
  openedTargetTail,
  qualitativeTail,
  repeatedTail,
  restatedWholeName,
  withKindWords,
} from './fused-name-readings.ts';
import {
  DROP,
  MAX_NAME_ATOMS,
  MAX_VALUE_ATOMS,
  readRowValues,
  ROW,
  spacedWithUnit,
} from './fused-row-search.ts';
import { endsInDate } from './dated-name.ts';
import { isCountedList } from './listed-figures.ts';
import { isUnitOpenedNameWord } from './lexicon-name-openings.ts';
import { opensWithStrayMeasure } from './measure-opened-names.ts';
import { approximateFiguresJoined, endsInApproximateReport, progressReportTail } from './progress-report.ts';
import { reportedTail } from './reported-actual.ts';
import { restatesFigure } from './restated-figure.ts';
import { qualityTail } from './restated-quality.ts';
import { countRepeatedInRun, statedCount } from './name-stated-count.ts';
import { isSignOrGlossedUnit, isUnitText } from './unit-gloss.ts';
import { cutWordedValues, isJudgement, type WordedPlaces } from './worded-value-cuts.ts';

export interface FusedRow {
  name: string;
  cells: Partial<Record<IndicatorColumn, string>>;
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

/** What a name opening with a stray measure word (measure-opened-names.ts) costs. */
const STRAY_MEASURE = 1;

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
  const kind = slots.indexOf('op');
  return {
    beforeFigures: worded(slots[0]),
    afterFigures: worded(slots.at(-1)),
    kindAfterValue: kind > 0 && worded(slots[kind - 1]) && slots[kind - 1] !== 'unit',
  };
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
  const loose = approximateFiguresJoined(looseAnswers(looseUnits(pointsNotes(unitNotesJoined(written)))));
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
    // 500米内公厕覆盖率, 1250KVA变压器: words a figure inside a name runs on into open no row (figure-inside-name.ts).
    if (goesOnAfterFigure(atoms, i)) continue;
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
      const nextRepeats =
        atoms[k + 1]?.text === last.text || atoms.slice(k + 1, k + 5).some((a) => restatesFigure(last, a));
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
      // 配套电力设施1250KVA变压器3台9.33: a count glued to the name's words, the row's run of bare figures after it
      // opening or closing with the count's digits — the target the name states, printed again (name-stated-count.ts).
      const counted = last.glued === true && countRepeatedInRun(last, atoms[k + 1]);
      const stated =
        last.kind === 'value' &&
        k > i &&
        atoms[k - 1]!.kind === 'text' &&
        (nextRepeats || endsOwnCell || measured || counted);
      if (last.kind !== 'text' && !stated) continue;
      // (Nor does a name end where a figure inside it runs on into its words: 城区主次干道500米 | 内公厕覆盖率.)
      if (goesOnAfterFigure(atoms, k + 1)) continue;
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
      // So does one followed by a cell that opens with a count (37个基层医疗机构): a target stated in words.
      const next = atoms[k + 1];
      const sentenceName =
        ctx.wholeCells === true &&
        i === k &&
        next !== undefined &&
        (next.kind === 'value' || /^\d[\d.]*\p{Script=Han}/u.test(next.text)) &&
        next.cell !== last.cell;
      // (Nor where the stop closes a list of counted items: 慰问伤残军人50人;…边海防官兵320人。 names its row.)
      if (written.includes('。') && !sentenceName && !isCountedList(written)) continue;
      // 及时, 公开: a judgement cut off a text (worded-value-cuts.ts) is a value, never a name alone — the words
      // before it ran on into the name (资金到位及时), not into a cell of their own.
      if ((atoms[i]!.parted !== undefined || atoms[k + 1]?.parted !== undefined) && isJudgement(written))
        continue;
      // A name that starts with a figure (5000吨稻谷…) is possible, but the figure more often ends the row before.
      // A figure ending the name's own cell is the name's: it costs nothing.
      // 类收集率 after 10分: the 分 opened the name (分类收集率, a word of the lexicon's), the points ended at 10.
      const fenWord =
        atoms[i - 1]?.text === '分' && isUnitOpenedNameWord(`分${atoms[i]!.text.charAt(0)}`) ? 0.5 : 0;
      // 1000 | 件监控系统维护率: a measure word that forms no word with the name's next character ends the figure before.
      const strayMeasure = opensWithStrayMeasure(atoms, i, isUnitText) ? STRAY_MEASURE : 0;
      // A name that starts inside a text cut by meaning pays for the cut (worded-value-cuts.ts).
      const lead =
        (atoms[i]!.kind === 'value' ? 1 : 0) +
        (sentenceName && written.includes('。') ? 1 : 0) +
        (stated && !endsOwnCell && !counted ? 0.5 : 0) +
        fenWord +
        strayMeasure +
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
            ...reportedTail(written),
            ...restatedWholeName(written, columns),
            ...qualityTail(written),
            ...progressReportTail(written),
          ];
      const readings = [...nameAndUnit(written, columns), ...tails, ...withKindWords(tails, columns)];
      for (const [name, prefix] of readings) {
        // 吨, 5000吨: a unit, or a figure with its unit, names nothing.
        const bare = name.replace(/^\d[\d.]*/, '');
        if (!/\p{Script=Han}/u.test(name) || isUnitText(bare) || /[、，,]$/.test(name)) continue;
        // (…已使用约40%: the figure a report gives about closes no name.)
        if (endsInApproximateReport(name)) continue;
        // (…完工时间2024年11月底前: a date is the row's deadline, no name's end.)
        if (endsInDate(name)) continue;
        // 完成, 100%完成, 完成25.00: a row's 完成情况 (between its actual and its scores) names no indicator.
        if (COMPLETION_WORD.test(name.replace(/^\d[\d.]*[%％]?|\d[\d.]*[%％]?$/g, ''))) continue;
        // …变压器3台: the count the name closes on is its target (name-stated-count.ts).
        const count = statedCount(name);
        const rowCtx = count === undefined ? ctx : { ...ctx, statedCount: count };
        const countKey = count === undefined ? '' : `${count.number}${count.unit}`;
        for (let j = k + 1; j <= Math.min(n, k + 1 + MAX_VALUE_ATOMS); j++) {
          // Where the template numbers every row, a numbered cell opens the next row: no row's values run into it.
          if (numbered && j - 1 > k && opensNumbered(atoms, j - 1)) break;
          const key = `${prefix.join('|')}:${k + 1}:${j}:${countKey}`;
          let values = memo.get(key);
          const after = atoms.slice(k + 1, j);
          const before = prefix.map((text) => ({ kind: 'text' as const, text, cell: last.cell }));
          if (!values) memo.set(key, (values = readRowValues([...before, ...after], columns, rowCtx)));
          if (values.cost === Infinity) continue;
          relax(j, here.cost + ROW + lead + values.cost, { name, cells: values.cells });
        }
      }
    }
  }
  return best[n]?.rows ?? [];
}
