// Header rows a template prints in two, joined into one by meaning:
// - words broken over two rows (一级 / 指标, 指标 / 名称, 目标值 / blank): every filled cell of the second row
//   (two at least) completes the heading above it into a column the lexicon knows;
// - a band (绩效指标 over 一级/二级/三级, 年度指标值 over 指标性质/指标值/度量单位): see band().
import type { Row } from '../rows/row.ts';
import { columnConcept, lexiconKey } from './lexicon.ts';
import { indicatorColumnOf, type IndicatorColumn } from './evaluation-lexicon.ts';
import { isLevelName } from './level-names.ts';
import { twoRowHeadings } from './header-lines.ts';
import { termHeadingOf } from './goals.ts';

/** The longest rest of a heading a second header row holds (偏差 / 原因分析及改进措施). */
const MAX_REST = 12;

const isHeading = (text: string): boolean =>
  text !== '' && (columnConcept(lexiconKey(text)) !== null || indicatorColumnOf(text) !== null);

/** Rows with header rows broken over two lines joined cell by cell; other rows as they are. */
export function joinSplitHeaders(rows: readonly Row[]): Row[] {
  // Every row is asked of twice, as the lower row of one pair and the upper of the next: whether it speaks of
  // indicators is looked at once (most pairs are data rows, turned away by the tests here before any other).
  const out: Row[] = [];
  let speaksHere = rows.length > 0 && speaksOfIndicatorsIn(rows[0]!);
  for (let i = 0; i < rows.length; i++) {
    const top = rows[i]!;
    const rest = rows[i + 1];
    const speaksNext = rest !== undefined && speaksOfIndicatorsIn(rest);
    const joined =
      rest !== undefined &&
      top.table &&
      rest.table &&
      (speaksHere || speaksNext) &&
      mayBeLowerRow(rest) &&
      !isTermHeadingRow(top)
        ? joinedHeader(top, rest)
        : null;
    if (joined) {
      out.push(joined);
      i++;
      speaksHere = i + 1 < rows.length && speaksOfIndicatorsIn(rows[i + 1]!);
    } else {
      out.push(top);
      speaksHere = speaksNext;
    }
  }
  return out;
}

/**
 * A row that may be a header's second row: two short filled cells at least (a long cell refuses the row before
 * any cell is looked up), none of them a level name.
 */
function mayBeLowerRow(rest: Row): boolean {
  let count = 0;
  for (const c of rest.cells) {
    if (c.trim() === '') continue;
    if (c.length > MAX_REST) return false;
    count++;
  }
  if (count < 2) return false;
  for (const c of rest.cells) if (c.trim() !== '' && isLevelName(c) !== null) return false;
  return true;
}

/**
 * The header two rows make, or null: the rows are table rows, speak of indicators, the second is short words
 * only (joinSplitHeaders has asked all that), and the first is not the table's heading alone (年度绩效指标).
 */
function joinedHeader(top: Row, rest: Row): Row | null {
  return brokenWords(top, rest) ?? band(top, rest) ?? repeatedBand(top, rest) ?? gapless(top, rest);
}

/**
 * 绩效指标 | 指标目标值 | 权重 | 得分 over 一级指标 | 二级指标 | 三级指标 | 指标目标值 | 权重 | 得分, copied without the
 * blanks that kept the columns apart (text aligned with spaces, a cell per line): the second row repeats every
 * heading merged down both rows and names the group's columns where the first has the group. The second row is
 * the header, each column once. Read in order, word by word, so it holds wherever the copy put the cells.
 */
function repeatedBand(top: Row, rest: Row): Row | null {
  const aboveCells = top.cells.filter((c) => c.trim() !== '');
  const n = aboveCells.length;
  // Keyed as the walk reaches them (keyAt): a data row is turned away at its first cell.
  const keys = new Array<string | undefined>(n);
  const under = rest.cells.filter((c) => c.trim() !== '');
  let p = 0;
  let grouped = false;
  let inGroup = false;
  for (const b of under) {
    const key = lexiconKey(b);
    if (p < n && key === keyAt(aboveCells, keys, p) && !inGroup) p++;
    else if (p < n && belongsTo(b, keyAt(aboveCells, keys, p))) inGroup = grouped = true;
    else if (inGroup && p + 1 < n && key === keyAt(aboveCells, keys, p + 1)) {
      p += 2;
      inGroup = false;
    } else return null;
  }
  if (inGroup) p++;
  return grouped && p === n ? { ...rest, cells: under } : null;
}

/** The key of cells[k], worked out on first asking (a module function: tsx names each closure it makes). */
function keyAt(cells: readonly string[], keys: Array<string | undefined>, k: number): string {
  return (keys[k] ??= lexiconKey(cells[k]!));
}

/**
 * 一级 二级 三级 得分 全年 指标 … 分值 over 指标 指标 指标 实际完成值 性质 …: the two rows of a header copied
 * from a PDF viewer, where a cell left blank under a whole heading (得分, 分值) is gone and the second row's
 * words no longer stand under their columns. Joined word by word as a single-spaced copy's are
 * (twoRowHeadings): each top word completed by the next word under it.
 */
function gapless(top: Row, rest: Row): Row | null {
  // Counted before any array is built: most pairs asked have as many cells in both rows.
  if (filledCount(rest) >= filledCount(top)) return null;
  const above = top.cells.filter((c) => c.trim() !== '');
  const under = rest.cells.filter((c) => c.trim() !== '');
  const headings = twoRowHeadings(above, under);
  // Words broken over the rows only: a band's rows (绩效指标 over the levels) are left to the readers of
  // bands, which place the rows under them by what each holds.
  if (headings?.length !== above.length) return null;
  const lead = top.cells.findIndex((c) => c.trim() !== '');
  return { ...top, cells: [...top.cells.slice(0, lead), ...headings] };
}

/** How many of the row's cells hold more than white space. */
function filledCount(row: Row): number {
  let n = 0;
  for (const c of row.cells) if (c.trim() !== '') n++;
  return n;
}

const speaksOfIndicators = (c: string) => c.includes('指标') || c.includes('一级');

/** A cell of the row speaks of indicators (no closure made per row). */
function speaksOfIndicatorsIn(row: Row): boolean {
  for (const c of row.cells) if (speaksOfIndicators(c)) return true;
  return false;
}

/** 一级 / 指标: every filled cell of the second row completes the heading above it. */
function brokenWords(top: Row, rest: Row): Row | null {
  const width = Math.max(top.cells.length, rest.cells.length);
  const cells: string[] = [];
  for (let j = 0; j < width; j++) {
    const a = top.cells[j] ?? '';
    const b = rest.cells[j] ?? '';
    if (b.trim() === '') {
      cells.push(a);
      continue;
    }
    // A rest under nothing, or that leaves no known heading, is a data row (or a band's lower row).
    if (a.trim() === '' || !isHeading(a + b)) return null;
    cells.push(a + b);
  }
  return { ...top, cells };
}

/**
 * A band: headings over groups of columns (绩效指标 over 一级/二级/三级, 年度指标值 over 指标性质/指标值/度量单位),
 * the columns' own headings in the second row under the group and blank (merged from above) elsewhere. Every
 * filled cell of both rows is a heading and one of the second row stands under a cell the group covers; the
 * header is the second row's heading where it has one, the first row's elsewhere.
 */
/** The columns a group heading stands over. */
const GROUPS: Partial<Record<IndicatorColumn, readonly IndicatorColumn[]>> = {
  section: ['level1', 'level2', 'name'],
  // 指标名称 over 二级指标 | 三级指标 (大庆's 申报表).
  name: ['level2', 'name'],
  target: ['op', 'targetValue', 'target', 'unit'],
};

const belongsTo = (column: string, group: string): boolean => {
  // The group first: a cell that heads no group (a data row's name) refuses before the column is looked up.
  const g = indicatorColumnOf(group);
  const members = g === null ? undefined : GROUPS[g];
  if (members === undefined) return false;
  const c = indicatorColumnOf(column);
  return c !== null && members.includes(c);
};

function band(top: Row, rest: Row): Row | null {
  const width = Math.max(top.cells.length, rest.cells.length);
  const cells: string[] = [];
  let underGroup = false;
  for (let j = 0; j < width; j++) {
    const a = top.cells[j] ?? '';
    const b = rest.cells[j] ?? '';
    if (a.trim() !== '' && !isHeading(a)) return null;
    if (b.trim() === '') {
      cells.push(a);
      continue;
    }
    if (!isHeading(b)) return null;
    if (a.trim() === '') underGroup = true;
    // Over a column's own heading stands only the group it belongs to, or the heading itself where a copy
    // repeats a cell merged down both rows (rows not aligned by column fail here).
    else if (a !== b && !belongsTo(b, a)) return null;
    cells.push(b);
  }
  return underGroup ? { ...top, cells } : null;
}

/** A row whose one filled cell is a heading that gives the term of the table under it (长期绩效指标). */
export function isTermHeadingRow(row: Row): boolean {
  let text: string | null = null;
  for (const c of row.cells) {
    if (c.trim() === '') continue;
    if (text !== null) return false;
    text = c;
  }
  return text !== null && /绩效(目标|指标)/.test(text) && termHeadingOf(lexiconKey(text)) !== null;
}
