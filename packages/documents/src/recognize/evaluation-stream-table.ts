// The indicator table of a 自评表 read from its text rather than its rows, for extractions that ran the cells
// together or put one cell per line: the header's labels give the columns and their order, level names
// (产出指标（70分）, 数量指标) part the body, and the rows between them are read by evaluation-fused.ts.
import { matchUnit } from '@jixiao/core';
import { labelKey } from '../rows/clean-cell.ts';
import { isChildOf } from './evaluation-cells.ts';
import { atomsOf, unitAt, type Atom } from './evaluation-atoms.ts';
import { nameOf } from './fused-name-readings.ts';
import { readFusedRows, type FusedRow } from './evaluation-fused.ts';
import { type RowContext } from './fused-fit-costs.ts';
import { cutShortLabelAt, scrambledLabelAt } from './scrambled-label.ts';
import { wholeCellLabelAt } from './whole-cell-label.ts';
import { withoutRepeatedBand } from './repeated-band.ts';
import { isLevelCutAtEnd } from './level-names.ts';
import { foldLowerHeaderRow } from './evaluation-two-row-band.ts';
import { mayOpenHeading, readBrokenHeader } from './broken-header-words.ts';
import { countDashLeads, splitDashLeads } from './dash-lead.ts';
import { withPointsColumn } from './header-points-column.ts';
import { joinNumberedRows, withoutHeadingWords, withoutUnnumberedTexts } from './numbered-scattered-rows.ts';
import { cellsComeWhole, wholeCellAtoms } from './whole-cells.ts';
import { joinRepeatedNameRows } from './repeated-name-row.ts';
import { isPageChrome } from './page-chrome.ts';
import { isSignatureRow } from './signature-blocks.ts';
import { joinWrappedLines } from './evaluation-wrapped-lines.ts';
import { joinWordedMeasures } from './evaluation-worded-measures.ts';
import { countsAge } from './age-figure.ts';
import { indicatorColumnSpellings, monthProgressEnd, type IndicatorColumn } from './evaluation-lexicon.ts';
import { isGradeLabel } from './evaluation-head-labels.ts';
import {
  bandColumns,
  canonical1,
  canonical2,
  composeTarget,
  type EvaluationTable,
  type TableRecord,
} from './evaluation-table.ts';
import {
  boundaryBefore,
  CELL,
  keyed,
  cellIndexAt,
  levelAt,
  noteEnd,
  original,
  Spellings,
  type LevelHit,
  type SegmentText,
} from './evaluation-text.ts';

let columnSpellings: Spellings<IndicatorColumn> | null = null;
const columns = () => (columnSpellings ??= new Spellings(indicatorColumnSpellings()));

/** Consecutive column labels from keyed position `i`: their columns and where they end. */
function labelRun(key: string, i: number, seg?: SegmentText): { labels: IndicatorColumn[]; end: number } {
  const labels: IndicatorColumn[] = [];
  let at = i;
  for (;;) {
    // A whole cell of the joined text is read as the heading the rows' reading would take it for, where the
    // spellings know only its start (三级指标 of 三级指标名称) or none of it (1-6月执行情况). After a label, a
    // piece the OCR scrambled (考值参分) is read as the label whose characters it holds.
    // 1-7月完成情况 run on between two headings: a period the spellings cannot list, read by its pattern.
    const month = monthProgressEnd(key, at);
    const listed = columns().longestAt(key, at);
    const spelt =
      month !== null && month > (listed?.end ?? 0) ? { end: month, value: 'actualToDate' as const } : listed;
    const whole = seg ? wholeCellLabelAt(seg, at) : null;
    const hit =
      (whole && whole.end > (spelt?.end ?? 0) ? whole : spelt) ??
      (labels.length > 0 ? scrambledOrCutLabelAt(key, at) : null);
    if (!hit) break;
    labels.push(hit.value);
    at = noteEnd(key, hit.end);
  }
  return { labels, end: at };
}

/**
 * After a label, a piece the OCR scrambled or cut short, read as the label it stands for. (Its own function: the
 * test of a known label is made only here, not on every run read — tsx names each closure it makes.)
 */
function scrambledOrCutLabelAt(key: string, at: number) {
  const known = (k: number) => columns().longestAt(key, k) !== null;
  return (
    scrambledLabelAt(key, at, indicatorColumnSpellings(), known) ??
    cutShortLabelAt(key, at, indicatorColumnSpellings(), known)
  );
}

/**
 * The columns a heading cell names when it is wholly a run of column labels (得分偏差原因分析及改进措施: 得分 and
 * 偏差原因 printed in one cell), else null.
 */
export function headingColumns(text: string): IndicatorColumn[] | null {
  const { key } = keyed(text);
  const run = labelRun(key, 0);
  return run.labels.length > 0 && run.end === key.length ? run.labels : null;
}

const namesIndicator = (labels: readonly IndicatorColumn[]) =>
  labels.includes('name') || labels.includes('level2');
const VALUE_COLUMNS: readonly IndicatorColumn[] = [
  'target',
  'targetValue',
  'actual',
  'actualToDate',
  'score',
];

/** The header band: a run of labels naming the indicator and a value column. */
export function findHeaderInText(
  seg: SegmentText,
  from = 0,
): { columns: IndicatorColumn[]; start: number; end: number } | null {
  for (let i = from; i < seg.key.length; i++) {
    const run = labelRun(seg.key, i, seg);
    if (namesIndicator(run.labels) && run.labels.some((c) => VALUE_COLUMNS.includes(c))) {
      // … | 实际完成指标值 | 50: a 得分 column headed by its block's points (header-points-column.ts).
      const band = withPointsColumn(seg, run.end, run.labels);
      return {
        columns: bandColumns(foldLowerHeaderRow(withoutRepeatedBand(band.columns))),
        start: i,
        end: band.end,
      };
    }
    // 一级 指标 二级 指标名称 年初指 … 标值 成值 分 分: headings broken over two lines, given line by line.
    const broken = boundaryBefore(seg, i) ? brokenHeaderAt(seg, i) : null;
    if (broken) return { columns: bandColumns(broken.columns), start: i, end: broken.end };
    if (run.labels.length > 0) i = run.end - 1;
  }
  return null;
}

/** A header of broken headings (broken-header-words.ts) starting at keyed position `i`, and where it ends. */
function brokenHeaderAt(seg: SegmentText, i: number): { columns: IndicatorColumn[]; end: number } | null {
  const from = seg.at[i]!;
  // Only where a heading or a heading's first piece opens the words (the cheap test first).
  if (!mayOpenHeading(seg.key, i)) return null;
  const words = seg.text
    .slice(from, from + 160)
    .split(/[\s|]+/)
    .filter((w) => w !== '');
  const header = readBrokenHeader(words);
  if (!header || !namesIndicator(header.columns) || !header.columns.some((c) => VALUE_COLUMNS.includes(c)))
    return null;
  // The keyed position after the words the header takes.
  let offset = from;
  for (const word of words.slice(0, header.taken)) offset = seg.text.indexOf(word, offset) + word.length;
  let end = i;
  while (end < seg.key.length && seg.at[end]! < offset) end++;
  return { columns: header.columns, end };
}

/**
 * A table without its header: the given columns, the body from the first level name on — a 一级's, or a 二级's
 * standing at a cell's start before the first 一级 (a copy that lost the rows above it: 可持续影响指标 | 可持续 | …).
 */
function headlessBand(
  seg: SegmentText,
  from: number,
  columns: readonly IndicatorColumn[],
): { columns: IndicatorColumn[]; start: number; end: number } | null {
  for (let i = from; i < seg.key.length; i++) {
    const level = levelAt(seg, i)?.level;
    if (level === 'level1' || (level === 'level2' && boundaryBefore(seg, i))) {
      const start = rowBeforeLevel(seg, from, i);
      return { columns: [...columns], start, end: start };
    }
  }
  return null;
}

/** A cell a row's target, actual or points are printed in: a comparator, a figure, a unit. */
const COMPARATOR_CELL = /^(?:[≥≤=><＞＜＝≧≦]|>=|<=)$/;
const FIGURE_CELL = /^(?:[≥≤=><＞＜＝≧≦]|>=|<=)?\s*\d[\d.,]*\s*(?:%|％|‰)?$/;
const isRowValueCell = (c: string) =>
  COMPARATOR_CELL.test(c) || FIGURE_CELL.test(c) || c === '%' || c === '％' || matchUnit(c) === c;

/**
 * 安全警示标志设置及时率 | = | 100 | % | 100 | 5 before the first level name: a copy that starts inside the table
 * keeps the last row of the group above (its levels on the page before) — a name, then its comparator and
 * figures. The body starts at that name (keyed position); else at the level (`level`).
 */
export function rowBeforeLevel(seg: SegmentText, from: number, level: number): number {
  const lo = seg.at[from] ?? 0;
  const cells = seg.text.slice(lo, seg.at[level]).split(CELL);
  // The level opens its cell: the cells before it are whole.
  if (cells.at(-1)?.trim() === '') cells.pop();
  let k = cells.length - 1;
  let figures = 0;
  let comparator = false;
  for (; k >= 0 && isRowValueCell(cells[k]!.trim()); k--) {
    const c = cells[k]!.trim();
    if (/\d/.test(c)) figures++;
    if (/^(?:[≥≤=><＞＜＝≧≦]|>=|<=)/.test(c)) comparator = true;
  }
  const name = cells[k]?.trim() ?? '';
  if (k < 0 || figures < 2 || !comparator || !/^\p{Script=Han}/u.test(name) || name.length > 40) return level;
  // The keyed position of the name's first character.
  const offset = lo + cells.slice(0, k).reduce((n, c) => n + c.length + 1, 0);
  let i = from;
  while (i < level && seg.at[i]! < offset) i++;
  return i;
}

/**
 * 政府采购管理执行率 under 管理指标: a 部门整体 form scores its management by 二级 each named for what is managed
 * (预算编审管理, 政府采购管理, 资产管理); run together with the row's name, the word ending in 管理 is the 二级.
 */
export function managementLevel2(
  level1: string | null,
  name: string,
): { level2: string; name: string } | null {
  if (level1 !== '管理指标') return null;
  const m = /^(\p{Script=Han}{2,10}?管理)(\p{Script=Han}.+)$/u.exec(name);
  return m ? { level2: m[1]!, name: m[2]! } : null;
}

/** A template's numbering of its indicator rows: 指标1：, 指标12：. */
const NUMBERED_ROW = /指标\d{1,2}[:：]/g;

/** The heading words of the value columns, as a header taken apart leaves them: 指标值 without its 年度. */
const SCATTERED_WORDS: ReadonlyArray<[IndicatorColumn, RegExp]> = [
  ['target', /指标值|目标值/],
  ['actual', /完成值|实际值/],
  ['weight', /分值|权重/],
  ['score', /得分/],
];

/**
 * A header a text layer took apart column by column (年度 实际 / 指标值 完成值, its 分值 得分 among the first rows):
 * no run of labels names the columns, but the template numbers its rows (指标1：, 指标2：). The body starts at the
 * first numbered row; the columns after the name stand in the order their heading words first appear, from the
 * table's 一级指标 on to the sixth numbered row.
 */
function scatteredHeader(
  seg: SegmentText,
  from: number,
): { columns: IndicatorColumn[]; start: number; end: number } | null {
  const numbered = [...seg.key.slice(from).matchAll(NUMBERED_ROW)].map((m) => from + m.index);
  if (numbered.length < 3) return null;
  const at = numbered[0]!;
  const lead = seg.key.lastIndexOf('一级指标', at);
  const window = seg.key.slice(
    lead >= from ? lead : Math.max(from, at - 80),
    numbered[Math.min(5, numbered.length - 1)],
  );
  const found = SCATTERED_WORDS.map(([column, re]) => ({ column, at: re.exec(window)?.index ?? -1 }))
    .filter((c) => c.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((c) => c.column);
  if (!found.includes('target') || !found.includes('actual')) return null;
  return { columns: ['name', ...found], start: at, end: at };
}

/**
 * Marks that end the table: the 总分 row, notes and conclusions under it, and a report's next numbered section
 * ((二)项目财务管理状况: a table printed inside a report's prose is followed by the prose, not by more rows).
 */
const END_MARKS =
  /^(总分|合计分|得分合计|项目总得分|自评总分|总得分|其他需要说明事项|存在的问题|主要问题|改进措施及结果应用方案|偏差大或目标未完成原因分析|填表说明|注：|备注|说明|（[一二三四五六七八九十]{1,2}）\p{Script=Han})/u;

/**
 * …2021年12月完成自评总分98: the total's label run into the last row's words, its figure (or nothing) after it, ends the
 * table where no cell break stands before it — a label of the total no indicator's name holds (总分 alone might).
 */
const GLUED_END = /^(?:自评总分|项目总得分|总得分|得分合计|合计分)(?=$|\d|[^\p{Script=Han}\d])/u;

/** 合计98, 总分 closing the text: the total's shorter labels, run into the last row's words, with its figure alone after. */
const TOTAL_AT_END = /^(?:合计|总分)[\d.]*分?\s*$/u;

/** Whether the total's label and its figure alone close the text at `i` (names may hold 合计 or 总分 elsewhere). */
function gluedTotalAtEnd(key: string, i: number): boolean {
  return (key[i] === '合' || key[i] === '总') && key.length - i <= 16 && TOTAL_AT_END.test(key.slice(i));
}

/**
 * A table's tail without its header ends at the conclusions under it too (评价结论, 存在问题): with a header,
 * the text may go on to a second table after them, which the body must not lose.
 */
const HEADLESS_END_MARKS = new RegExp(
  `${END_MARKS.source.replace(/\)$/, '')}|评价结论|存在问题)`,
  END_MARKS.flags,
);

/** 年度绩效目标2（40分）: the heading of a second goal's table inside the body. */
const GOAL_HEADING = /^(年度绩效目标|绩效目标|年度目标)\d*（\d+(?:\.\d+)?分）/;

interface Part {
  /** The level labels before the part (the rows inherit them). */
  level1: string | null;
  level1Weight: string | null;
  level2: string | null;
  text: string;
  /**
   * The 二级 that opened the part, printed short (社会效益, without its 指标), and the 二级 before it: under a header
   * without a 二级 column such a word may be the first row's name (nameFromShortLevel2).
   */
  shortLevel2?: { word: string; before: string | null };
}

/**
 * 整体景观效果 提升 2 提升 2社会效益 提升 2 提升 2: under a header without a 二级 column, a 二级 printed short
 * (社会效益) before a row that lacks its name is that row's name — the indicator worded as a 二级 — where given
 * back to the row it fills every column of every row the part reads, which the reading without it does not.
 * Null where the part keeps its 二级.
 */
function nameFromShortLevel2(
  part: Part,
  atoms: readonly Atom[],
  after: readonly IndicatorColumn[],
  ctx: RowContext,
): FusedRow[] | null {
  if (!part.shortLevel2) return null;
  const columns: IndicatorColumn[] = ['name', ...after];
  const full = (rows: readonly FusedRow[]) =>
    rows.length > 0 && rows.every((r) => r.name !== '' && after.every((c) => (r.cells[c] ?? '') !== ''));
  const kept = readFusedRows(atoms, columns, ctx);
  if (full(kept)) return null;
  const word: Atom = { kind: 'text', text: part.shortLevel2.word, cell: 0 };
  const given = readFusedRows([word, ...atoms.map((a) => ({ ...a, cell: a.cell + 1 }))], columns, ctx);
  return given.length === kept.length && full(given) ? given : null;
}

/** A level label's key as printed, cell marks left out. */
const keyOf = (printed: string) => labelKey(printed.replaceAll(CELL, ''));

/** The body between the header and the end of the table, parted at level names and repeated headers. */
function bodyParts(
  seg: SegmentText,
  from: number,
  ends: RegExp = END_MARKS,
  repeated = '',
  level2Column = false,
): { parts: Part[]; end: number; level1Weights: EvaluationTable['level1Weights'] } {
  // 达成预期指标产出质量: the phrase every row prints in one column is a cell of its own; a cell begins after it.
  const phrase = repeated === '' ? '' : keyed(repeated).key;
  const afterPhrase = (i: number) =>
    phrase !== '' && i >= phrase.length && seg.key.startsWith(phrase, i - phrase.length);
  const parts: Part[] = [];
  const level1Weights: EvaluationTable['level1Weights'] = [];
  let level1: string | null = null;
  let level1Weight: string | null = null;
  let level2: string | null = null;
  // The 二级 as printed where it opened its group (服务对象满意度指标), to tell a 三级 worded like it apart.
  let level2Printed = '';
  let shortLevel2: Part['shortLevel2'] = undefined;
  let start = from;
  let end = seg.key.length;
  let afterMark = true;
  // Whether the table words its levels as goals (产出目标数量目标…): its 二级 goal words then open groups too.
  let goalWorded = false;
  const cut = (at: number) => {
    const text = original(seg, start, at);
    if (text.replaceAll(CELL, '').trim() !== '')
      parts.push({ level1, level1Weight, level2, text, ...(shortLevel2 ? { shortLevel2 } : {}) });
    shortLevel2 = undefined;
  };
  for (let i = from; i < seg.key.length;) {
    const open =
      afterMark || boundaryBefore(seg, i) || !/\p{Script=Han}/u.test(seg.key[i - 1] ?? '') || afterPhrase(i);
    const rest = seg.key.slice(i, i + 40);
    if ((open && ends.test(rest)) || GLUED_END.test(rest) || gluedTotalAtEnd(seg.key, i)) {
      end = i;
      break;
    }
    const run = labelRun(seg.key, i, seg);
    const goal = GOAL_HEADING.exec(rest);
    if (
      open &&
      (goal ||
        (run.labels.length >= 2 && namesIndicator(run.labels)) ||
        (run.labels.length === 1 && run.labels[0] === 'section'))
    ) {
      cut(i);
      i = goal ? i + goal[0].length : run.end;
      start = i;
      afterMark = true;
      continue;
    }
    const chained = chainedLevelAt(seg, i);
    const goalWordedLevel = goalWordedLevelAt(seg.key, i, goalWorded && open);
    if (goalWordedLevel?.level === 'level1') goalWorded = true;
    const level =
      goalWordedLevel ??
      (open ? wordLevelAt(seg, i, afterMark) : null) ??
      letterSpacedLevelAt(seg, i) ??
      chained;
    // 服务对象满意度指标 | 服务对象满意度 | ≥90%: the 三级 written like the 二级 right before it (without the
    // 二级's 指标) is the indicator. So is 满意度 under 满意度指标 | 服务对象满意度指标: a 一级 cannot stand again
    // right under itself and a 二级 of its own, before any row. After a row of the group too, where the copy
    // printed the 二级 with its 指标: a merged 二级 is printed once (or, repeated, as it was printed), so the same
    // 二级 worded otherwise under its own rows is a 三级's name (…服务回访满意率 | 93% | 服务对象满意度 | 92%).
    const printed = level === null ? '' : original(seg, i, level.end);
    const repeated =
      level !== null &&
      !/指标[\s|]*$/.test(printed) &&
      level2 !== null &&
      // (成本 under 产出指标 | 成本指标: a 一级 in another tree, the 二级 given here, its 三级 worded as it.)
      (level.level === 'level1'
        ? canonical1(level.name) === level1 || canonical2(level1, level.name) === level2
        : canonical2(level1, level.name) === level2) &&
      (original(seg, start, i).replaceAll(CELL, '').trim() === '' ||
        (/指标[\s|]*$/.test(level2Printed) && keyOf(printed) !== keyOf(level2Printed)));
    if (level && !repeated) {
      // 动用库存绩效指标效益指标生态效益指标: the band's section label printed again before the pair is no text of the row.
      cut(chained ? i - sectionLabelBefore(seg.key, i) : i);
      // A 一级 followed by a 二级 of its own is a 一级 even where it could be a child of the one before.
      const child =
        level.level === 'level1' &&
        level1 !== null &&
        isChildOf(level1, level.name) &&
        !level.weight &&
        !chained &&
        // A goal-worded 一级 is cut only run into its 二级: a 一级 of its own, as a chained pair is.
        goalWordedLevel?.level !== 'level1';
      // 产出指标数量国家奖学金人数: a 二级 printed short (数量, 质量, 时效, 成本) right after its 一级 opens the group.
      // Only under a header with a 二级 column: without one, a name may open with the word (质量合格率).
      const short =
        level2Column && level.level === 'level1' && !child ? shortChildAt(seg, level.end, level.name) : null;
      if (level.level === 'level1' && !child) {
        level1 = canonical1(level.name);
        level1Weight = level.weight;
        level2 = short ? canonical2(level1, short) : null;
        level2Printed = short ?? '';
        if (level.weight) level1Weights.push({ level1, weight: level.weight });
      } else {
        const before = level2;
        level2 = canonical2(level1, level.name);
        level2Printed = printed;
        if (!level2Column && !/(指标|目标)$/.test(keyOf(printed)))
          shortLevel2 = { word: printed.trim(), before };
      }
      i = level.end + (short?.length ?? 0);
      start = i;
      afterMark = true;
      continue;
    }
    afterMark = false;
    i++;
  }
  cut(end);
  return { parts, end, level1Weights };
}

/**
 * The short 二级 (数量, 质量, 时效, 成本) written right after its 一级 where a name runs on from it: the 二级 of the
 * group, not the start of the name (数量指标 itself is read as a level name already). Null elsewhere.
 */
function shortChildAt(seg: SegmentText, i: number, level1: string): string | null {
  const word = seg.key.slice(i, i + 2);
  if (!/^(数量|质量|时效|成本)$/.test(word) || seg.key[i + 2] === '指') return null;
  if (!/\p{Script=Han}/u.test(seg.key[i + 2] ?? '') || !isChildOf(level1, word)) return null;
  return word;
}

/**
 * A level name at `i` unless it is a short one (数量, 质量) that ends a word running on past a bracket: 补助村（社区）数量
 * is one name, its （社区） a note inside it. A bracket closing points (产出指标（50分）) ends a label, not a word.
 */
function wordLevelAt(seg: SegmentText, i: number, afterMark: boolean): ReturnType<typeof levelAt> {
  const level = levelAt(seg, i);
  if (!level || afterMark || level.weight || level.name.length >= 4 || boundaryBefore(seg, i)) return level;
  return /[）)]/.test(seg.key[i - 1] ?? '') ? null : level;
}

/**
 * A level name printed letter-spaced (产 出 指 标) where it runs on from the cell before: the spaces inside it
 * mark it as a label of its own even with no boundary before it.
 */
function letterSpacedLevelAt(seg: SegmentText, i: number): ReturnType<typeof levelAt> {
  const gap = /[\s|]/;
  if (!/\p{Script=Han}/u.test(seg.key[i] ?? '') || !gap.test(seg.text[seg.at[i]! + 1] ?? '')) return null;
  const level = levelAt(seg, i, true);
  if (!level) return null;
  const written = original(seg, i, level.end);
  return (written.match(/\p{Script=Han}[\s|]+(?=\p{Script=Han})/gu)?.length ?? 0) >= 2 ? level : null;
}

/**
 * A 一级 name run straight into a 二级 of its own (满意度指标服务对象满意度指标, 效益指标生态效益指标) where it runs on
 * from the cell before without a boundary: the pair is a label of the table whatever precedes it, for no
 * indicator's name or value holds two level names in a row.
 */
function chainedLevelAt(seg: SegmentText, i: number): ReturnType<typeof levelAt> {
  const first = levelAt(seg, i);
  if (first?.level !== 'level1') return null;
  const second = levelAt(seg, first.end);
  return second && second.level === 'level2' && isChildOf(first.name, second.name) ? first : null;
}

/** 一级 and 二级 names worded as goals (江西's and 福建's templates: 产出目标 over 数量目标 / 质量目标 …). */
const GOAL_LEVEL1 = /^(产出|效益|效果|满意度)目标/;
const GOAL_LEVEL2 = /^(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)目标/;

/**
 * A level worded as a goal in run-together text, as its 指标 name (产出目标 → 产出指标). A 一级 goal word only run
 * straight into a 二级 goal word (产出目标数量目标…), wherever it stands — after a worded value too (…显著提升满意度目标
 * 服务对象满意度目标…): no name or value holds two level words in a row. A 二级 goal word alone only once the table has
 * shown it words its levels so, where a cell may open (`opens`: …98%103%质量目标各类…).
 */
function goalWordedLevelAt(key: string, i: number, opens: boolean): LevelHit | null {
  // The longest pair: 满意度目标服务对象满意度目标 (14), and a character after a 二级 alone.
  const rest = key.slice(i, i + 16);
  const first = GOAL_LEVEL1.exec(rest);
  if (first && GOAL_LEVEL2.test(rest.slice(first[0].length)))
    return {
      start: i,
      end: i + first[0].length,
      name: first[0].replace(/目标$/, '指标'),
      level: 'level1',
      weight: null,
    };
  const second = opens ? GOAL_LEVEL2.exec(rest) : null;
  if (second && /\p{Script=Han}/u.test(rest[second[0].length] ?? ''))
    return {
      start: i,
      end: i + second[0].length,
      name: second[0].replace(/目标$/, '指标'),
      level: 'level2',
      weight: null,
    };
  return null;
}

/** The length of the band's section label (绩效指标) ending at keyed position `i`, or 0. */
function sectionLabelBefore(key: string, i: number): number {
  for (let len = 2; len <= Math.min(8, i); len++) {
    const hit = columns().longestAt(key, i - len);
    if (hit?.end === i && hit.value === 'section') return len;
  }
  return 0;
}

/**
 * Whether a phrase many texts begin with is a cell of its own somewhere between keyed positions from..to:
 * followed by a figure, a level name, a cell boundary or the end (达成预期指标 under 偏差原因). The start every
 * name of a table shares (县级储备粮管理制度…, 县级储备粮库存…) always runs on into the rest of the name.
 */
function standsAlone(seg: SegmentText, from: number, to: number, phrase: string): boolean {
  for (let at = seg.key.indexOf(phrase, from); at >= 0 && at < to; at = seg.key.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if (end >= to || boundaryBefore(seg, end) || /[\d≥≤=<>＝＞＜]/.test(seg.key[end]!) || levelAt(seg, end))
      return true;
  }
  return false;
}

/** The phrase most texts after a figure begin with (three of them at least), or ''. */
export function repeatedLead(atoms: readonly Atom[]): string {
  const after = atoms
    .filter((a, k) => a.kind === 'text' && atoms[k - 1]?.kind === 'value')
    .map((a) => a.text);
  return mostShared(after, (t, len) => t.slice(0, len));
}

/**
 * The piece (four characters or more) most texts share, three at least, the longest of those most shared; ''
 * without one.
 */
function mostShared(texts: readonly string[], piece: (t: string, len: number) => string): string {
  if (texts.length < 3 || texts.length > 200) return '';
  const counts = new Map<string, number>();
  for (const t of texts)
    for (let len = 4; len <= Math.min(12, t.length); len++)
      counts.set(piece(t, len), (counts.get(piece(t, len)) ?? 0) + 1);
  let phrase = '';
  let most = 2;
  for (const [p, n] of counts)
    if (n > most || (n === most && phrase !== '' && p.length > phrase.length)) [phrase, most] = [p, n];
  return phrase;
}

/**
 * …制度规定达成预期指标88 under 实际完成值 | 分值 | 得分: the column every row fills alike, run into the words
 * before it where the cells came together, is a cell of its own before the row's figures — the words three
 * texts or more before a figure end in; '' without them. Only texts that go on before the words are cut.
 */
export function sharedTail(atoms: readonly Atom[]): string {
  const before = atoms.filter((a, k) => ranIntoFigure(atoms, k)).map((a) => a.text);
  const phrase = mostShared(before, (t, len) => t.slice(-len));
  // …开发区项目数量 | …创新型城市项目数量: words that close an indicator's name (a count, a rate) are how the names
  // end, the template printing them alike; a column's words (达成预期指标) close no name.
  if (NAME_CLOSING.test(phrase)) return '';
  // 国家奖学金人均资助 | 国家助学金人均资助 | … | 资金发放率: a column every row fills alike is filled so in half the rows
  // at least; words a few names of one kind share (three of ten) are those names' own.
  return before.filter((t) => t.endsWith(phrase)).length * 2 >= before.length ? phrase : '';
}

/**
 * The words an indicator's name ends in: what it counts or measures, or the unit it states in brackets (办公用房面积
 * (平方米), 保种数量(头)) — a column's words (达成预期指标) state no unit.
 */
const NAME_CLOSING =
  /(?:数量|人数|次数|个数|户数|率|比例|面积|里程|金额|标准|时间|规模|[（(][^（）()\d]{1,4}[)）])$/;

/**
 * A text with a figure right after it in the same cell: the cells came together there. A name copied in a cell of
 * its own (one cell per line) ends where its cell ends, whatever words other names end in too (…(按月平均)(≥**人)).
 */
const ranIntoFigure = (atoms: readonly Atom[], k: number) =>
  atoms[k]!.kind === 'text' && atoms[k + 1]?.kind === 'value' && atoms[k + 1]!.cell === atoms[k]!.cell;

/** The texts before a figure that end in `phrase` and go on before it, cut in two (sharedTail's phrase). */
export function splitSharedTail(atoms: readonly Atom[], phrase: string): Atom[] {
  if (phrase === '') return [...atoms];
  return atoms.flatMap((a, k) =>
    ranIntoFigure(atoms, k) && a.text.length > phrase.length && a.text.endsWith(phrase)
      ? [
          { ...a, text: a.text.slice(0, -phrase.length) },
          { ...a, text: phrase, glued: false },
        ]
      : [a],
  );
}

/**
 * A phrase every row prints in one column (达成预期指标 under 偏差原因) runs into the next row's name where the
 * cells came together: the words that most texts after a figure begin with (four characters or more, the
 * longest of those most shared) are cut off as a piece of their own.
 */
export function splitRepeatedLead(atoms: readonly Atom[], given = ''): Atom[] {
  const phrase = given || repeatedLead(atoms);
  if (phrase === '') return [...atoms];
  const lead = atoms.flatMap((a, k) =>
    a.kind === 'text' &&
    atoms[k - 1]?.kind === 'value' &&
    a.text.length > phrase.length &&
    a.text.startsWith(phrase)
      ? [
          { ...a, text: phrase, repeated: true },
          { ...a, text: a.text.slice(phrase.length) },
        ]
      : [a],
  );
  // 是达成预期指标: a qualitative value the phrase ran into keeps its own cell too.
  return lead.flatMap((a) =>
    a.kind === 'text' && a.text.length > phrase.length && a.text.endsWith(phrase)
      ? [
          { ...a, text: a.text.slice(0, -phrase.length) },
          { ...a, text: phrase, glued: false, repeated: true },
        ]
      : a.kind === 'text' && a.text === phrase
        ? [{ ...a, repeated: true }]
        : [a],
  );
}

/**
 * 生态效益指标1病害减少…: the template numbers its rows 指标1, 指标2, and where the level name took the 指标, a
 * bare number opens the part right before a name. It is no figure and no part of the name (a name that opens
 * with a figure has its unit after it: 5000吨稻谷).
 */
function dropLevelNumbering(atoms: readonly Atom[]): Atom[] {
  const [first, second] = atoms;
  const numbering =
    first?.kind === 'value' &&
    /^\d{1,2}$/.test(first.text) &&
    second?.kind === 'text' &&
    /^\p{Script=Han}/u.test(second.text) &&
    unitAt(second.text) === '' &&
    // (65岁以上老年人…: a figure of years of age opens the name, age-figure.ts.)
    !countsAge(second.text);
  return numbering ? atoms.slice(1) : [...atoms];
}

/**
 * 服务对象满意度指标90%96%…: a 满意度 二级 printed without a 三级, its target and actual right after it. The row is
 * the 二级's own indicator, named as the 二级 is (the name a 三级 column would repeat); other parts are as they came.
 */
function satisfactionNamed(atoms: Atom[], level2: string | null): Atom[] {
  const [first, second] = atoms;
  if (level2 === null || !/满意度/.test(level2) || first?.kind !== 'value' || second?.kind !== 'value')
    return atoms;
  return [{ kind: 'text', text: level2, cell: first.cell }, ...atoms];
}

/** Bounds on the work: a hostile or huge text is left to the reading by rows. */
const MAX_PART_ATOMS = 400;
const MAX_TEXT = 200_000;

/**
 * Reads the indicator table from the segment's text; null without a header band. `asPrinted`: the segment's cells
 * are the document's own (no reading cut them out of run-together text), so a body copied one cell per line keeps
 * each cell whole (whole-cells.ts).
 */
/**
 * The text up to the page's footer after the table (qrcode, 手机扫码…, 联系客服 关注微信 下载APP 返回顶部): the
 * page's controls are no cells, and what follows them is the page's, not the table's. The text before stays as it
 * was, so positions found in it hold. A signature or printing stamp's cell (制表人：, 单位（盖章）, 打印时间：…)
 * closes the table as well: the rows' reading stops there, and a sheet's footer line is no indicator.
 */
/** A cell of a signature line: a label with its colon or a stamp's place (a bare 审核 may be an indicator's word). */
function signatureCell(cell: string): boolean {
  return /[:：]|盖章|签字|签章|公章/.test(cell) && isSignatureRow([cell]);
}

function beforePageFooter(seg: SegmentText, fromKey: number): SegmentText {
  const from = seg.at[fromKey] ?? seg.text.length;
  let p = 0;
  for (const cell of seg.text.split(CELL)) {
    if (p >= from && (isPageChrome(cell) || signatureCell(cell)))
      return keyed(seg.text.slice(0, p).replace(/\|+$/, ''));
    p += cell.length + CELL.length;
  }
  return seg;
}

export function readEvaluationTableInText(
  seg: SegmentText,
  from = 0,
  headless: readonly IndicatorColumn[] | null = null,
  keptCells = false,
  asPrinted = false,
): EvaluationTable | null {
  if (seg.key.length > MAX_TEXT) return null;
  const headed = findHeaderInText(seg, from);
  const scattered = headed || headless ? null : scatteredHeader(seg, from);
  const header = headed ?? (headless ? headlessBand(seg, from, headless) : scattered);
  if (!header) return null;
  seg = beforePageFooter(seg, header.end);
  const after = header.columns.slice(header.columns.indexOf('name') + 1);
  const ends = headed ? END_MARKS : HEADLESS_END_MARKS;
  const level2Column = header.columns.includes('level2');
  const first = bodyParts(seg, header.end, ends, '', level2Column);
  const lead = repeatedLead(atomsOf(original(seg, header.end, first.end).split(CELL)));
  const repeated = lead !== '' && standsAlone(seg, header.end, first.end, keyed(lead).key) ? lead : '';
  const body = repeated === '' ? first : bodyParts(seg, header.end, ends, repeated, level2Column);
  const records: TableRecord[] = [];
  const bodyCells = original(seg, header.end, body.end).split(CELL);
  const bodyAtoms = atomsOf(bodyCells);
  // Cells copied one per line came whole: a cell holding a text and a figure is one cell (whole-cells.ts).
  const whole = asPrinted && cellsComeWhole(bodyCells, bodyAtoms);
  const tail = sharedTail(bodyAtoms);
  // The phrase found over the whole body: a part holds too few rows to show it.
  const partAtoms = body.parts.map((part) => {
    const atoms = whole ? wholeCellAtoms(atomsOf(part.text.split(CELL))) : atomsOf(part.text.split(CELL));
    const phrase = repeated || repeatedLead(atoms);
    const alone =
      phrase !== '' && (phrase === repeated || standsAlone(seg, header.end, body.end, keyed(phrase).key));
    return splitSharedTail(alone ? splitRepeatedLead(atoms, phrase) : atoms, tail);
  });
  // A header taken apart in a template numbering its rows: its words and stray texts out of the rows.
  if (scattered)
    partAtoms.splice(
      0,
      partAtoms.length,
      ...joinNumberedRows(partAtoms.map(withoutHeadingWords)).map(withoutUnnumberedTexts),
    );
  const dashes = countDashLeads(partAtoms);
  for (const [k, part] of body.parts.entries()) {
    const atoms = joinWordedMeasures(
      joinWrappedLines(
        satisfactionNamed(dropLevelNumbering(splitDashLeads(partAtoms[k]!, dashes)), part.level2),
        ['name', ...after],
      ),
    );
    // A part this long is no run of fused rows (those part at every level name): the rows' reading holds it.
    if (atoms.length > MAX_PART_ATOMS) continue;
    const maxWeight = part.level1Weight !== null ? Number(part.level1Weight) : null;
    const ctx = { maxWeight, keptCells, wholeCells: whole };
    const named = nameFromShortLevel2(part, atoms, after, ctx);
    const level2 = named ? (part.shortLevel2?.before ?? null) : part.level2;
    for (const row of named ?? readFusedRows(atoms, ['name', ...after], ctx)) {
      const name = nameOf(row.name);
      // 合计 | 100: the weights' total row, no indicator; nor is the page's footer under the table (手机扫码…), nor
      // the form's grade after the total (自评等级 | 优), which the head's reading takes.
      if (name === '' || /^(合计|总计)$/.test(name) || isGradeLabel(name)) continue;
      if (isPageChrome(name) && Object.values(row.cells).every((v) => !v)) continue;
      const cells = { ...row.cells };
      composeTarget(cells);
      const managed = managementLevel2(part.level1, name);
      records.push({
        level1: part.level1,
        level2: managed?.level2 ?? level2,
        name: managed?.name ?? name,
        rest: [],
        cells,
        line: null,
      });
    }
  }
  // Cells that came whole: a row's name printed again in its 完成值 cell is the row going on (repeated-name-row.ts).
  if (whole) records.splice(0, records.length, ...joinRepeatedNameRows(records, header.columns));
  // ……满意 where the excerpt ends: the next level's label cut off, with nothing after it, is no indicator.
  const last = records.at(-1);
  if (
    last &&
    body.end >= seg.key.length &&
    Object.values(last.cells).every((v) => !v) &&
    isLevelCutAtEnd(last.name)
  )
    records.pop();
  return {
    columns: header.columns,
    records,
    level1Weights: body.level1Weights,
    start: cellIndexAt(seg, header.start),
    end: cellIndexAt(seg, body.end),
  };
}
