// Indicator tables (绩效指标表) on a layout grid: 目标名称 | 一级 | 二级 | 三级 | 指标值… | 确定依据 [| 指标分类],
// with the goal, 一级 and 二级 cells merged down over the rows that share them, as on paper.
import { frameworks, type EmptyLevel2, type Indicator, type Term } from '@jixiao/core';
import { cell, type LayoutCell } from './layout.ts';

/** The history labels (前年, 上年, 2022 …) used by a set of indicators, in the order first seen (years sorted). */
export function historyLabels(indicators: Indicator[]): string[] {
  const seen: string[] = [];
  for (const i of indicators)
    for (const k of Object.keys(i.history ?? {})) if (!seen.includes(k)) seen.push(k);
  const years = seen.filter((k) => /^\d{4}$/.test(k)).sort();
  const words = seen.filter((k) => !/^\d{4}$/.test(k));
  const order = ['前年', '上年'];
  words.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  return [...words, ...years];
}

export interface IndicatorGrid {
  /** Columns of history values between 三级指标 and the target (the grid's width includes them). */
  history: string[];
  /** Whether a 指标分类 column follows the basis (department forms). */
  category: boolean;
  /** Total grid width. */
  width: number;
}

/** Width of an indicator grid: goal, 一级, 二级, 三级, history…, target, basis [, category]. */
export function indicatorGrid(history: string[], category: boolean): IndicatorGrid {
  return { history, category, width: 6 + history.length + (category ? 1 : 0) };
}

/**
 * The header row. `first` is the goal column's header (目标名称, or 长期绩效指标 spanning down the table
 * in the department form). A table whose indicators carry no history writes one 指标值 spanning the
 * history columns.
 */
export function indicatorHeader(grid: IndicatorGrid, first: LayoutCell, withHistory: boolean): LayoutCell[] {
  const row: LayoutCell[] = [first, header(1, '一级指标'), header(2, '二级指标'), header(3, '三级指标')];
  let col = 4;
  if (withHistory) {
    for (const h of grid.history) row.push(header(col++, `指标值（${/^\d{4}$/.test(h) ? `${h}年` : h}）`));
    row.push(header(col++, '指标值（预计当年实现）'));
  } else {
    row.push(cell(col, '指标值', { colSpan: grid.history.length + 1, style: 'header' }));
    col += grid.history.length + 1;
  }
  row.push(header(col++, '指标值确定依据'));
  if (grid.category) row.push(header(col, '指标分类'));
  return row;
}

function header(col: number, text: string): LayoutCell {
  return cell(col, text, { style: 'header' });
}

/** A row of the table: an indicator, or an empty 二级 slot of the template. */
type Line = { indicator: Indicator } | { slot: EmptyLevel2 };

const goalOf = (l: Line) => ('indicator' in l ? l.indicator.goal : l.slot.goal);
const level1Of = (l: Line) => ('indicator' in l ? l.indicator.level1 : l.slot.level1);
const level2Of = (l: Line) => ('indicator' in l ? l.indicator.level2 : l.slot.level2);

/**
 * Indicators of one table with the empty 二级 slots put where the template has them: before the first
 * row of the same 一级 whose 二级 comes later in the indicator framework, else after the 一级's last row.
 * Indicators keep their order.
 */
export function tableLines(indicators: Indicator[], slots: EmptyLevel2[]): Line[] {
  const lines: Line[] = indicators.map((indicator) => ({ indicator }));
  for (const slot of slots) {
    const rank = level2Rank(slot.level2);
    let before = -1;
    let last = -1;
    lines.forEach((l, k) => {
      if (goalOf(l) !== slot.goal || level1Of(l) !== slot.level1) return;
      last = k;
      if (before < 0 && level2Rank(level2Of(l)) > rank) before = k;
    });
    if (last < 0) lines.forEach((l, k) => (goalOf(l) === slot.goal ? (last = k) : undefined));
    const at = before >= 0 ? before : last < 0 ? lines.length : last + 1;
    lines.splice(at, 0, { slot });
  }
  return lines;
}

/** Position of a 二级 name in the first framework that lists it (unknown names last). */
function level2Rank(name: string | null): number {
  if (!name) return 999;
  for (const fw of frameworks) {
    for (const l1 of fw.level1) {
      const k = l1.level2.findIndex((l2) => l2.name === name);
      if (k >= 0) return k;
    }
  }
  return 999;
}

/**
 * How many rows each row's merged cell covers (0: covered by the cell above): a cell merges over the
 * consecutive rows with the same key. Nested levels merge only inside the run above them — put the level
 * above in the key. The one rule behind every merged 目标/一级/二级 cell of the exported tables.
 */
export function spansOf<T>(rows: readonly T[], key: (row: T) => string): number[] {
  const spans = rows.map(() => 0);
  for (let start = 0; start < rows.length;) {
    let end = start + 1;
    while (end < rows.length && key(rows[end]!) === key(rows[start]!)) end++;
    spans[start] = end - start;
    start = end;
  }
  return spans;
}

/**
 * The merged 一级 and 二级 cells (columns 0 and 1) of each row of a table with no goal column (监控表,
 * 自评表), as the official forms draw them; a row covered by the cell above gets none.
 */
export function levelCells(
  rows: readonly { level1: string | null; level2: string | null }[],
): LayoutCell[][] {
  const l1 = (r: (typeof rows)[number]) => r.level1 ?? '';
  const l12 = (r: (typeof rows)[number]) => `${l1(r)}\u0000${r.level2 ?? ''}`;
  const s1 = spansOf(rows, l1);
  const s2 = spansOf(rows, l12);
  return rows.map((r, i) => [
    ...(s1[i]! > 0 ? [cell(0, r.level1, { rowSpan: s1[i]!, align: 'center' })] : []),
    ...(s2[i]! > 0 ? [cell(1, r.level2, { rowSpan: s2[i]!, align: 'center' })] : []),
  ]);
}

/**
 * The data rows. `goalColumn` false leaves column 0 to a header cell spanning down (department form).
 * Goal cells merge over rows of the same goal, 一级 over the same goal+一级, 二级 over the same goal+一级+二级.
 */
export function indicatorRows(
  grid: IndicatorGrid,
  lines: Line[],
  goalColumn: boolean,
  withHistory: boolean,
): LayoutCell[][] {
  const rows: LayoutCell[][] = lines.map(() => []);
  const runs = (key: (l: Line) => string, col: number, text: (l: Line) => string | null) =>
    spansOf(lines, key).forEach((span, i) => {
      if (span > 0) rows[i]!.push(cell(col, text(lines[i]!), { rowSpan: span, align: 'center' }));
    });
  const g = (l: Line) => `${goalOf(l) ?? ''}`;
  const g1 = (l: Line) => `${g(l)}\u0000${level1Of(l) ?? ''}`;
  const g12 = (l: Line) => `${g1(l)}\u0000${level2Of(l) ?? ''}\u0000${'slot' in l ? 'slot' : ''}`;
  if (goalColumn) runs(g, 0, goalOf);
  runs(g1, 1, level1Of);
  runs(g12, 2, level2Of);
  lines.forEach((line, r) => {
    const row = rows[r]!;
    const ind = 'indicator' in line ? line.indicator : null;
    row.push(cell(3, ind?.name ?? '', { style: 'text' }));
    let col = 4;
    if (withHistory) {
      for (const h of grid.history) row.push(cell(col++, ind?.history?.[h] ?? '', { align: 'center' }));
      row.push(cell(col++, ind?.target.raw ?? '', { align: 'center' }));
    } else {
      row.push(cell(col, ind?.target.raw ?? '', { colSpan: grid.history.length + 1, align: 'center' }));
      col += grid.history.length + 1;
    }
    row.push(cell(col++, ind?.basis ?? '', { align: 'center' }));
    if (grid.category) row.push(cell(col, ind?.category ?? '', { align: 'center' }));
    row.sort((a, b) => a.col - b.col);
  });
  return rows;
}

/** Indicators and slots of one term. */
export function ofTerm<T extends { term: Term }>(items: T[] | undefined, term: Term): T[] {
  return (items ?? []).filter((i) => i.term === term);
}
