// Reads tables copied from web pages as `|`-separated text: every cell is followed by a `|`, a row is
// padded to the table's width with bare pipes (`2350 | ||||`), a cell may sit alone on its line and a row
// may run over several lines. Rows are put back together only where their parts add up to the table's
// width; otherwise each line stays a row of its own (a cell stream the recognisers can re-tabulate).
import { isLevel1Name, isLevel2Name } from '../recognize/level-names.ts';
import { indicatorColumnOf } from '../recognize/evaluation-lexicon.ts';
import type { Row } from '../rows/row.ts';
import { isSlotMarker, neverOpensRow } from './cell-never-opens-row.ts';

/** No form has rows this wide (the same bound as the other text layouts). */
const MAX_CELLS = 256;
/** A row broken over more lines than this is not put back together. */
const MAX_CHAIN_LINES = 64;
/** Lines looked at while trying to join rows, per line of text: a hostile text cannot make it quadratic. */
const JOIN_WORK_PER_LINE = 16;

interface PipeLine {
  /** 1-based line number in the text. */
  line: number;
  cells: string[];
  /** The line ends in padding or an empty cell (`… | |`, `… ||||`, `||||`): its row ends here. */
  closed: boolean;
}

type Item =
  | { kind: 'pipe'; pipe: PipeLine }
  | { kind: 'text'; line: number; text: string }
  | { kind: 'blank' }
  // A row's left border written as a lone `|` (opensRowsWithLonePipe): the row before ends here.
  | { kind: 'break' };

const MARKDOWN_DELIMITER = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/** A line of a `|` table: it starts or ends with a pipe, or has cells separated by ` | ` or by two bare pipes. */
export function isPipeLine(line: string): boolean {
  const t = line.trim();
  return t.startsWith('|') || t.endsWith('|') || t.includes(' | ') || isBarePipeRow(t);
}

/**
 * Cells parted by pipes without spaces or borders (`一级指标|二级指标|三级指标|指标值`, as some exports and
 * database dumps write a table): three cells or more, two of them filled (a merged cell is left empty), so a
 * lone `a|b` in prose is no row.
 */
function isBarePipeRow(t: string): boolean {
  const cells = t.split('|');
  return cells.length >= 3 && cells.filter((c) => c.trim() !== '').length >= 2;
}

/** True when enough lines are `|` table lines to read the text as a copied web table. */
export function looksPipeSeparated(lines: readonly string[]): boolean {
  let ending = 0;
  let bare = 0;
  for (const line of lines) {
    const t = line.trimEnd();
    if (t.endsWith('|') && ++ending >= 2) return true;
    if (isBarePipeRow(t.trim()) && ++bare >= 2) return true;
  }
  return false;
}

/** A line's cells: the text before each pipe, and the text after the last one when there is any. */
function splitPipeLine(line: string, markdown: boolean): PipeLine['cells'] {
  let t = line.trim();
  if (markdown) t = t.replace(/^\|/, '').replace(/\|$/, '');
  const pieces = t.split('|', MAX_CELLS + 1);
  const last = pieces.pop() ?? '';
  const cells = pieces.map((p) => p.trim());
  if (markdown || last.trim() !== '') cells.push(last.trim());
  return cells.slice(0, MAX_CELLS);
}

function isClosed(line: string): boolean {
  const t = line.trim();
  return /\|\s*\|$/.test(t);
}

/**
 * A copy that puts an empty line after every line (each cell a paragraph of its own): no two filled lines
 * meet, and the empty lines part nothing. A text with rows of several lines (two filled lines together) or
 * with few lines keeps its blank lines as row breaks.
 */
function doubleSpaced(lines: readonly string[]): boolean {
  let filled = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    filled++;
    if (i + 1 < lines.length && lines[i + 1]!.trim() !== '') return false;
  }
  return filled >= 8;
}

function toItems(lines: readonly string[], markdown: boolean): Item[] {
  const items: Item[] = [];
  const spacedOut = doubleSpaced(lines);
  lines.forEach((text, i) => {
    if (text.trim() === '') {
      if (!spacedOut) items.push({ kind: 'blank' });
    } else if (markdown && MARKDOWN_DELIMITER.test(text.trim())) items.push({ kind: 'blank' });
    else if (isPipeLine(text))
      items.push({
        kind: 'pipe',
        pipe: { line: i + 1, cells: splitPipeLine(text, markdown), closed: !markdown && isClosed(text) },
      });
    else items.push({ kind: 'text', line: i + 1, text });
  });
  if (!markdown) {
    const piped = everyCellPiped(items);
    joinLinesBeforeLonePipe(items);
    joinLeadingText(items);
    joinWrappedCells(items);
    if (opensRowsWithLonePipe(items, piped)) dropRowOpeners(items);
    else joinTrailingPipe(items);
  }
  return items;
}

/** After the text's first pipe line, every line is a pipe line (a cell ended by its pipe, a border, padding). */
function everyCellPiped(items: readonly Item[]): boolean {
  const first = items.findIndex((it) => it.kind === 'pipe');
  return first >= 0 && items.slice(first).every((it) => it.kind !== 'text');
}

const isLonePipe = (item: Item | undefined): boolean =>
  item?.kind === 'pipe' && !item.pipe.closed && item.pipe.cells.length === 1 && item.pipe.cells[0] === '';
const opensContent = (item: Item | undefined): boolean => item?.kind === 'pipe' && item.pipe.cells[0] !== '';

/** The lone pipes that open a row (before a cell with text) are borders, not cells: rows break there. */
function dropRowOpeners(items: Item[]): void {
  // Decided on the lines as written: of several lone pipes before a cell, only the last one is the border.
  const openers: number[] = [];
  for (let k = 0; k + 1 < items.length; k++)
    if (isLonePipe(items[k]) && opensContent(items[k + 1]) && !emptyBeforeTrailingCell(items, k))
      openers.push(k);
  const cells = emptyInnerCells(items, openers);
  for (const k of openers) if (!cells.has(k)) items[k] = { kind: 'break' };
}

/** The lone pipe at `k` is an empty cell: the row before is open and the cell after never opens a row. */
function emptyBeforeTrailingCell(items: readonly Item[], k: number): boolean {
  const before = items[k - 1];
  const after = items[k + 1];
  return (
    before?.kind === 'pipe' &&
    !before.pipe.closed &&
    before.pipe.cells.some((c) => c !== '') &&
    after?.kind === 'pipe' &&
    neverOpensRow(after.pipe.cells[0])
  );
}

/** A row as the lone pipes part the copy: the opener's index, its cells up to the next opener, how it ends. */
interface OpenedRow {
  at: number;
  size: number;
  /** It ends in padding (`||`): the copy writes padding only at a row's end. */
  closed: boolean;
  /** Only pipe lines stand between it and the next opener: the two may be one row. */
  joined: boolean;
  /** It holds a numbered slot's marker (①): a row holds one, so it is joined to no part that holds one. */
  slot: boolean;
}

/**
 * The lone pipes among the openers that are a row's empty inner cell (an empty 指标性质 between a name and its
 * value: `财政资金补助 |`, `|`, `1600 |`): the copy writes an empty cell as the same lone pipe as a row's left
 * border. In a table whose rows are written out to its width (the commonest row size of a run of rows), rows
 * the lone pipes cut short and whose parts, with the empty cells between them, add up to exactly that width
 * are one row; a row that ends in padding is never continued.
 */
function emptyInnerCells(items: readonly Item[], openers: readonly number[]): Set<number> {
  const rows: OpenedRow[] = openers.map((at, j) => {
    const end = openers[j + 1] ?? items.length;
    let size = 0;
    let closed = false;
    let slot = false;
    let k = at + 1;
    for (; k < end && items[k]!.kind === 'pipe'; k++) {
      const pipe = (items[k] as Extract<Item, { kind: 'pipe' }>).pipe;
      size += pipe.cells.length;
      closed = pipe.closed;
      slot ||= pipe.cells.some(isSlotMarker);
    }
    return { at, size, closed, joined: k === end && j + 1 < openers.length, slot };
  });
  const out = new Set<number>();
  for (let from = 0; from < rows.length;) {
    let to = from;
    while (rows[to]!.joined) to++;
    const block = rows.slice(from, to + 1);
    for (const k of tiling(block, tableWidth(block)).joins) out.add(block[k]!.at);
    from = to + 1;
  }
  return out;
}

/**
 * Rows put together to `width` cells: the parts that continue the part before them, and how many parts end
 * up in a row of exactly that width (alone or joined).
 */
function tiling(block: readonly OpenedRow[], width: number): { joins: number[]; parts: number } {
  const joins: number[] = [];
  let parts = 0;
  for (let j = 0; width > 0 && j < block.length;) {
    let size = block[j]!.size;
    let slot = block[j]!.slot;
    let e = j;
    while (size < width && block[e]!.joined && !block[e]!.closed && e + 1 < block.length) {
      const next = size + 1 + block[e + 1]!.size;
      if (next > width || (slot && block[e + 1]!.slot)) break;
      size = next;
      slot ||= block[e + 1]!.slot;
      e++;
    }
    if (size === width) {
      for (let m = j + 1; m <= e; m++) joins.push(m);
      parts += e - j + 1;
    }
    j = size === width ? e + 1 : j + 1;
  }
  return { joins, parts };
}

/** Widths tried per run of rows: a hostile text cannot make the choice quadratic. */
const MAX_WIDTHS_TRIED = 12;

/**
 * The table's width: the row size most rows have, unless another size puts more of the parts into whole
 * rows. Where most rows hold an empty inner cell (a table whose 指标性质 and 偏差原因 are mostly blank), the
 * lone pipes cut most rows in two and the commonest part is no row at all; the width the cut parts add up to
 * again (a whole row printed once, a header's) reads them back. Equal coverage keeps the commonest size:
 * rows are joined only where that leaves fewer parts over.
 */
function tableWidth(block: readonly OpenedRow[]): number {
  const commonest = commonestSize(block.map((r) => r.size));
  let best = commonest;
  let bestParts = commonest > 0 ? tiling(block, commonest).parts : 0;
  const candidates = [...new Set(block.map((r) => r.size))]
    .filter((s) => s >= 2 && s !== commonest)
    .sort((x, y) => y - x)
    .slice(0, MAX_WIDTHS_TRIED);
  for (const w of candidates) {
    const parts = tiling(block, w).parts;
    if (parts > bestParts) [best, bestParts] = [w, parts];
  }
  return best;
}

/** The size most rows have (two cells or more, at least twice; the larger of equals), or 0. */
function commonestSize(sizes: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const s of sizes) if (s >= 2) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = 0;
  let bestCount = 1;
  for (const [s, n] of counts)
    if (n > bestCount || (n === bestCount && n > 1 && s > best)) [best, bestCount] = [s, n];
  return best;
}

/**
 * Pages whose copy writes each row's left border as a lone `|` before its cells (`|`, `项目名称 |`, `某项目 |`,
 * `|||`): most rows that end (a closed line) are followed by a lone pipe and then a cell with text. There
 * the lone pipe opens the next row; it is not an empty last cell of the row above.
 */
function opensRowsWithLonePipe(items: readonly Item[], piped: boolean): boolean {
  let closed = 0;
  let opening = 0;
  let firstOpens = false;
  let beforeContent = 0;
  const firstPipe = items.findIndex((it) => it.kind === 'pipe');
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (isLonePipe(item) && opensContent(items[k + 1])) beforeContent++;
    // The text's first pipe a lone one before a cell with text, under a head printed without pipes (a title,
    // labels and values a line each): the first row's left border — an empty last cell never comes before any row.
    if (k === firstPipe && isLonePipe(item) && items[k - 1]?.kind === 'text' && opensContent(items[k + 1])) {
      opening++;
      firstOpens = true;
    }
    if (item.kind !== 'pipe' || !item.pipe.closed) continue;
    closed++;
    if (isLonePipe(items[k + 1]) && opensContent(items[k + 2])) opening++;
  }
  // A copy whose rows all lack at most one cell has no padding line (`||`) at all: where its first pipe is a
  // border and every cell after it is ended by its own pipe, so are the lone pipes before a cell after it (a
  // row's lone padding pipe stands before the next border). Cells on lines of their own between lone pipes
  // (名称 / `|` / 某项目 / `|`) are parted by those pipes, not bordered.
  if (closed === 0 && firstOpens && piped) return beforeContent >= 3;
  return opening >= 2 && opening * 2 >= closed;
}

/**
 * A lone `|` right after a padded line is the row's last, empty cell written on a line of its own
 * (tables with an empty last column): it belongs to the row above, which still ends there.
 */
function joinTrailingPipe(items: Item[]): void {
  for (let k = items.length - 1; k >= 1; k--) {
    const cur = items[k]!;
    const prev = items[k - 1]!;
    if (cur.kind !== 'pipe' || prev.kind !== 'pipe' || !prev.pipe.closed) continue;
    if (cur.pipe.cells.length !== 1 || cur.pipe.cells[0] !== '') continue;
    prev.pipe.cells.push('');
    items.splice(k, 1);
  }
}

/**
 * A line without pipes between two table lines, the second starting with `|`, is a cell whose text the
 * pipe on the next line ends: `(2019年度)` + `|` is the cell "(2019年度)".
 */
function joinLeadingText(items: Item[]): void {
  for (let k = items.length - 2; k >= 1; k--) {
    const cur = items[k]!;
    const prev = items[k - 1]!;
    const next = items[k + 1]!;
    if (cur.kind !== 'text' || prev.kind !== 'pipe' || next.kind !== 'pipe') continue;
    if (next.pipe.cells[0] !== '') continue;
    next.pipe.cells[0] = cur.text.trim();
    next.pipe.line = cur.line;
    items.splice(k, 1);
  }
}

/** Lone pipes a copy closes its cells with, at the least: fewer say nothing of its layout. */
const MIN_CLOSING_PIPES = 6;

/**
 * A copy that closes every cell with a pipe on a line of its own (`项目名称` / `|` / `某项目` / `|`, an empty cell
 * a `|` alone) writes a cell the page wrapped as its lines before that pipe: `财政供养人员` + `控制率` + `|` is the
 * one cell 财政供养人员控制率, `道路养护` + `专项经费` + `|` the one name. Such a copy has a lone pipe for about
 * every line of text (a wrapped cell takes a line or two more); a copy that opens each row with a lone pipe and
 * writes its cells a line each has one for a row's several cells, and its lines are cells of their own. Lines
 * before the table's first pipe, and a note between tables (附件2, a title ending in 表), are left alone.
 */
function joinLinesBeforeLonePipe(items: Item[]): void {
  const first = items.findIndex((it) => it.kind === 'pipe');
  if (first < 0) return;
  const after = items.slice(first);
  const closers = after.filter((it) => isLonePipe(it)).length;
  const lines = after.filter((it) => it.kind === 'text').length;
  if (closers < MIN_CLOSING_PIPES || closers * 2 < lines) return;
  for (let k = items.length - 1; k > first; k--) {
    const closer = items[k]!;
    if (!isLonePipe(closer) || closer.kind !== 'pipe') continue;
    let start = k;
    while (start - 1 > first && items[start - 1]!.kind === 'text') start--;
    const run = items.slice(start, k) as Array<Extract<Item, { kind: 'text' }>>;
    if (run.length < 2 || run.length > MAX_WRAPPED_LINES || items[start - 1]?.kind !== 'pipe') continue;
    if (run.some((t) => /^附件|表$/.test(t.text.trim()))) continue;
    closer.pipe.cells[0] = run.map((t) => t.text.trim()).join('\n');
    closer.pipe.line = run[0]!.line;
    items.splice(start, run.length);
    k = start;
  }
}

/** The most lines a wrapped cell's start may take before the line that ends it with its pipe. */
const MAX_WRAPPED_LINES = 8;
/** The longest line of a wrapped cell's start: a narrow column's width. */
const WRAPPED_LINE_LENGTH = 16;

/**
 * In a copy that writes one cell a line, each ended by its pipe (`项目名称 |`), a cell the page wrapped comes as
 * lines without a pipe before the line that ends it: `打造金安国际网球` + `公开赛等系列品牌赛事 |`, `绩` `效` `指` +
 * `标 |`. Inside the table (a pipe line before them) those lines are the start of that cell, one cell again.
 * Text after prose or before a line of several cells is left alone.
 */
function joinWrappedCells(items: Item[]): void {
  if (!cellPerLineCopy(items)) return;
  for (let k = 0; k < items.length; k++) {
    if (items[k]!.kind !== 'pipe') continue;
    let end = k + 1;
    while (end < items.length && end - k <= MAX_WRAPPED_LINES && items[end]!.kind === 'text') end++;
    const run = items.slice(k + 1, end) as Array<Extract<Item, { kind: 'text' }>>;
    const next = items[end];
    if (run.length === 0 || run.length > MAX_WRAPPED_LINES || next?.kind !== 'pipe') continue;
    const cells = next.pipe.cells;
    // A narrow column wraps its cell into short lines; a longer line, an attachment's number or a table's
    // title is a note between tables (附件2 / 2022年…绩效目标表 before 项目名称 |).
    const apart = (t: string) => t.length > WRAPPED_LINE_LENGTH || /^附件|表$/.test(t);
    if (cells.length !== 1 || cells[0] === '' || run.some((t) => apart(t.text.trim()))) continue;
    cells[0] = [...run.map((t) => t.text.trim()), cells[0]!].join('\n');
    next.pipe.line = run[0]!.line;
    items.splice(k + 1, run.length);
  }
}

/**
 * The widths of the rows of the text's tables: the cell count of closed lines, and of runs of open lines
 * ended by a closed one, that occur at least twice.
 */
function tableWidths(items: readonly Item[]): Set<number> {
  const counts = new Map<number, number>();
  let total = 0;
  let lines = 0;
  for (const item of items) {
    if (item.kind === 'break') {
      if (total >= 2 && lines <= MAX_CHAIN_LINES) counts.set(total, (counts.get(total) ?? 0) + 1);
      total = 0;
      lines = 0;
      continue;
    }
    if (item.kind !== 'pipe') {
      total = 0;
      lines = 0;
      continue;
    }
    total += item.pipe.cells.length;
    lines++;
    if (item.pipe.closed) {
      if (total >= 2 && lines <= MAX_CHAIN_LINES) counts.set(total, (counts.get(total) ?? 0) + 1);
      total = 0;
      lines = 0;
    }
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
}

/** Share of a table's lines that must have its commonest cell count for it to be a full grid. */
const GRID_SHARE = 0.8;

/**
 * A text whose tables are printed as full grids, a border pipe on both sides of every line
 * (`| 一级指标 | 二级指标 | 三级指标 |  |`) and each table's lines of one width: the convention of a
 * markdown table without its delimiter line. There a line that ends in a blank cell is a row with an empty
 * last column, not a web copy's padding (whose rows start with text and lack their merged cells), and the
 * first pipe is a border, not an empty first cell. A copy that drops merged cells has rows of many widths
 * and is left to the web-copy reading.
 */
function looksBordered(lines: readonly string[]): boolean {
  let tables = 0;
  let run: string[][] = [];
  const gridLike = (widths: number[]): boolean => {
    const counts = new Map<number, number>();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    const [width, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    return width >= 2 && n >= GRID_SHARE * widths.length;
  };
  const endRun = (): boolean => {
    const parts = gridTables(run);
    const ok =
      run.length < 2 || parts.every((part) => part.length < 2 || gridLike(part.map((l) => l.length)));
    if (run.length >= 2) tables++;
    run = [];
    return ok;
  };
  for (const line of lines) {
    const t = line.trim();
    if (!isPipeLine(t)) {
      if (!endRun()) return false;
      continue;
    }
    if (t.length < 2 || !t.startsWith('|') || !t.endsWith('|')) return false;
    run.push(splitPipeLine(t, true));
  }
  return endRun() && tables > 0;
}

/** Lines of one width, opened by a header, that make a table of their own where two grids meet without a gap. */
const MIN_GRID_LINES = 3;

/**
 * A run of grid lines cut into its tables: two tables printed one under the other (an indicator table, then
 * an attachment's list of other columns) meet without an empty line. A new table starts at a header — every
 * cell filled — of another width than the line before it, followed by lines of its width (MIN_GRID_LINES in
 * all); a ragged copy (merged cells dropped) has no such stretches and stays one run.
 */
function gridTables(run: readonly string[][]): string[][][] {
  const tables: string[][][] = [];
  let start = 0;
  for (let i = 1; i < run.length; i++) {
    const w = run[i]!.length;
    if (w === run[i - 1]!.length || !run[i]!.every((c) => c !== '')) continue;
    let n = 1;
    while (i + n < run.length && run[i + n]!.length === w) n++;
    if (n < MIN_GRID_LINES) continue;
    tables.push(run.slice(start, i));
    start = i;
  }
  tables.push(run.slice(start));
  return tables;
}

/** Reads `|`-separated text into rows: table rows for the pipe lines, paragraphs for the others. */
export function readPipeRows(lines: readonly string[]): Row[] {
  // A full grid is read as a markdown table is: each line a row, its cells between the border pipes.
  const markdown =
    lines.some((l) => MARKDOWN_DELIMITER.test(l.trim()) && l.includes('|')) || looksBordered(lines);
  const items = toItems(lines, markdown);
  const widths = markdown ? new Set<number>() : tableWidths(items);
  const maxWidth = Math.max(0, ...widths);
  const padClosesRow = !cellPerLineCopy(items);
  const rows: Row[] = [];
  // The width of the table being read, from its last complete row; null at the start of a table.
  let width: number | null = null;
  const budget = { left: items.length * JOIN_WORK_PER_LINE };
  // Merged cells left blank at a row's start belong to tables of levels (一级/二级/三级指标); a row of any
  // other table (a 三公 table, a 收支总表) lacks cells at its end.
  let levelled = false;
  // Empty cells after the header's last title (a blank column at the table's right edge): rows end before them.
  let trail = 0;
  // The header's 一级指标 / 二级指标 columns: a row that opens with a level name stands in its column, whatever
  // it lacks after it.
  let levelAt: LevelColumns = { level1: -1, level2: -1 };
  const tableRow = (cells: string[], line: number, padded: boolean): Row => {
    if (!levelled && cells.some((c) => LEVEL_HEADER.test(c.replace(/\s/g, '')))) {
      levelled = true;
      // A padded header lacks merged cells at its start; one written out to its edge may end in blank cells.
      // A header under a band or ending in one lacks them at its end instead (bandedHeader).
      const banded = padded && bandedHeader(cells, rows.at(-1));
      trail = padded ? 0 : cells.length - ownLength(cells);
      const at = (name: string) => cells.findIndex((c) => c.replace(/\s/g, '') === name);
      const header = paddedRow(cells, line, padded && !banded, 0);
      // Rows are placed by their level or name under a header that stands where it was written, or that opens
      // at its 一级指标 and was moved right by its padding (the padding of a table narrower than the form: no
      // column of its own stands left of its levels). One that opens with another heading (绩 效 指 标) and
      // was moved has a column merged down beside it, whose rows the indicator reader lines up itself.
      const opening = cells.findIndex((c) => c !== '');
      const shift = Math.max(0, header.cells.findIndex((c) => c !== '') - opening);
      const opensAtLevels = cells[opening]?.replace(/\s/g, '') === '一级指标';
      const moved = (k: number) => (k < 0 ? k : k + shift);
      levelAt = {
        level1: moved(at('一级指标')),
        level2: moved(at('二级指标')),
        name: moved(cells.findIndex((c) => indicatorColumnOf(c) === 'name')),
        placed: shift === 0 || opensAtLevels,
      };
      return header;
    }
    return paddedRow(cells, line, padded && levelled, trail, levelAt);
  };
  const cut = markdown ? -1 : cutLastCell(items);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'text') {
      if (i === cut) rows.push({ cells: [item.text.trim()], table: true, line: item.line });
      else rows.push({ cells: [item.text], table: false, line: item.line });
      continue;
    }
    if (item.kind !== 'pipe') continue;
    const first = item.pipe;
    const before = items[i - 1];
    const startsTable = before === undefined || (before.kind !== 'pipe' && before.kind !== 'break');
    if (first.closed || markdown) {
      rows.push(tableRow(first.cells, first.line, first.closed));
      // A line of bare padding is what is left of a row that was not put together: its count is no width.
      if (first.cells.length >= 2 && first.cells.some((c) => c !== '')) width = first.cells.length;
      continue;
    }
    // Where no row has given the table's width yet, any width the text's tables have may complete one.
    const end =
      budget.left > 0
        ? chainEnd(
            items,
            i,
            width,
            startsTable || width === null ? widths : null,
            maxWidth,
            budget,
            padClosesRow,
          )
        : null;
    if (end === null) {
      rows.push(tableRow(first.cells, first.line, false));
      continue;
    }
    const cells: string[] = [];
    for (let k = i; k <= end; k++) {
      const part = items[k]!;
      if (part.kind === 'pipe') cells.push(...part.pipe.cells);
    }
    const last = items[end]!;
    rows.push(tableRow(cells, first.line, last.kind === 'pipe' && last.pipe.closed));
    // A row its bare padding closed gives no width: how many pipes pad it is the copy's, not the table's.
    const padded = last.kind === 'pipe' && last.pipe.cells.every((c) => c === '') && end - i >= 2;
    if (!padded || width === null) width = cells.length;
    i = end;
  }
  return rows;
}

/**
 * The index of the text's last line when it is a cell the copy cut off before its pipe: a line without pipes
 * that ends the text right after a complete (padded) table row. Every cell of such a copy ends in a pipe, so
 * it is not the wrapped end of the row above (whose cells are closed) but the start of the next row; -1
 * otherwise (a note or paragraph after the table is followed by more text or stands after prose).
 */
function cutLastCell(items: readonly Item[]): number {
  let last = items.length - 1;
  while (last >= 0 && items[last]!.kind === 'blank') last--;
  const item = items[last];
  const before = items[last - 1];
  if (item?.kind !== 'text' || before?.kind !== 'pipe' || !before.pipe.closed) return -1;
  return last;
}

/**
 * Where the row that starts with the open line items[start] ends, when the lines after it complete it:
 * their cells add up to the table's width (the last row's, or at the start of a table one of the widths
 * the text's tables have) at a closed line, or at an open line when the last row's width is known.
 */
function chainEnd(
  items: readonly Item[],
  start: number,
  width: number | null,
  startWidths: ReadonlySet<number> | null,
  maxWidth: number,
  budget: { left: number },
  padClosesRow: boolean,
): number | null {
  const first = items[start]!;
  if (first.kind !== 'pipe') return null;
  // Up to the next border (rows opened by a lone pipe) or padding, the lines are one row, whatever its width.
  for (let k = start + 1; k < items.length && k - start < MAX_CHAIN_LINES; k++) {
    budget.left--;
    const item = items[k]!;
    if (item.kind === 'break') return k - 1 > start ? k - 1 : null;
    if (item.kind !== 'pipe') break;
    if (item.pipe.closed) {
      if (items[k + 1]?.kind === 'break') return k;
      // A run of cells one a line ended by a line of bare padding (`18 |`, `|`, `||||||`): the padding closes
      // the row those lines hold, however many cells the last row had (where other lines hold rows of cells).
      if (
        padClosesRow &&
        k - start >= 2 &&
        item.pipe.cells.every((c) => c === '') &&
        oneCellLines(items, start, k)
      )
        return k;
      break;
    }
  }
  let total = first.pipe.cells.length;
  const limit = Math.max(width ?? 0, startWidths ? maxWidth : 0);
  if (total >= limit) return null;
  for (let k = start + 1; k < items.length && k - start < MAX_CHAIN_LINES; k++) {
    budget.left--;
    const item = items[k]!;
    if (item.kind !== 'pipe') return null;
    total += item.pipe.cells.length;
    if (total > limit) return null;
    const fits = total === width || (startWidths?.has(total) ?? false);
    if (item.pipe.closed) return fits ? k : null;
    if (total === width) return k;
  }
  return null;
}

/**
 * No line of the copy holds two cells with text: every cell stands on a line of its own (a copy of a cell a
 * line, with `|` lines where rows end). Its padding lines are no row ends of their own: the cell-per-line
 * reading puts its rows together from the cells' words.
 */
function cellPerLineCopy(items: readonly Item[]): boolean {
  return items.every((it) => it.kind !== 'pipe' || it.pipe.cells.filter((c) => c.trim() !== '').length <= 1);
}

/**
 * Every line from start up to (not including) end holds one cell with text, the last one maybe empty: the
 * layout of a cell per line. An empty cell inside the run may end a row of its own (a blank last column).
 */
function oneCellLines(items: readonly Item[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const item = items[k]!;
    if (item.kind !== 'pipe' || item.pipe.cells.length !== 1) return false;
    if (item.pipe.cells[0] === '' && k < end - 1) return false;
  }
  return true;
}

/**
 * A padded row's cells. The padding says how many grid cells the row lacks, not where: the columns merged
 * down from above (一级, 二级 …) at its start, or a merge to its right edge. In a table of levels the row is
 * put against the right edge, its missing cells blank at its start, where the recognisers fill merged
 * levels down and where a value column lines up with the header's last column; elsewhere as written.
 */
const LEVEL_HEADER = /^[一二三]级指标$/;

/**
 * A header row of a band whose padding stands at its end, not for merged cells at its start: its last heading
 * is the band over the 指标值's parts printed in the row under it (一级指标 | 二级指标 | 三级指标 | 年度指标值 |
 * `||`, 年度指标值 spanning 指标性质 / 指标值 / 度量单位), or it is the row of levels under the row that opened
 * with the band over them (绩效指标 | 年度指标值 | 实际完成值 … over 一级指标 | 二级指标 | 三级指标 | `|||`, the
 * other headings merged down from the row above to the table's edge).
 */
function bandedHeader(cells: readonly string[], above: Row | undefined): boolean {
  const own = ownLength(cells);
  if (cells.length - own < 2 || cells[0] === '') return false;
  if (indicatorColumnOf(cells[own - 1]!) === 'target') return true;
  const first = above?.table ? above.cells.find((c) => c !== '') : undefined;
  return (
    first !== undefined &&
    indicatorColumnOf(first) === 'section' &&
    cells.slice(0, own).every((c) => ['level1', 'level2', 'name'].includes(indicatorColumnOf(c) ?? ''))
  );
}

/** The cells up to the last one with text. */
function ownLength(cells: readonly string[]): number {
  let own = cells.length;
  while (own > 0 && cells[own - 1] === '') own--;
  return own;
}

interface LevelColumns {
  level1: number;
  level2: number;
  /** The 三级指标 / 指标名称 column, -1 when the header names none. */
  name?: number;
  /** The header stands where it was written (not moved right by its padding): rows may be placed by it. */
  placed?: boolean;
}

/**
 * Where a padded row of indicators starts, by what it opens with, when its padding cannot say (it stands for the
 * levels merged from above at its start and for blank cells at its end alike): a 一级 or 二级 name in its
 * level's column, a name (text that is no level, figure or comparator) in the name column. -1 where the header
 * gave no such column (the row then keeps to the right edge).
 */
function rowStart(cells: readonly string[], first: number, own: number, at: LevelColumns): number {
  if (first !== 0 || own === 0 || !at.placed) return -1;
  const cell = cells[0]!;
  if (isLevelCell(cell)) return levelColumn(cell, at, cells[1]);
  const name = at.name ?? -1;
  const key = cell.replace(/\s/g, '');
  // A heading's word (完成率, 备注) opening a row of values and no other heading is an indicator's name.
  const heading = (c: string) => indicatorColumnOf(c.replace(/\s/g, '')) !== null;
  const named =
    /\p{Script=Han}/u.test(key) && !OP_WORD.test(key) && !(heading(key) && cells.slice(1, own).some(heading));
  return name >= 0 && named ? name : -1;
}

/** A 指标性质 cell's word (定性, 正向 …): no name; nor is a heading (计算符号 under a band). */
const OP_WORD = /^(?:定性|定量|正向|反向|正向指标|反向指标)$/;

/**
 * The header column of a level name, or -1. A name that is both a 一级 and a 二级 name (成本指标, 满意度指标) is told
 * by the cell after it: a 二级 name after it makes it the 一级; an indicator's name makes it the 二级 (a row that
 * opens a 一级 opens its 二级 too).
 */
function levelColumn(cell: string, at: LevelColumns, next?: string): number {
  const key = cell.replace(/\s/g, '');
  const one = isLevel1Name(key);
  const two = isLevel2Name(key);
  if (one !== two) return one ? at.level1 : at.level2;
  if (!one || next === undefined) return -1;
  const after = next.replace(/\s/g, '');
  if (isLevel2Name(after) && !isLevel1Name(after)) return at.level1;
  const named = /\p{Script=Han}/u.test(after) && !isLevelCell(after) && indicatorColumnOf(after) === null;
  return named ? at.level2 : -1;
}

const isLevelCell = (cell: string) => {
  const key = cell.replace(/\s/g, '');
  return isLevel1Name(key) || isLevel2Name(key);
};

function paddedRow(
  cells: string[],
  line: number,
  padded: boolean,
  trail: number,
  levelAt: LevelColumns = { level1: -1, level2: -1 },
): Row {
  let out = cells.slice(0, MAX_CELLS);
  if (padded) {
    const own = ownLength(out);
    // 效益指标 | 经济效益指标 | | | ||: a row of level names only (an empty 二级 slot) lacks nothing at its start
    // but the columns before its level's; put against the right edge it would stand under 指标值 and lose its
    // level. (A row with an indicator in it keeps to the padding: templates differ in which level a name is.)
    const first = out.findIndex((c) => c !== '');
    const column = first >= 0 ? levelColumn(out[first]!, levelAt) : -1;
    const levelsOnly = out.slice(first, own).every((c) => c === '' || isLevelCell(c));
    if (levelsOnly && column > first && column + own - first <= out.length) {
      const mine = out.slice(first, own);
      out = [
        ...new Array<string>(column).fill(''),
        ...mine,
        ...new Array<string>(out.length - column - mine.length).fill(''),
      ];
      return { cells: out, table: true, line };
    }
    const end = out.length - (own + trail <= out.length ? trail : 0);
    const at = rowStart(out, first, own, levelAt);
    if (at >= 0 && first === 0 && own < end && at !== end - own && at + own <= out.length)
      return {
        cells: [
          ...new Array<string>(at).fill(''),
          ...out.slice(0, own),
          ...new Array<string>(out.length - at - own).fill(''),
        ],
        table: true,
        line,
      };
    if (own > 0 && own < end)
      out = [
        ...new Array<string>(end - own).fill(''),
        ...out.slice(0, own),
        ...new Array<string>(out.length - end).fill(''),
      ];
  }
  return { cells: out, table: true, line };
}
