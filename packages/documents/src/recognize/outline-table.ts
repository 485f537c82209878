// A target form a budget system printed as an outline (a 批复表 exported as a tree): the table's headings one a
// line (项目 / 指标值 / 绩效金额), then every item on a line of its own indented by its depth — the unit, its
// project, the 一级 and 二级 levels and under each 二级 its indicators — and a figure on the line after the
// project (its amount) and after each indicator (its 指标值), written without indentation. Rebuilt into the
// label rows and the indicator table the form reader reads; nothing else changes.
import { isLevel1Name, isLevel2Name } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { columnConcept, lexiconKey, projectConcept } from './lexicon.ts';
import { OUTLINE_ITEM_HEADINGS } from './lexicon-form-words.ts';
import { rebuildRuns } from './rebuilt-runs.ts';

/** Leading spaces (half- or full-width) or tabs: an item's depth in the outline. */
const INDENT = /^[ \u3000\t]+/;
/** A level's name with a note in brackets after it (成本指标(必填硬性指标)). */
const LEVEL_NOTE = /[（(][^（）()]*[)）]$/;

/** The row's one filled cell (as written), null when it has none or several. */
function soleCell(r: Row): string | null {
  let sole: string | null = null;
  for (const c of r.cells) {
    if (c.trim() === '') continue;
    if (sole !== null) return null;
    sole = c;
  }
  return sole;
}
const depthOf = (cell: string): number => INDENT.exec(cell)?.[0].length ?? 0;
const bareLevel = (text: string): string => text.replace(LEVEL_NOTE, '').trim();

/** The rows with each outline rebuilt as label rows and an indicator table. */
export function readOutlineTables(rows: Row[]): Row[] {
  // Copied only from the first outline on: a document without one comes back as it was, no array built.
  return rebuildRuns(rows, (i) => {
    const heading = headingsAt(rows, i);
    const columns = heading === null ? tableHeadingsAt(rows[i]!) : null;
    return heading !== null
      ? readOutline(rows, i + heading.length, heading.amount)
      : columns !== null
        ? readTableOutline(rows, i + 1, columns)
        : null;
  });
}

/** The outline's headings starting at `i` (项目, then 指标值, then the amount's heading if any), or null. */
function headingsAt(rows: readonly Row[], i: number): { length: number; amount: string | null } | null {
  // Asked at every row: the first line (项目 alone, unindented) refuses nearly all of them before any slicing.
  const first = soleCell(rows[i]!);
  if (first === null || depthOf(first) > 0 || !OUTLINE_ITEM_HEADINGS.includes(lexiconKey(first.trim())))
    return null;
  const keys = rows.slice(i, i + 3).map((r) => soleCell(r));
  if (keys.length < 2 || keys.some((k) => k === null || depthOf(k) > 0)) return null;
  const [item, value, amount] = keys.map((k) => lexiconKey(k!.trim()));
  if (!OUTLINE_ITEM_HEADINGS.includes(item!) || columnConcept(value!) !== 'value') return null;
  return amount !== undefined && projectConcept(amount) === 'budget.total'
    ? { length: 3, amount: keys[2]!.trim() }
    : { length: 2, amount: null };
}

/** Where the columns of an outline printed in a table stand: its heading row 项目 | 指标值 [| 绩效金额]. */
interface OutlineColumns {
  item: number;
  value: number;
  amount: number | null;
  amountLabel: string | null;
  /** The heading row's width: a row of another width is another table's. */
  width: number;
}

/** The heading row of an outline kept in a table's columns (the tree in the first, 指标值 and the amount beside). */
function tableHeadingsAt(r: Row): OutlineColumns | null {
  if (!r.table) return null;
  // Asked of every table row: a data row's fourth filled cell refuses it.
  const filled: number[] = [];
  for (let j = 0; j < r.cells.length; j++) {
    if (r.cells[j]!.trim() === '') continue;
    if (filled.length === 3) return null;
    filled.push(j);
  }
  if (filled.length < 2) return null;
  // Keyed one by one, each refusing the row before the next is keyed (a data row fails at its first).
  const item = lexiconKey(r.cells[filled[0]!]!.trim());
  if (!OUTLINE_ITEM_HEADINGS.includes(item)) return null;
  if (columnConcept(lexiconKey(r.cells[filled[1]!]!.trim())) !== 'value') return null;
  const amount = filled[2] === undefined ? undefined : lexiconKey(r.cells[filled[2]]!.trim());
  if (amount !== undefined && projectConcept(amount) !== 'budget.total') return null;
  return {
    item: filled[0]!,
    value: filled[1]!,
    amount: filled[2] ?? null,
    amountLabel: filled[2] === undefined ? null : r.cells[filled[2]]!.trim(),
    width: r.cells.length,
  };
}

interface Outline {
  rows: Row[];
  /** The index after the outline's last line. */
  end: number;
}

/** The items from `start`: null unless they are indented and reach at least one indicator under its levels. */
function readOutline(rows: readonly Row[], start: number, amountLabel: string | null): Outline | null {
  const heads: Array<{ text: string; line?: number }> = [];
  const indicators: string[][] = [];
  const lines: Array<number | undefined> = [];
  let amount: string | null = null;
  let level1 = '';
  let level2 = '';
  let depth1 = -1;
  let depth2 = -1;
  // What the next line without indentation is the figure of.
  let pending: 'amount' | 'value' | null = null;
  let k = start;
  for (; k < rows.length; k++) {
    const cell = soleCell(rows[k]!);
    if (cell === null) break;
    const depth = depthOf(cell);
    const text = cell.trim();
    if (depth === 0) {
      if (pending === 'amount') amount = text;
      else if (pending === 'value') indicators.at(-1)![3] = text;
      else break;
      pending = null;
      continue;
    }
    pending = null;
    const bare = bareLevel(text);
    if (isLevel1Name(bare) && (depth1 < 0 || depth <= depth1)) {
      [level1, level2, depth1, depth2] = [bare, '', depth, -1];
    } else if (depth1 >= 0 && depth > depth1 && (depth2 < 0 || depth <= depth2) && isLevel2Name(bare)) {
      [level2, depth2] = [bare, depth];
    } else if (depth2 >= 0 && depth > depth2) {
      indicators.push([level1, level2, text, '']);
      lines.push(rows[k]!.line);
      pending = 'value';
    } else if (depth1 < 0) {
      heads.push({ text, line: rows[k]!.line });
      pending = 'amount';
    } else break;
  }
  return buildOutline({
    heads,
    amount,
    amountLabel,
    indicators,
    lines,
    headerLine: rows[start]?.line,
    end: k,
  });
}

/**
 * The items of an outline printed in a table's columns, from `start`: the tree's items one a row in the item
 * column, their indentation lost to the cells, so that the levels are told by their names (a 一级 or 二级 name in a
 * row without a 指标值) and an indicator by the row it stands in under a 二级; the project's amount in the amount
 * column of its row. Null unless it reaches at least one indicator under its levels.
 */
function readTableOutline(rows: readonly Row[], start: number, col: OutlineColumns): Outline | null {
  const heads: Array<{ text: string; line?: number }> = [];
  const indicators: string[][] = [];
  const lines: Array<number | undefined> = [];
  let amount: string | null = null;
  let level1 = '';
  let level2 = '';
  let k = start;
  for (; k < rows.length; k++) {
    const r = rows[k]!;
    // A sheet gives a level's row, its one cell filled, as a paragraph: taken when it names a level.
    const level = !r.table && r.cells.length === 1 ? bareLevel(r.cells[0]!.trim()) : '';
    if (!r.table && !isLevel1Name(level) && !isLevel2Name(level)) break;
    if (r.table && r.cells.length !== col.width) break;
    const cell = (j: number | null) =>
      !r.table ? (j === col.item ? r.cells[0]!.trim() : '') : j === null ? '' : (r.cells[j] ?? '').trim();
    const outside =
      r.table &&
      r.cells.some((c, j) => j !== col.item && j !== col.value && j !== col.amount && c.trim() !== '');
    const text = cell(col.item);
    if (outside || text === '') break;
    const value = cell(col.value);
    const bare = bareLevel(text);
    // 成本指标 is a 一级 of the newer framework and a 二级 of the older: right under a 一级 it is the 二级.
    const underLevel1 = level1 !== '' && level2 === '' && indicators.length === 0;
    if (value === '' && isLevel2Name(bare) && (underLevel1 || (level1 !== '' && !isLevel1Name(bare))))
      level2 = bare;
    else if (value === '' && isLevel1Name(bare)) [level1, level2] = [bare, ''];
    else if (level2 !== '') {
      indicators.push([level1, level2, text, value]);
      lines.push(r.line);
    } else if (level1 === '' && value === '') {
      heads.push({ text, line: r.line });
      if (cell(col.amount) !== '') amount = cell(col.amount);
    } else break;
  }
  return buildOutline({
    heads,
    amount,
    amountLabel: col.amountLabel,
    indicators,
    lines,
    headerLine: rows[start - 1]?.line,
    end: k,
  });
}

/** The label rows and the indicator table an outline's items make, or null without a project or an indicator. */
function buildOutline(o: {
  heads: Array<{ text: string; line?: number }>;
  amount: string | null;
  amountLabel: string | null;
  indicators: string[][];
  lines: Array<number | undefined>;
  headerLine: number | undefined;
  end: number;
}): Outline | null {
  const { heads, amount, amountLabel, indicators, lines } = o;
  if (indicators.length === 0 || heads.length === 0 || heads.length > 2) return null;
  const row = (cells: string[], line?: number): Row => ({
    cells,
    table: true,
    ...(line !== undefined ? { line } : {}),
  });
  // The outline's root is the unit the project belongs to, when it names one above the project.
  const project = heads.at(-1)!;
  const built: Row[] = [];
  if (heads.length === 2) built.push(row(['单位名称', heads[0]!.text], heads[0]!.line));
  built.push(row(['项目名称', project.text], project.line));
  if (amount !== null) built.push(row([amountLabel ?? '绩效金额', amount], project.line));
  built.push(row(['一级指标', '二级指标', '三级指标', '指标值'], o.headerLine));
  indicators.forEach((cells, n) => built.push(row(cells, lines[n])));
  return { rows: built, end: o.end };
}
