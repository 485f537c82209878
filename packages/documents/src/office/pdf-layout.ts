// One page of a PDF laid out as rows: its ruled tables cell by cell (pdf-tables.ts), the rest line by line,
// a table continued from the previous page joined to it. Shared by the text-layer reader (read-pdf.ts) and
// the OCR reader (ocr/read-scanned.ts), whose recognised words and found lines arrive as the same pieces
// and rules.
import { joinWrappedProse, type WrappedLine } from './pdf-wrapped-prose.ts';
import type { Row } from '../rows/row.ts';
import {
  cutAbove,
  findTables,
  leastSure,
  lineGroups,
  roomAfter,
  spaceBetween,
  tableRows,
  withConfidence,
  type Piece,
  type Rule,
  type RuledTable,
} from './pdf-tables.ts';
import { placedLines, runningLines, type PlacedLine } from './pdf-running-lines.ts';
import { allRepeated, sameFoot } from './pdf-running-feet.ts';
import {
  cutCells,
  joinSideways,
  remember,
  sidewaysRun,
  slotsOf,
  withFollowing,
  type SidewaysRow,
  type SidewaysRun,
  type PrintedTable,
} from './pdf-wide-sheet.ts';
import { indicatorColumnOf } from '../recognize/evaluation-lexicon.ts';
import { levelLabel } from '../recognize/evaluation-cells.ts';

/** The table the previous page ended with, which the next page may continue. */
interface OpenTable {
  /** Column boundaries its rows are laid out on (the union over the pages it ran over). */
  xs: number[];
  /** Its rows so far, as emitted (widened in place when a later page shows more columns). */
  rows: Row[];
  /** No running text followed it on its page. */
  atPageEnd: boolean;
}

/** What one page's layout hands the next (a table that may continue). Start with `{ open: null }`. */
export interface PageState {
  open: OpenTable | null;
  /** The lines that stood above the previous page's first table. */
  above?: PlacedLine[];
  /** Lines found to be the document's running head. */
  running?: PlacedLine[];
  /** The lines below the previous page's last table, held back until this page tells whether they are its
   *  running foot (dropped) or the form's own lines (emitted first). endPages gives the last page's. */
  held?: Array<PlacedLine & { row: Row }>;
  /** Lines found to be the document's running foot. */
  feet?: PlacedLine[];
  /** Pages laid out so far (a held row keeps its own page's number). */
  page?: number;
  /** The last tables laid out, newest first: a sheet wider than its page continues one of them sideways. */
  printed?: PrintedTable[];
  /** Rows of a sheet's right part that follow an emitted row (see joinSideways); placed by withFollowing. */
  following?: Map<Row, Row[]>;
}

/** The rows the last page held back (see PageState.held): call once after the last page. */
export function endPages(state: PageState): Row[] {
  const rows = (state.held ?? []).map((h) => h.row);
  state.held = [];
  return rows;
}

/**
 * `layoutPage` with its rows placed by `page` and numbered within it (第2页 第5行): a PDF has no line numbers of
 * its own, and the page's number as every row's line named one row for all. A line held back from the page
 * before keeps that page and the place it had there; the lines this page holds back are numbered after its rows.
 */
export function layoutNumberedPage(pieces: Piece[], rules: Rule[], state: PageState, page: number): Row[] {
  const rows = layoutPage(pieces, rules, state);
  let n = 0;
  for (const row of rows) {
    if (row.source !== undefined && row.line !== undefined) continue;
    row.line ??= ++n;
    row.source ??= `第${page}页`;
  }
  for (const h of state.held ?? []) h.row.line ??= ++n;
  return rows;
}

/** A document's rows once its last page is laid out: the lines that page held back, and each wide sheet's
 *  right-part rows after the row they follow (PDF, OFD and scans alike). */
export function endLayout(rows: Row[], state: PageState): Row[] {
  return withFollowing([...rows, ...endPages(state)], state.following);
}

/**
 * One page → rows in reading order: ruled tables cell by cell, the remaining text line by line. A table
 * that continues the previous page's table loses the header rows it repeats, and both are put on the
 * same column boundaries (a page may show boundaries the other did not need).
 */
export function layoutPage(pieces: Piece[], rules: Rule[], state: PageState): Row[] {
  const placed: Array<{ y: number; rows: Row[] }> = [];
  let rest = pieces;
  const tables = findTables(rules);
  const previous = state.open;
  state.open = null;
  state.page = (state.page ?? 0) + 1;
  // The previous page's lines under its table, repeated here at the same place: its footer, not the table's end.
  const held = state.held ?? [];
  state.held = [];
  const footRepeated = allRepeated(held, held.length > 0 ? placedLines(pieces) : []);
  if (previous && footRepeated) previous.atPageEnd = true;
  let heldDropped = false;
  // The lines above the first table, and those of them that are a running head (附件2 on every page).
  const top = tables[0]?.ys[0];
  const above = placedLines(top === undefined ? [] : pieces.filter((p) => p.y > top)).filter(
    (l) => l.text !== '' && !PAGE_NUMBER.test(l.text),
  );
  const running = runningLines(above, state.above ?? [], state.running ?? []);
  const head = new Set(running.flatMap((l) => l.pieces));
  state.above = above.map(({ text, y }) => ({ text, y }));
  const printed = (state.printed ??= []);
  // The right part of a sheet wider than its page: from the page's first table on (and again after such a part).
  let run: SidewaysRun | undefined;
  let runEnd = 0;
  let parts: SidewaysRow[] = [];
  tables.forEach((table, k) => {
    if (k === runEnd) {
      run = sidewaysRun(tables, k, printed);
      runEnd = run ? k + run.count : -1;
      parts = [];
      // The left cells the page's edge cut, drawn whole again left of the right part: the left row's text.
      if (run) {
        const cut = cutCells(run.left, tables.slice(k, runEnd), rest);
        rest = rest.filter((p) => !cut.has(p));
      }
    }
    const { rows, used, at } = tableRows(table, rest);
    rest = rest.filter((p) => !used.has(p));
    if (run && k < runEnd) {
      parts.push(...rows.map((row, j) => ({ top: table.ys[at[j]!]!, row, xs: table.xs })));
      if (k < runEnd - 1) return;
      const { left } = run;
      const top = tables[runEnd - run.count]!.ys[0]!;
      // The right columns of a sheet wider than its page: the ends of rows emitted before. The lines over it that
      // repeat those over its left part (a title merged across the whole width) are not the form's again — nor one
      // drawn from left of this page's edge, its start cut off there (目绩效自评表 of 项目绩效自评表).
      const again = (l: (typeof above)[number]) =>
        left.above.includes(l.text) ||
        ([...l.text].length >= 2 &&
          Math.min(...l.pieces.map((p) => p.x)) < PAGE_EDGE &&
          left.above.some((t) => t.endsWith(l.text)));
      const repeated = new Set(above.filter(again).flatMap((l) => l.pieces));
      // Beside it, the cut-off end of a left cell's text that LibreOffice draws again outside the table.
      const leftText = left.slots.map((r) => r?.cells.join('') ?? '').join('');
      const beside = (p: Piece) =>
        p.y < top && p.y > table.ys.at(-1)! && leftText.includes(p.text.replace(/\s+/g, ''));
      rest = rest.filter((p) => !repeated.has(p) && !beside(p));
      const part = tables.slice(runEnd - run.count, runEnd);
      const stray = joinSideways(left, part, parts, (state.following ??= new Map()));
      if (stray.length > 0) placed.push({ y: top, rows: stray });
      // The lines under the left part, repeated here at their place: the sheet's running foot.
      if (footRepeated) {
        heldDropped = true;
        state.feet = [...(state.feet ?? []), ...held.map(({ text, y }) => ({ text, y }))];
      }
      // A table going on down the next page is still the one the previous page ended with.
      state.open = previous;
      return;
    }
    remember(printed, {
      ys: table.ys,
      xs: table.xs,
      slots: slotsOf(table, rows, at),
      above: k === 0 ? above.map((l) => l.text) : [],
    });
    let open: OpenTable = { xs: table.xs, rows, atPageEnd: false };
    if (k === 0 && previous?.atPageEnd && sameWidth(previous.xs, table.xs)) {
      // A merged cell the break cut, its text drawn again over this page's first border: read on the page before.
      const again = carriedAbove(table, rest, previous);
      rest = rest.filter((p) => !again.has(p));
      const textAbove = rest.some(
        (p) => p.y > table.ys[0]! && p.text.trim() !== '' && !PAGE_NUMBER.test(p.text.trim()) && !head.has(p),
      );
      const dropped = dropRepeatedHead(rows, previous.rows);
      if (dropped) {
        const over = carriedAbove(table, rest, previous, true);
        rest = rest.filter((p) => !over.has(p));
      }
      if (dropped || !textAbove) {
        open = joinTables(previous, table.xs, rows);
        if (footRepeated) {
          heldDropped = true;
          state.feet = [...(state.feet ?? []), ...held.map(({ text, y }) => ({ text, y }))];
        }
        // The running head over a continued table is no text of the form's: dropped, and known on later pages.
        rest = rest.filter((p) => !head.has(p));
        state.running = [...(state.running ?? []), ...running.map(({ text, y }) => ({ text, y }))];
        // A row the page break cut in two: the part on the new page is the end of its cells (项目设计、招 | 完成
        // 时间为… | 6 | 5 / 标、施工), not a row of its own.
        const last = previous.rows.at(-1);
        const owners = last ? cellOwners(last, previous.rows) : [];
        if (
          !dropped &&
          last &&
          rows[0] &&
          continuesCutRow(
            last,
            rows[0].cells,
            previous.rows.slice(-KEPT_ROWS).map((r) => r.cells),
            owners,
          )
        ) {
          const tail = rows.shift()!;
          tail.cells.forEach((c, j) => {
            const owner = owners[j];
            if (owner && c.trim() !== '') owner.cells[j] = joinCellParts(owner.cells[j]!, c);
          });
          open.rows = open.rows.filter((r) => r !== tail);
        } else if (!dropped && last && rows[0]) {
          // A header row the break cut: the ends of its titles join them, its lower band stays a row.
          const left = cutHeaderEnds(last, rows[0].cells);
          if (left && left.every((c) => c.trim() === '')) {
            const tail = rows.shift()!;
            open.rows = open.rows.filter((r) => r !== tail);
          } else if (left) rows[0].cells = left;
        }
      }
    }
    if (rows.length > 0) placed.push({ y: table.ys[0]!, rows });
    state.open = open;
  });
  const feet = state.feet ?? [];
  const last = tables[tables.length - 1];
  const bottom = last?.ys[last.ys.length - 1];
  const lines = joinWrappedProse(pageFoot(lineRows(rest), bottom)).filter(
    (l) => !feet.some((f) => sameFoot(f, { text: l.row.cells.join(''), y: l.y })),
  );
  const open = state.open as OpenTable | null;
  for (const line of lines) {
    // Under a table the page ends with: held back until the next page shows whether it repeats them.
    if (open && bottom !== undefined && line.y < bottom) {
      line.row.source = `第${state.page}页`;
      state.held.push({ text: line.row.cells.join(''), y: line.y, row: line.row });
    } else placed.push({ y: line.y, rows: [line.row] });
  }
  if (open && last) open.atPageEnd = state.held.length === 0;
  const rows = placed.sort((a, b) => b.y - a.y).flatMap((p) => p.rows);
  return heldDropped ? rows : [...held.map((h) => h.row), ...rows];
}

/** A text drawn from here leftwards started at or past the page's left edge (its start clipped there). */
const PAGE_EDGE = 1;

const FIGURE = /^[\d.,%％]+$/;
const HAN_END = /[\p{Script=Han}、，。；：）)]\s*$/u;
const DASHES = /^[-－—–]+$/;

/**
 * The first row of a table's next page is the rest of the previous page's last row, cut by the break: it
 * writes only in cells that row filled (a wrapped name's end, drawn with borders on both pages), no figure
 * of its own, while that row holds figures (分值, 得分) in cells it leaves empty — a row of its own has its
 * own figures.
 */
function continuesCutRow(
  last: Row,
  after: string[],
  above: string[][],
  owners: ReadonlyArray<Row | undefined>,
): boolean {
  const before = last.cells;
  const filled = (c: string | undefined) => (c ?? '').trim() !== '';
  const written = after.map((c, j) => (filled(c) ? j : -1)).filter((j) => j >= 0);
  if (written.length === 0 || written.some((j) => !owners[j])) return false;
  if (written.some((j) => FIGURE.test(after[j]!.trim()))) return false;
  // A merged cell still open at the break (项目 / 效果 down the 一级 column) wrapped on the new page like the row's own;
  // a level's whole name there (满意度指标 under 效益指标) starts the next group's row instead.
  const ownText = (j: number) => owners[j]!.cells[j]!;
  if (
    written.some(
      (j) =>
        owners[j] !== last &&
        ((roomAfter(owners[j]!, ownText(j)) ?? Infinity) >= (HAN_END.test(ownText(j)) ? 2 : 6) ||
          levelLabel(after[j]!) !== null ||
          !wrappedNameEnd(after[j]!)),
    )
  )
    return false;
  // A cut cell's text ran on to the page's end, its last line full: one whose last line stopped short of its
  // border had ended (新建全民健身中心数量 above 总建, the next indicator's name alone on the new page). Han text
  // wraps at any character, leaving less than two ems; Latin text at a word, leaving up to a word's width.
  if (written.some((j) => (roomAfter(last, before[j]!) ?? 0) >= (HAN_END.test(before[j]!) ? 2 : 6)))
    return false;
  // A row of dashes alone (- under 三级指标, a template's empty slot after each indicator) is a row of its own.
  if (written.every((j) => DASHES.test(after[j]!.trim()))) return false;
  if (before.some((c, j) => !filled(after[j]) && FIGURE.test(c.trim()))) return true;
  // … or in cells every row above fills (a 度量单位 or 指标值类型 column: -, 定量), where it writes nothing.
  return (
    above.length >= KEPT_ROWS && before.some((_, j) => !filled(after[j]) && above.every((r) => filled(r[j])))
  );
}

/**
 * The end of a merged level cell's name wrapped onto the next page (效果 of 项目效果): a few words, no clause. A
 * sentence there (a 年度目标's text under the table, in the same column) begins something of its own.
 */
function wrappedNameEnd(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return compact.length <= MERGED_END_CHARS && !/[，。；：,;:]/.test(compact);
}

/** The longest wrapped end of a merged level name: level names run to about ten characters. */
const MERGED_END_CHARS = 10;

/**
 * A header row the page break cut: the previous page ends with a row of column titles, and the new page's first
 * row writes the ends of some of them (一级指 / 标, 目标值(标 / 准), 数据项 / 1) in columns where their text ran on
 * to the border, each then read whole as a title, beside the cells of the header's lower band (数据项1 | 理由 under
 * 采集数据项). Those ends are joined to their titles (in place); the cells left of the row come back (all empty:
 * the row was only the ends). Null when the row is no such rest: the previous row no header, no end that makes a
 * title whole (a body row's 产出指标 under 一级指标 makes none), or a figure of the row's own (a body row's 分值).
 */
function cutHeaderEnds(last: Row, after: string[]): string[] | null {
  const before = last.cells;
  if (!headerLike(before)) return null;
  const filled = (c: string | undefined) => (c ?? '').trim() !== '';
  const ends = after.map((c, j) => {
    const title = before[j] ?? '';
    if (!filled(c) || !filled(title)) return false;
    if ((roomAfter(last, title) ?? Infinity) >= (HAN_END.test(title) ? 2 : 6)) return false;
    return titleWord(joinCellParts(title, c));
  });
  if (!ends.some(Boolean)) return null;
  if (after.some((c, j) => !ends[j] && FIGURE.test(c.trim()))) return null;
  last.cells = before.map((c, j) => (ends[j] ? joinCellParts(c, after[j]!) : c));
  return after.map((c, j) => (ends[j] ? '' : c));
}

/** A column title: a known title word or an indicator column's heading. */
function titleWord(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return HEADER_WORD.test(compact) || indicatorColumnOf(compact) !== null;
}

/**
 * The row whose cell each column's text at the top of the next page would go on: the last row's own cell where it
 * holds text, else — left of the last row's first text, where merged 一级 / 二级 cells run down — the cell of the
 * column's last text above, a merged cell still open at the break.
 */
function cellOwners(last: Row, earlier: readonly Row[]): Array<Row | undefined> {
  const firstOwn = last.cells.findIndex((c) => c.trim() !== '');
  return last.cells.map((c, j) => {
    if (c.trim() !== '') return last;
    if (firstOwn < 0 || j > firstOwn) return undefined;
    return earlier.findLast((r) => (r.cells[j] ?? '').trim() !== '');
  });
}

/** The rows above a cut row whose cells tell which columns every row fills. */
const KEPT_ROWS = 3;

/** A cell's text before a page break and after it, as one: words of Latin letters or figures keep a space. */
function joinCellParts(before: string, after: string): string {
  if (after.trim() === '') return before;
  if (before.trim() === '') return after;
  return /[A-Za-z0-9]$/.test(before.trimEnd()) && /^[A-Za-z0-9]/.test(after.trimStart())
    ? `${before.trimEnd()} ${after.trimStart()}`
    : before.trimEnd() + after.trimStart();
}

function sameWidth(a: number[], b: number[]): boolean {
  return Math.abs(a[0]! - b[0]!) < 3 && Math.abs(a[a.length - 1]! - b[b.length - 1]!) < 3;
}

/** The continued table on the union of both pages' column boundaries, its earlier rows widened in place. */
function joinTables(previous: OpenTable, xs: number[], rows: Row[]): OpenTable {
  const union = [...previous.xs];
  for (const x of xs) if (!union.some((u) => Math.abs(u - x) < 1.5)) union.push(x);
  union.sort((a, b) => a - b);
  for (const row of previous.rows) row.cells = widen(row.cells, previous.xs, union);
  for (const row of rows) row.cells = widen(row.cells, xs, union);
  return { xs: union, rows: [...previous.rows, ...rows].slice(-400), atPageEnd: false };
}

/** Cells laid out on `from` put on the finer boundaries `to`: a column split in two keeps its text first. */
function widen(cells: string[], from: number[], to: number[]): string[] {
  if (from.length === to.length) return cells;
  const out: string[] = [];
  cells.forEach((text, j) => {
    out.push(text);
    const left = from[j]!;
    const right = from[j + 1] ?? Infinity;
    for (const x of to) if (x > left + 1.5 && x < right - 1.5) out.push('');
  });
  return out;
}

/**
 * Removes the header rows a table repeats at the top of a new page: the rows at the top that already
 * stood, in order, in the table the previous page ended with (at most 3, found at their last place;
 * compared by their filled cells), as long as they read as headers: data rows may equal earlier ones (the
 * long-term and annual tables often list the same indicators). A single repeated row counts only when
 * the previous page ended inside a table body: a lone header after a goal line starts a new table.
 */
function dropRepeatedHead(rows: Row[], earlier: Row[]): boolean {
  const key = (cells: string[]) => cells.filter((c) => c.trim() !== '').join('\t');
  const before = earlier.slice(0, -1).map((r) => key(r.cells)); // the previous page's last row is never a header
  // The top rows as they were printed before: without the text of a merged cell that ran on over the break.
  // Only where that makes it the row printed before: a column's last text may be a header's own word (分值 of the
  // budget block's head, taken off 权重分值 it is not).
  const carried = lastTexts(earlier);
  const ways = rows.slice(0, 3).map((r) => [r.cells, withoutCarried(r.cells, carried)]);
  const asBefore = (k: number, at: number) => ways[k]?.find((cells) => before[at] === key(cells));
  const start = Math.max(...(ways[0] ?? []).map((cells) => before.lastIndexOf(key(cells))), -1);
  if (start < 0) return false;
  const top: string[][] = [];
  let k = 0;
  for (; k < 3 && k < rows.length - 1 && start + k < before.length; k++) {
    const cells = asBefore(k, start + k);
    if (!cells || !(headerLike(cells) || brokenHeaderWords(cells))) break;
    top.push(cells);
  }
  // Header words broken over two rows (一级 / 指标, 实际 / 完成情况) read as titles only together.
  while (k > 0 && !headerLike(columnsJoined(top.slice(0, k)))) k--;
  const last = earlier[earlier.length - 1]?.cells ?? [];
  if (k === 1 && last.filter((c) => c.trim() !== '').length < 3) return false;
  rows.splice(0, k);
  return k > 0;
}

/** A row of short words without a figure, as a header's words broken over two rows print (一级 | 二级 | 实际). */
function brokenHeaderWords(cells: string[]): boolean {
  const filled = cells.map((c) => c.replace(/\s+/g, '')).filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => [...c].length <= 6 && !FIGURE.test(c));
}

/** Rows read down each column as one row (实际 over 完成情况: 实际完成情况). */
function columnsJoined(rows: string[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, j) => rows.map((r) => (r[j] ?? '').trim()).join(''));
}

/**
 * The pieces over a continued table's first border (cutAbove) that write, column by column, the text the previous
 * page's open merged cell of that column holds (产出指标 again over the 一级 column): that cell's text drawn twice.
 */
function carriedAbove(
  table: RuledTable,
  pieces: Piece[],
  previous: OpenTable,
  headRepeated = false,
): Set<Piece> {
  const carried = lastTexts(previous.rows);
  const out = new Set<Piece>();
  for (const [c, own] of cutAbove(table, pieces, headRepeated)) {
    // The previous page's column under this column's middle (its rows are laid out on its own boundaries).
    const mid = (table.xs[c]! + table.xs[c + 1]!) / 2;
    const j = previous.xs.findIndex(
      (x, k) => k < previous.xs.length - 1 && mid >= x && mid < previous.xs[k + 1]!,
    );
    const text = lineGroups(own)
      .flatMap((line) => [...line].sort((a, b) => a.x - b.x))
      .map((p) => p.text)
      .join('');
    if (j >= 0 && carried[j] !== undefined && bare(text) === bare(carried[j]!))
      for (const p of own) out.add(p);
  }
  return out;
}

const bare = (t: string) => t.replace(/\s+/g, '');

/** Each column's last text on the previous page: a merged cell still open at the break (产出指标 down 一级). */
function lastTexts(earlier: Row[]): string[] {
  const out: string[] = [];
  for (const row of earlier)
    row.cells.forEach((c, j) => {
      if (c.trim() !== '') out[j] = c.trim();
    });
  return out;
}

/**
 * A repeated header row's cells without the text of a merged cell the break cut: LibreOffice draws a merged
 * cell's text again on the next page, and under print titles it lands in the repeated header's cell of its
 * column (产出指标 over 一级 read as 产出指标一级). Its text is taken off a cell's start or end when the cell holds
 * more (of the columns a merged header cell covers, as many as landed in it); the rows under the head leave
 * those columns blank, as under the merged cells they continue.
 */
function withoutCarried(cells: string[], carried: string[]): string[] {
  return cells.map((c, j) => {
    let text = c.trim();
    if (text === '') return c;
    // A header cell merged across (绩效指标 over the three levels) takes the texts of the columns it covers.
    let end = j + 1;
    while (end < cells.length && cells[end]!.trim() === '') end++;
    for (const open of carried.slice(j, end)) {
      if (!open || text.length <= open.length) continue;
      if (text.startsWith(open)) text = text.slice(open.length).trim();
      else if (text.endsWith(open)) text = text.slice(0, -open.length).trim();
    }
    return text === c.trim() ? c : text;
  });
}

const HEADER_WORD =
  /^(目标名称|[一二三]级指标|指标值.*|指标值确定依据|指标分类|绩效标准|项目|项目名称|预算数|金额|科目(名称|编码)|(功能|经济)(科目|分类).*|单位(名称|代码)|收入|支出|资金来源|名称|目标说明)$/;

/**
 * A row of column titles (a known title word or an indicator column's heading, no figure of its own) or a table's
 * title row (one cell ending in 表). A title may hold digits: 1-7月完成情况, broken over two rows as 1- / 7月完成情况.
 */
function headerLike(cells: string[]): boolean {
  const filled = cells.map((c) => c.replace(/\s+/g, '')).filter((c) => c !== '');
  if (filled.some((c) => FIGURE.test(c))) return false;
  if (filled.length === 1 && /表$/.test(filled[0]!)) return !/\d/.test(filled[0]!);
  return filled.some((c) => HEADER_WORD.test(c) || indicatorColumnOf(c) !== null);
}

/** One page's pieces → rows: lines by baseline (top to bottom), cells by horizontal gaps. */
export function pageRows(pieces: Piece[]): Row[] {
  return joinWrappedProse(lineRows(pieces))
    .filter((l) => !l.pageNumber)
    .map((l) => l.row);
}

/** A line of text outside tables as a row, where it stood, its size and reach, and whether it is a page number alone. */
type LineRow = WrappedLine;

function lineRows(pieces: Piece[]): LineRow[] {
  const out: LineRow[] = [];
  for (const line of lineGroups(pieces)) {
    line.sort((p, q) => p.x - q.x);
    const cells: string[] = [];
    const sure: number[] = [];
    let current = '';
    let words: Piece[] = [];
    let end = -Infinity;
    const close = () => {
      if (current.trim() !== '') {
        cells.push(current.trim());
        sure.push(leastSure(words));
      }
      current = '';
      words = [];
    };
    for (const piece of line) {
      // pdf.js emits a blank item over every gap; the gap itself is measured between real pieces.
      if (piece.text.trim() === '') continue;
      const gap = piece.x - end;
      const em = piece.size;
      if (current !== '' && gap > em * 0.6) {
        close();
      } else if (current !== '' && spaceBetween(current, piece.text, gap, em)) {
        current += ' ';
      }
      current += piece.text;
      words.push(piece);
      end = Math.max(end, piece.x + piece.width);
    }
    close();
    if (cells.length === 0) continue;
    const printed = line.filter((p) => p.text.trim() !== '');
    out.push({
      y: line[0]!.y,
      size: Math.max(...line.map((p) => p.size)),
      left: Math.min(...printed.map((p) => p.x)),
      right: end,
      row: withConfidence({ cells, table: cells.length > 1 }, sure),
      pageNumber: cells.length === 1 && PAGE_NUMBER.test(cells[0]!),
    });
  }
  return out;
}

/** A printed page number: "第 3 页 / 共 13 页", "共 13 页 第 3 页", "- 3 -", "3/13". */
const PAGE_NUMBER =
  /^(第\s*\d+\s*页(\s*[/／,，]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[/／,，]?\s*第\s*\d+\s*页|[-—]?\s*\d{1,4}\s*[-—]?|\d{1,4}\s*[/／]\s*\d{1,4})$/;
/** A page number no figure of a table reads as: it says 页, or stands between dashes or over a slash. */
const MARKED_PAGE_NUMBER = /页|^[-—]\s*\d+\s*[-—]$|^\d+\s*[/／]\s*\d+$/;

/**
 * The lines outside tables without the page's footer: the page number at the page's foot, the cells beside it on
 * its line (制表：…, 填报日期：…) and the lines standing right over it (a line apart) below the last table (a footer's 制表人 line,
 * a date, the unit's name over 第 1 页，共 3 页) — page furniture, never a row of the form. Elsewhere a page number
 * alone is dropped and the rest kept.
 */
function pageFoot(lines: LineRow[], tableBottom: number | undefined): LineRow[] {
  const lowest = lines.reduce<LineRow | null>((low, l) => (low === null || l.y < low.y ? l : low), null);
  const marked =
    lowest !== null &&
    (tableBottom === undefined || lowest.y < tableBottom) &&
    lowest.row.cells.some((c) => PAGE_NUMBER.test(c.trim()) && MARKED_PAGE_NUMBER.test(c.trim()));
  const foot = new Set<LineRow>();
  if (marked) {
    foot.add(lowest);
    // Up from the page number while each line stands a line apart from the one under it (a body ends a margin above).
    const above = lines
      .filter((l) => l !== lowest && (tableBottom === undefined || l.y < tableBottom))
      .sort((a, b) => a.y - b.y);
    let under = lowest;
    for (const l of above) {
      if (l.y - under.y > 1.5 * Math.min(l.size, under.size)) break;
      foot.add(l);
      under = l;
    }
  }
  return lines.filter((l) => !l.pageNumber && !foot.has(l));
}
