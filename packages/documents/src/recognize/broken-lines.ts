// Lines a Word or PDF copy of a printed table breaks apart, put back before the rows are read: page numbers
// between two halves of a table (— 3 —, 第 3 页, a bare 3 that continues their count) are dropped and the
// halves of a cell or row they cut are joined again; a heading broken over lines (一级 / 指标, 年度 / 指标值)
// and a 一级 broken over lines (产出 / 指标 / (50分)) become one cell again.
import type { Row } from '../rows/row.ts';
import { isBlankCell } from '../rows/clean-cell.ts';
import { levelLabel } from './evaluation-cells.ts';
import { budgetColumnOf } from './evaluation-budget-labels.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';
import { isValueShaped, kindOfLabel } from './tokenize.ts';
import { barePageLines, rowCutAt } from './bare-page-numbers.ts';

const filled = (r: Row) => r.cells.map((c) => c.trim()).filter((c) => !isBlankCell(c));
/** The one text of a row holding one filled cell, or null (asked of every row: no arrays built). */
function lone(r: Row | undefined): string | null {
  if (!r) return null;
  let only: string | null = null;
  for (const c of r.cells) {
    const t = c.trim();
    if (isBlankCell(t)) continue;
    if (only !== null) return null;
    only = t;
  }
  return only;
}

/** lone() of a row, for Array.map (which would hand lone an index as a second argument it does not take). */
const loneOf = (r: Row): string | null => lone(r);

const PAGE_MARK = /[—－\-–─第]/;

/** The page a line numbers unmistakably (— 3 —, - 3 -, 第 3 页, 第3页 共5页), or null. */
export function markedPage(text: string): number | null {
  // Asked of every lone line: without a dash or 第 none of the patterns can match.
  if (!PAGE_MARK.test(text)) return null;
  const t = text.replace(/\s+/g, '');
  const m =
    /^[—－\-–─]+(\d{1,3})[—－\-–─]+$/.exec(t) ??
    /^第(\d{1,3})页(?:[,，]?共\d{1,3}页)?$/.exec(t) ??
    // -- 3 of 29 --: the mark a PDF's text extraction (pdf-parse) writes between its pages (fresh/643's sister copy).
    /^-{2,}(\d{1,3})of\d{1,3}-{2,}$/i.exec(t);
  return m ? Number(m[1]) : null;
}

/** -- PAGE_BREAK --: a page mark an extraction wrote without the page's number (fresh/643). */
export function isUnnumberedPageMark(text: string): boolean {
  return /^-{2,}\s*PAGE[_ ]?BREAK\s*-{2,}$/i.test(text.trim());
}

/**
 * Lines that are page numbers: the marked ones, and a bare number standing for the page before or after a
 * marked one where that page would end (pages are about as long as each other: page n ends near n/m of the
 * way to page m's mark). A bare 3 anywhere else is as likely a value.
 */
function pageLines(lones: ReadonlyArray<string | null>): Set<number> {
  const marked = new Map<number, number>();
  lones.forEach((t, k) => {
    const page = markedPage(t ?? '');
    if (page !== null && page > 0) marked.set(page, k);
  });
  const out = new Set(marked.values());
  lones.forEach((t, k) => {
    if (t !== null && t.startsWith('-') && isUnnumberedPageMark(t)) out.add(k);
  });
  if (marked.size === 0) return out;
  const best = new Map<number, { at: number; off: number }>();
  lones.forEach((t, k) => {
    if (t === null || !/^\d{1,3}$/.test(t)) return;
    const n = Number(t);
    for (const m of [n - 1, n + 1]) {
      const at = marked.get(m);
      if (at === undefined || marked.has(n)) continue;
      const length = (at + 1) / m;
      const off = Math.abs(k + 1 - length * n);
      if (off <= length / 2 && off < (best.get(n)?.off ?? Infinity)) best.set(n, { at: k, off });
    }
  });
  for (const { at } of best.values()) out.add(at);
  return out;
}

/** A marked page number (— 3 —, 第 3 页) written at the start of a line before the row that follows it. */
const LEADING_PAGE = /^\s*(?:[—－\-–─]+\s*\d{1,3}\s*[—－\-–─]+|第\s*\d{1,3}\s*页)\s*/;

/** The row without a marked page number at its start (a cell of its own, or the start of its first cell). */
function withoutLeadingPage(row: Row): Row {
  const at = row.cells.findIndex((c) => !isBlankCell(c));
  if (at < 0) return row;
  const cell = row.cells[at]!;
  // Most rows start with no page number: the pattern first, the count of filled cells only when it matches.
  const m = LEADING_PAGE.exec(cell);
  if (!m || (filled(row).length < 2 && markedPage(cell) !== null)) return row;
  const rest = cell.slice(m[0].length);
  // — 3 — alone in the first cell: the cell goes; before text in it: the text stays.
  const cells =
    rest.trim() === ''
      ? row.cells.filter((_, k) => k !== at)
      : row.cells.map((c, k) => (k === at ? rest : c));
  return { ...row, cells };
}

/** A text that is part of a cell, not a value, a heading or a level of its own. */
function isFragment(text: string | null): text is string {
  return (
    text !== null &&
    !isValueShaped(text) &&
    levelLabel(text) === null &&
    indicatorColumnOf(text) === null &&
    budgetColumnOf(text) === null
  );
}

const isValue = (text: string | null) => text !== null && isValueShaped(text);

/**
 * The two rows around a page number, joined when the break cut one thing in two: a cell's text (a name cut
 * between a row's start and its values) or a row whose values went to the next page.
 */
function joinAcross(
  before: Row,
  after: Row,
  beforeThat: Row | undefined,
  afterThat: Row | undefined,
): Row | null {
  const a = lone(before);
  const b = lone(after);
  if (a !== null && b !== null) {
    // 按期完 | 3 | 工率 | 100%: the name runs on after the page number, its values follow.
    const opensRow =
      beforeThat === undefined || isValue(lone(beforeThat)) || levelLabel(lone(beforeThat) ?? '') !== null;
    return isFragment(a) && isFragment(b) && opensRow && isValue(lone(afterThat))
      ? { ...before, cells: [a + b] }
      : null;
  }
  const left = filled(before);
  const right = filled(after);
  // 数量指标 | 工程质量合格率 — 3 — 100% | 100% | 10: the row's values on the next page.
  if (before.table && after.table && left.length >= 1 && !isValue(left.at(-1)!) && isValue(right[0]!))
    return { ...before, cells: [...left, ...right] };
  return null;
}

/** A piece of a label a merged cell's narrow column broke over lines: a few characters, none of them digits. */
const LABEL_PIECE = /^\p{Script=Han}{1,4}$/u;

/**
 * 年度 / 总体 / 目标: a form's field label written down a tall merged cell, one piece a line. The whole run of
 * such pieces must make the label (年度 / 预算 / 安排 is no label, though 年度预算 is).
 */
function brokenLabel(lones: ReadonlyArray<string | null>, k: number): { text: string; count: number } | null {
  let text = '';
  let n = 0;
  while (n < 6 && k + n < lones.length) {
    const piece = lones[k + n]!;
    if (piece === null || !LABEL_PIECE.test(piece)) break;
    text += piece;
    n++;
  }
  return n >= 2 && kindOfLabel(text) === 'label' ? { text, count: n } : null;
}

/** Consecutive lone texts that together make a heading or a 一级 (with its points): their count, or 0. */
function brokenWord(lones: ReadonlyArray<string | null>, k: number): { text: string; count: number } | null {
  // Both readings start from a row of one text: most rows (table rows) are turned away here, once.
  const first = lones[k]!;
  if (first === null) return null;
  const label = brokenLabel(lones, k);
  if (label) return label;
  if (first.length > 6 || isValueShaped(first)) return null;
  // A heading's first part is not one itself (年度 / 指标值, not 分值 / 得分): asked of it once, not at each length.
  const firstHeads = indicatorColumnOf(first) !== null || budgetColumnOf(first) !== null;
  let text = first;
  for (let n = 2; n <= 4 && k + n - 1 < lones.length; n++) {
    const next = lones[k + n - 1]!;
    if (next === null || next.length > 12) return null;
    text += next;
    if (!firstHeads && (indicatorColumnOf(text) !== null || budgetColumnOf(text) !== null))
      return { text, count: n };
    // A 一级 whose parts are not levels of their own (产出 / 指标 / (50分), 产出指标 / (50分)).
    if (levelLabel(text)?.level === 1 && levelLabel(next) === null) {
      // 产出 / 指标 / (50分): the points on the line after the name.
      const points = lones[k + n] ?? null;
      return points !== null && /^[（(]\d+(\.\d+)?分[)）]$/.test(points) && !/分/.test(next)
        ? { text: text + points, count: n + 1 }
        : { text, count: n };
    }
  }
  return null;
}

/** The rows with page numbers dropped and broken cells, rows and headings joined again. */
export function joinBrokenLines(input: readonly Row[]): Row[] {
  const rows = input.map(withoutLeadingPage);
  // Each row's one text, worked out once for the page numbers and the broken words (asked of every row).
  const lones = rows.map(loneOf);
  const marked = pageLines(lones);
  // No marked page to count from: bare numbers by their place alone (bare-page-numbers.ts).
  const pages = marked.size > 0 ? marked : barePageLines(rows, lones);
  const kept = pages.size === 0 ? rows : [];
  if (pages.size > 0) {
    for (let k = 0; k < rows.length; k++) {
      if (!pages.has(k)) {
        kept.push(rows[k]!);
        continue;
      }
      const before = kept.at(-1);
      const after = rows[k + 1];
      if (!before || !after || pages.has(k + 1)) continue;
      // A row cut in two where the shapes of the rows around tell it (5 / — 3 — / ③ among 5 ② rows).
      const joined =
        joinAcross(before, after, kept.at(-2), rows[k + 2]) ??
        (before === rows[k - 1] ? rowCutAt(rows, k) : null);
      if (joined) {
        kept[kept.length - 1] = joined;
        k++;
      }
    }
  }
  const keptLones = pages.size === 0 ? lones : kept.map(loneOf);
  // Copied only from the first broken word on: rows without one come back as the pages left them.
  let out: Row[] | null = null;
  for (let k = 0; k < kept.length; k++) {
    const word = brokenWord(keptLones, k);
    if (word) {
      // A table's cell broken over lines is still a cell of the table around it.
      const table = kept[k]!.table || kept[k - 1]?.table === true || kept[k + word.count]?.table === true;
      out ??= kept.slice(0, k);
      out.push({ ...kept[k]!, cells: [word.text], table });
      k += word.count - 1;
    } else out?.push(kept[k]!);
  }
  return out ?? kept;
}
