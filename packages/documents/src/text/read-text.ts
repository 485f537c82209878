// Reads the text forms documents come in (Word and PDF extractions, web pages copied) into rows.
// Five layouts: comma-separated values (read-csv-text.ts), one cell per line (each cell a line starting with a tab, rows separated by blank lines,
// a line without a tab continuing the cell above), one row per line (cells separated by tabs),
// space-aligned columns without any tab (pdftotext -layout, text copied from a PDF viewer), and `|`-separated
// cells of a table copied from a web page (read-pipe-text.ts).
import { indicatorColumnOf } from '../recognize/evaluation-lexicon.ts';
import type { Row } from '../rows/row.ts';
import { looksPipeSeparated, readPipeRows } from './read-pipe-text.ts';
import { looksCommaSeparated, readCsvRows } from './read-csv-text.ts';
import { MAX_CELLS_PER_ROW } from './text-limits.ts';

export type TextLayout =
  'cell-per-line' | 'row-per-line' | 'space-aligned' | 'pipe-separated' | 'comma-separated';

/** Columns of space-aligned text are at least two spaces (or one ideographic space) apart. */
const COLUMN_GAP = /(?: {2,}|\u3000+)/;

export { MAX_CELLS_PER_ROW };

/** Which layout a text uses, from its lines: a tab only at the start of lines means one cell per line. */
export function detectTextLayout(text: string): TextLayout {
  if (!text.includes('\t')) {
    if (text.includes('|') && looksPipeSeparated(text.split('\n'))) return 'pipe-separated';
    if (looksCommaSeparated(text)) return 'comma-separated';
    return isSpaceAligned(text) ? 'space-aligned' : 'row-per-line';
  }
  if (text.includes('|') && tabsOnlyIndentPipeRows(text)) return 'pipe-separated';
  // Lines are walked by their tabs, not split out: a long text would otherwise be copied line by line.
  let leadingOnly = 0;
  let inner = 0;
  let tab = text.indexOf('\t');
  for (let start = 0; start <= text.length && tab >= 0;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (tab < start) tab = text.indexOf('\t', start);
    if (tab >= 0 && tab < end) {
      // A line whose only tab opens it is one cell (/^\t[^\t]*$/).
      const second = text.indexOf('\t', tab + 1);
      if (tab === start && (second < 0 || second >= end)) leadingOnly++;
      else inner++;
      tab = second;
    }
    start = end + 1;
  }
  return leadingOnly > 0 && leadingOnly >= inner * 3 ? 'cell-per-line' : 'row-per-line';
}

/**
 * A `|` table indented by tabs (a table nested in a page's list or quote, copied): every tab stands before a
 * line's first `|`, none between cells, so the tabs are indentation and the pipes part the cells.
 */
function tabsOnlyIndentPipeRows(text: string): boolean {
  const lines = text.split('\n');
  return looksPipeSeparated(lines) && lines.every((l) => !l.includes('\t') || /^[\t ]+\|[^\t]*$/.test(l));
}

export function readTextRows(text: string): Row[] {
  // Most texts have no carriage return: looking costs less than a replace over the whole text.
  const normalised = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const layout = detectTextLayout(normalised);
  if (layout === 'cell-per-line') return readCellPerLine(normalised);
  if (layout === 'pipe-separated') return readPipeRows(normalised.split('\n'));
  if (layout === 'comma-separated') return readCsvRows(normalised);
  if (layout !== 'space-aligned') return readRowPerLine(normalised);
  const { text: tabbed, placed } = spacedToTabs(normalised);
  return readRowPerLine(tabbed, placed);
}

/**
 * Text without tabs whose lines, several of them, split into three or more columns at wide gaps — or two such
 * lines where one is an indicator table's header (一级指标  二级指标  三级指标  指标值 over a table of one row,
 * under a head printed a field a line).
 */
function isSpaceAligned(text: string): boolean {
  let tableLines = 0;
  let header = false;
  for (const line of text.split('\n')) {
    const cells = splitSpaced(line);
    if (cells.length < 3) continue;
    if (++tableLines >= 3) return true;
    header ||= cells.filter((c) => indicatorColumnOf(c) !== null).length >= 3;
  }
  return tableLines === 2 && header;
}

/** A space-aligned line's cells: a leading gap keeps an empty first cell (a merged 一级 left blank). */
function splitSpaced(line: string, gap = 0): string[] {
  const trimmed = line.trimEnd();
  if (trimmed.trim() === '') return [];
  // Words spaced out letter by letter (合  计, 财  政  部) are one cell, not columns; a wide gap still
  // separates two such words.
  const cells: string[] = [];
  for (const group of trimmed.trim().split(/ {4,}|\u3000{2,}/)) {
    const parts = group.split(COLUMN_GAP);
    if (parts.length > 1 && parts.every((p) => /^\p{Script=Han}$/u.test(p))) cells.push(parts.join(''));
    // (one by one: a line of hundreds of thousands of gaps is more arguments than a call takes)
    else for (const p of parts) cells.push(p);
  }
  if (cells.length < 2) return cells;
  if (!(COLUMN_GAP.test(trimmed.slice(0, 2)) || /^\u3000/.test(trimmed))) return cells;
  // Where every gap between cells is as wide (a copy that writes each empty cell as one gap), an indentation of
  // two or three gaps is as many empty cells: 二级 and 三级 blank under a merged 一级 and 二级.
  const indent = /^ */.exec(trimmed)![0].length;
  const blanks = gap > 0 && indent % gap === 0 && indent / gap <= MAX_INDENT_CELLS ? indent / gap : 1;
  return [...Array<string>(blanks).fill(''), ...cells];
}

/** The most empty cells an indentation stands for: the levels a merged cell leaves blank (一级, 二级, 三级). */
const MAX_INDENT_CELLS = 3;

/** The one width of every gap between a text's cells (spaces), or 0 where the gaps differ (a page's layout). */
function uniformGap(lines: readonly string[]): number {
  const widths = new Set<number>();
  for (const line of lines)
    for (const m of line.trim().matchAll(/ {2,}/g)) {
      widths.add(m[0].length);
      if (widths.size > 1) return 0;
    }
  return widths.size === 1 ? [...widths][0]! : 0;
}

/**
 * Space-aligned text as tabbed lines, and the lines whose cells stand at their columns (placed by where each
 * starts). The others were cut at their gaps: an empty cell inside a row leaves no trace there (a gap is a
 * gap however many cells it spans), so their cells are in order but not at their columns.
 */
function spacedToTabs(text: string): { text: string; placed: ReadonlySet<number> } {
  const lines = text.split('\n');
  const gap = uniformGap(lines);
  const placed = gap === 0 ? cellsByColumnStart(lines) : new Map<number, string[]>();
  const tabbed = lines
    .map((line, i) => {
      const cells = placed.get(i) ?? splitSpaced(line, gap);
      return cells.length >= 2 ? cells.join('\t') : line;
    })
    .join('\n');
  return { text: tabbed, placed: new Set(placed.keys()) };
}

/** A line's cells (parted by wide gaps) with the display column each starts at, or null where a letter-spaced
 * word (合  计) or an ideographic space would make the cells differ from splitSpaced's. */
function startsOf(line: string): Array<{ text: string; start: number }> | null {
  if (line.includes('\u3000')) return null;
  const out: Array<{ text: string; start: number }> = [];
  // The width so far is carried from cell to cell, not measured again from the line's start for each (a line of
  // thousands of cells was quadratic); a cell starts after a space, never inside a surrogate pair.
  let width = 0;
  let measured = 0;
  for (const m of line.trimEnd().matchAll(/\S+(?: \S+)*/g)) {
    width += widthOf(line.slice(measured, m.index));
    measured = m.index;
    out.push({ text: m[0], start: width });
  }
  return out.length === splitSpaced(line).filter((c) => c !== '').length ? out : null;
}

/** Fewest rows of three or more cells a run of lines needs before its columns are read from where cells start. */
const MIN_PLACED_ROWS = 3;

/**
 * Text whose cells were padded to their column's width (pdftotext -layout, a fixed-pitch print): an empty cell
 * leaves blank columns, so every cell starts where its column starts and the gaps differ from line to line.
 * Over a run of lines whose cells start at no more places than its widest line has cells, each cell is put in
 * the column its start names (产出指标 | 数量指标 | 开展运动种类 | (计算符号 empty) | 1 | 种), empty cells kept
 * wherever they stand. Lines whose starts do not fit are left to splitSpaced.
 */
function cellsByColumnStart(lines: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  type Line = { i: number; cells: Array<{ text: string; start: number }> };
  let run: Line[] = [];
  // The lines right above the run that no placed run took (a banded header whose band the rows under it leave
  // empty until later: its starts outnumbered the rows' before any row was read).
  let above: Line[] = [];
  let starts = new Set<number>();
  // The least of `starts`, kept as they are added (not found again for every line).
  let first = Infinity;
  let widest = 0;
  // Columns are found by a map and a set, not by indexOf and includes over them: a run of lines of thousands of
  // cells was quadratic in its width.
  const close = () => {
    let columns = [...starts].sort((a, b) => a - b);
    const rowsOfThree = run.filter((r) => r.cells.length >= 3).length;
    if (rowsOfThree >= MIN_PLACED_ROWS && columns.length >= 3) {
      // The header lines above whose every cell starts at one of the run's columns are placed with it, a
      // heading past its last column heading a column every row left empty (度量单位).
      const last = columns.at(-1)!;
      let k = above.length;
      while (k > 0 && above[k - 1]!.cells.every((c) => c.start > last || starts.has(c.start))) k--;
      for (const { cells } of above.slice(k)) for (const c of cells) starts.add(c.start);
      columns = [...starts].sort((a, b) => a - b);
      const columnOf = new Map(columns.map((start, j) => [start, j]));
      for (const { i, cells } of [...above.slice(k), ...run]) {
        const row = new Array<string>(columnOf.get(cells.at(-1)!.start)! + 1).fill('');
        for (const c of cells) row[columnOf.get(c.start)!] = c.text;
        if (row.length >= 2) out.set(i, row);
      }
      above = [];
    } else for (const line of run) above.push(line);
    run = [];
    starts = new Set();
    first = Infinity;
    widest = 0;
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = startsOf(line);
    if (!cells) {
      close();
      above = [];
      return;
    }
    // The starts with this line's (a line's cells start at distinct places, left to right).
    let merged = starts.size;
    for (const c of cells) if (!starts.has(c.start)) merged++;
    const width = rowWidth(run.at(-1)?.cells, cells);
    const under = indentedUnder(starts, first, cells);
    if (merged > Math.max(widest, width) && !under) close();
    for (const c of cells) {
      starts.add(c.start);
      first = Math.min(first, c.start);
    }
    widest = Math.max(widest, width, under ? merged : 0);
    run.push({ i, cells });
  });
  close();
  return out;
}

/**
 * A line set in under the run's first column (`first`, the least of `starts`), every cell after its first standing
 * at one of the run's columns: a label under a heading merged down its left (合计 under 项目资金(万元), its figures
 * under 年初预算数 and 全年执行数). Its first cell opens a column the lines above left blank: one more column of the
 * run, not another table.
 */
function indentedUnder(
  starts: ReadonlySet<number>,
  first: number,
  cells: ReadonlyArray<{ start: number }>,
): boolean {
  if (starts.size < 3 || cells.length < 2) return false;
  return (
    cells[0]!.start > first &&
    !starts.has(cells[0]!.start) &&
    cells.slice(1).every((c) => starts.has(c.start))
  );
}

/**
 * How many columns a line spans: its cells, or with the line above where it stands wholly under that line's last
 * cell and to its right — a header's second row under a band (年度指标值 over 计算符号 | 指标值 | 计量单位), the two
 * rows one header as wide as the table.
 */
function rowWidth(
  above: ReadonlyArray<{ start: number }> | undefined,
  cells: ReadonlyArray<{ start: number }>,
): number {
  if (!above || above.length < 2 || cells[0]!.start < above.at(-1)!.start) return cells.length;
  return new Set([...above, ...cells].map((c) => c.start)).size;
}

function readCellPerLine(text: string): Row[] {
  const rows: Row[] = [];
  let current: Row | null = null;
  let lastWasCell = false;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.startsWith('\t')) {
      if (!current) {
        current = { cells: [], table: true, line: i + 1 };
        rows.push(current);
      }
      if (current.cells.length < MAX_CELLS_PER_ROW) current.cells.push(line.slice(1));
      lastWasCell = true;
    } else if (line.trim() === '') {
      current = null;
      lastWasCell = false;
    } else if (lastWasCell && current) {
      // A line break inside a cell: Word extractions start the next line without a tab.
      const cells: string[] = current.cells;
      cells[cells.length - 1] += '\n' + line;
    } else {
      rows.push({ cells: [line], table: false, line: i + 1 });
      current = null;
    }
  });
  return rows;
}

/** The most characters of a cell a space-aligned table puts on a line of its own (有效, 指标2:). */
const LONE_CELL_LENGTH = 12;

/**
 * In space-aligned text, a short line between two rows of the table, under a row that holds half its cells
 * or fewer, is a cell of that row the text put on its own line (有效 under 减轻…负担, before 有效  10  10), not
 * running text. Under a whole row it is the end of a cell the width broke (…归集的 / 事项数量), read as such
 * later; a page number is neither.
 */
function isLoneTableCell(lines: readonly string[], i: number, widest: number): boolean {
  const t = lines[i]!.trim();
  if (t.length > LONE_CELL_LENGTH || !/\p{Script=Han}/u.test(t) || /^第\s*\d+\s*页$/.test(t)) return false;
  const near = (step: number) => {
    for (let k = i + step; k >= 0 && k < lines.length; k += step)
      if (lines[k]!.trim() !== '') return lines[k]!;
    return '';
  };
  const above = near(-1);
  return above.includes('\t') && near(1).includes('\t') && above.split('\t').length * 2 <= widest;
}

/** `spaced`: the text was space-aligned, with the lines whose cells stand at their columns. */
function readRowPerLine(text: string, spaced?: ReadonlySet<number>): Row[] {
  const rows: Row[] = [];
  const lines = text.split('\n');
  const full = hardWrappedLines(lines);
  let widest = 0;
  if (spaced) for (const l of lines) widest = Math.max(widest, l.split('\t').length);
  let joinable = false;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      joinable = false;
      return;
    }
    if (line.includes('\t')) {
      // The row built whole, then marked: a spread of a conditional object costs more than the row.
      const row: Row = { cells: line.split('\t', MAX_CELLS_PER_ROW), table: true, line: i + 1 };
      if (spaced && !spaced.has(i)) row.gapless = true;
      rows.push(row);
    } else if (spaced && isLoneTableCell(lines, i, widest))
      rows.push({ cells: [line.trim()], table: true, line: i + 1 });
    // The text layer broke the line where the page ran out of width, not where a cell ended: one paragraph.
    else if (joinable) rows.at(-1)!.cells[0] += line;
    else rows.push({ cells: [line], table: false, line: i + 1 });
    joinable = full.has(i) && !line.includes('\t');
  });
  return rows;
}

/** Display width: a CJK character takes two columns. */
function widthOf(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one character beyond U+FFFF: one column, like any character outside the range.
    const d = c >= 0xd800 && c <= 0xdbff ? s.charCodeAt(i + 1) : 0;
    if (d >= 0xdc00 && d <= 0xdfff) {
      i++;
      w += 1;
    } else w += c >= 0x2e80 && c <= 0xffef ? 2 : 1;
  }
  return w;
}
/** The fewest lines at one width that show a text was wrapped at that width. */
const MIN_WRAPPED_LINES = 3;
/** Narrower lines are titles or short paragraphs, never a wrap width. */
const MIN_WRAP_WIDTH = 40;

/** A line with few spaces (one in twenty characters at most), as a stream of cells broken by width prints. */
function streamLike(l: string): boolean {
  return (l.match(/ /g)?.length ?? 0) * 20 <= l.length;
}

/**
 * The lines (by index) a text layer cut at a fixed page width (a .doc's or a PDF's text copied without its
 * table: one stream of run-together cells broken every so many columns, inside words and numbers alike).
 * They are the lines as wide as the widest, with no tab and few spaces, found three times or more and holding half
 * the text's width or more; the line after each continues it. A text whose lines end where they will (rows, prose)
 * has no such width.
 */
export function hardWrappedLines(lines: readonly string[]): Set<number> {
  const widths = lines.map((l) => (l.includes('\t') || l.trim() === '' ? 0 : widthOf(l.trimEnd())));
  // Lines of width 0 (tabbed or blank) cannot raise the maximum: only the others are looked at.
  // (a loop, not Math.max(...): a text of more lines than a call takes arguments was refused as too complex)
  let max = 0;
  widths.forEach((w, i) => {
    if (w > max && streamLike(lines[i]!)) max = w;
  });
  if (max < MIN_WRAP_WIDTH) return new Set();
  // A wide character that no longer fits leaves the line a column short.
  const isFull = (i: number) => widths[i]! >= max - 2 && streamLike(lines[i]!);
  const full = new Set(lines.map((_, i) => i).filter(isFull));
  // Wrapped text fills its width on most of its long lines (only a paragraph's last line falls short); cells one
  // per line are as long as they happen to be, a few of them about the longest (three long names of a 自评表).
  const long = widths.filter((w, i) => w >= max / 2 && streamLike(lines[i]!)).length;
  // And wrapped text is most of the text: a copy one cell per line whose three longest cells happen to be about as
  // wide (完成省级宣传片制作;…, 6月份完成宣传片制作;…) holds them among many short cells, a small share of its width.
  let fullWidth = 0;
  for (const i of full) fullWidth += widths[i]!;
  const allWidth = widths.reduce((sum, w) => sum + w, 0);
  return full.size >= MIN_WRAPPED_LINES && full.size * 2 >= long && fullWidth * 2 >= allWidth
    ? full
    : new Set();
}
