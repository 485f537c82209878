// The text layouts that copying a table out of a web page, a PDF viewer or a Word file gives, written from a
// table's cells: shared by scripts/corpus-cell-lines.ts (formats/*.cells.txt, *.spaced.txt, streams/) and the
// template variants (variants.ts), so each layout is written once. Test data, not product code.
import { levelLabel } from '../../src/recognize/evaluation-cells.ts';
import { indicatorColumnOf } from '../../src/recognize/evaluation-lexicon.ts';

/** A row as a reader gives it: its cells ('' where a cell is empty or merged from another), and whether it is a table row. */
export interface LayoutRow {
  cells: string[];
  table: boolean;
}

const flat = (c: string) => c.replace(/\s+/g, ' ').trim();

/**
 * One cell per line, as a web page copy writes a table: each row opened by a lone `|` (its left border), each
 * cell on its own line ending in ` |`, the cells a row lacks (merged from above, blank at its end) as one
 * line of bare pipes. With `blank`, an empty line between lines (a copy that keeps each cell's paragraph).
 */
export function cellLines(rows: readonly LayoutRow[], blank = false): string[] {
  const out: string[] = [];
  for (const row of rows) {
    if (!row.table) {
      out.push(row.cells.join(' '));
      continue;
    }
    let from = 0;
    while (from < row.cells.length && row.cells[from] === '') from++;
    let own = row.cells.length;
    while (own > from && row.cells[own - 1] === '') own--;
    out.push('|');
    for (const cell of row.cells.slice(from, own)) out.push(cell === '' ? '|' : `${cell} |`);
    const lacking = row.cells.length - (own - from);
    if (lacking > 0) out.push('|'.repeat(lacking));
  }
  return blank ? out.flatMap((l) => [l, '']) : out;
}

/**
 * Each row on a line, its cells apart by `gap`, as text copied from a PDF viewer: cells merged from above
 * (blank at a row's start) as indentation, inner empty cells gone.
 */
export function spacedLines(rows: readonly LayoutRow[], gap = '    '): string[] {
  return rows.map((row) => {
    if (!row.table) return row.cells.join(' ');
    let from = 0;
    while (from < row.cells.length && row.cells[from] === '') from++;
    const cells = row.cells.slice(from).map(flat);
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return ' '.repeat(from * 4) + cells.filter((c) => c !== '').join(gap);
  });
}

/** A text's width on a fixed-pitch page: a CJK or full-width character takes two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffef]/u.test(ch) ? 2 : 1;
  return w;
}

/**
 * Each row on a line with its cells padded with spaces to their column's width (pdftotext -layout, a
 * fixed-pitch print): empty cells stay as blank columns, so every cell starts where its column starts.
 */
export function paddedLines(rows: readonly LayoutRow[], minGap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows)
    if (row.table) row.cells.forEach((c, k) => (widths[k] = Math.max(widths[k] ?? 0, displayWidth(flat(c)))));
  return rows.map((row) => {
    if (!row.table) return row.cells.join(' ');
    const cells = row.cells.map(flat);
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells
      .map((c, k) => (k === cells.length - 1 ? c : c + ' '.repeat(widths[k]! - displayWidth(c) + minGap)))
      .join('')
      .trimEnd();
  });
}

/**
 * A markdown table: every row `| a | b |` with the table's full width, a `|---|` separator under the first
 * table row (markdown's header), the page lines before it as they are.
 */
export function markdownLines(rows: readonly LayoutRow[]): string[] {
  const out: string[] = [];
  let first = true;
  for (const row of rows) {
    if (!row.table) {
      out.push(row.cells.join(' '));
      continue;
    }
    out.push(`| ${row.cells.map(flat).join(' | ')} |`);
    if (first) out.push(`|${row.cells.map(() => '---').join('|')}|`);
    first = false;
  }
  return out;
}

/** Every filled cell on a line of its own, without borders (with `blank`, an empty line between). */
export function bareLines(rows: readonly LayoutRow[], blank = false): string[] {
  const cells = rows.flatMap((r) => r.cells.map(flat).filter((c) => c !== ''));
  return blank ? cells.flatMap((c) => [c, '']).slice(0, -1) : cells;
}

/**
 * The cells of every row run together without a gap, the whole form one stream; with `wrap` a line per
 * `wrap` columns (a CJK character two), cut wherever the width runs out, even inside a word or a number.
 */
export function joinedLines(rows: readonly LayoutRow[], wrap = 0): string[] {
  const stream = rows.map((r) => r.cells.map((c) => c.replace(/\s+/g, '')).join('')).join('');
  const lines: string[] = [''];
  let width = 0;
  for (const ch of stream) {
    const w = displayWidth(ch);
    if (wrap > 0 && width + w > wrap) {
      lines.push('');
      width = 0;
    }
    lines[lines.length - 1] += ch;
    width += w;
  }
  return lines;
}

export interface PagedOptions {
  /** Rows on a line (space-aligned) rather than a cell per line. */
  spaced: boolean;
  /** Between a spaced row's cells. */
  gap: string;
  /** Lines per page. */
  pageLength: number;
}

/**
 * As a Word or PDF copy of a printed table gives it: header words broken after their first two characters
 * (一级 / 指标), a 一级's points on a line of their own (产出指标 / (50分); spaced, its name too: 产出 / 指标 /
 * (50分)), the cells a row leaves empty gone without indentation, and a page number on a line of its own
 * every pageLength lines (— 3 —, 3, 第 3 页 in turn), cutting a long cell in two where it falls on one.
 */
export function pagedLines(rows: readonly LayoutRow[], o: PagedOptions): string[] {
  return paginate(
    rows.flatMap((r) => rowLines(r.cells, r.table, o)),
    o,
  );
}

/** A header word broken after its first two characters, a 一级's points apart (and its name, when spaced). */
function brokenCell(cell: string, spaced: boolean): string[] {
  const text = flat(cell);
  const level = levelLabel(text);
  if (level?.level === 1 && !level.alsoLevel2) {
    const points = /[（(]\d+(\.\d+)?分[)）]$/.exec(text)?.[0];
    const name = points ? text.slice(0, -points.length) : text;
    const parts = spaced && name.length >= 4 ? [name.slice(0, 2), name.slice(2)] : [name];
    return points ? [...parts, points] : parts;
  }
  if (indicatorColumnOf(text) !== null && text.length >= 4 && !/\s/.test(text))
    return [text.slice(0, 2), text.slice(2)];
  return [text];
}

/** A row's lines: one per filled cell; spaced, the row on one line after the lines of its broken 一级. */
function rowLines(cells: string[], table: boolean, o: PagedOptions): string[] {
  const filled = cells.map(flat).filter((c) => c !== '');
  if (!o.spaced || !table) return filled.flatMap((c) => brokenCell(c, o.spaced));
  const lead =
    filled.length > 1 && levelLabel(filled[0]!)?.level === 1 ? brokenCell(filled.shift()!, true) : [];
  // A 一级 broken over lines stands on lines of its own before the row; one left whole opens the row.
  const opening = lead.length === 1 ? lead : [];
  return [...(lead.length > 1 ? lead : []), [...opening, ...filled].join(o.gap)];
}

/**
 * A page number every pageLength lines; one falling on a long line cuts it in two: a cell per line inside
 * the cell, a spaced row at its middle gap.
 */
function paginate(lines: string[], o: PagedOptions): string[] {
  const out: string[] = [];
  let page = 1;
  lines.forEach((line, k) => {
    if (k === 0 || k % o.pageLength !== 0) return void out.push(line);
    const mark = [`— ${page} —`, `${page}`, `第 ${page} 页`][page % 3]!;
    page++;
    const gaps = [...line.matchAll(new RegExp(o.gap, 'g'))].map((m) => m.index);
    const cut = o.spaced
      ? gaps[Math.floor(gaps.length / 2)]
      : [...line].length >= 8
        ? Math.floor(line.length / 2)
        : undefined;
    if (cut !== undefined && cut > 0 && !/^# source/.test(line))
      out.push(line.slice(0, cut).trimEnd(), mark, line.slice(cut).trimStart());
    else out.push(mark, line);
  });
  return out;
}

/**
 * The rows under the indicator header with their names numbered per 二级 (指标1：…) and a filler row (指标N：)
 * closing each 二级's rows. A row's name is its first filled cell that is neither a level nor a figure.
 */
export function numberRows(input: readonly LayoutRow[]): LayoutRow[] {
  const out: LayoutRow[] = [];
  let inTable = false;
  let n = 0;
  const filler = () => {
    if (n > 0) out.push({ cells: [`指标${n + 1}:`], table: true });
    n = 0;
  };
  for (const row of input) {
    const filled = row.cells.filter((c) => c.trim() !== '');
    if (!inTable) {
      inTable =
        filled.filter((c) => indicatorColumnOf(c) === 'name' || indicatorColumnOf(c) === 'level2').length >
          0 && filled.every((c) => indicatorColumnOf(c) !== null);
      out.push(row);
      continue;
    }
    const at = row.cells.findIndex(
      (c) => c.trim() !== '' && levelLabel(c) === null && !/^[\d.%≥≤=<>≧≦═＝\s-]+$/.test(c.trim()),
    );
    const levels = row.cells
      .slice(0, Math.max(at, 0))
      .filter((c) => c.trim() !== '' && levelLabel(c) !== null);
    if (
      levels.some((c) => levelLabel(c)!.alsoLevel2 || levelLabel(c)!.level === 2) ||
      (at < 0 && filled.some((c) => levelLabel(c) !== null))
    )
      filler();
    if (
      at < 0 ||
      !row.table ||
      filled.length < 2 ||
      /^(总分|合计|其他需要说明|说明|注)/.test(row.cells[at]!.trim())
    ) {
      if (/^(总分|合计)/.test(filled[0] ?? '')) {
        filler();
        inTable = false;
      }
      out.push(row);
      continue;
    }
    n++;
    out.push({ ...row, cells: row.cells.map((c, k) => (k === at ? `指标${n}:${c.trim()}` : c)) });
  }
  return out;
}
