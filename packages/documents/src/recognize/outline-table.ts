// A target form a budget system printed as an outline (a 批复表 exported as a tree): the table's headings one a
// line (项目 / 指标值 / 绩效金额), then every item on a line of its own indented by its depth — the unit, its
// project, the 一级 and 二级 levels and under each 二级 its indicators — and a figure on the line after the
// project (its amount) and after each indicator (its 指标值), written without indentation. Rebuilt into the
// label rows and the indicator table the form reader reads; nothing else changes.
import { isLevel1Name, isLevel2Name } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { columnConcept, lexiconKey, OUTLINE_ITEM_HEADINGS, projectConcept } from './lexicon.ts';

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
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const heading = headingsAt(rows, i);
    const read = heading === null ? null : readOutline(rows, i + heading.length, heading.amount);
    if (read === null) {
      out.push(rows[i]!);
      continue;
    }
    out.push(...read.rows);
    i = read.end - 1;
  }
  return out;
}

/** The outline's headings starting at `i` (项目, then 指标值, then the amount's heading if any), or null. */
function headingsAt(rows: readonly Row[], i: number): { length: number; amount: string | null } | null {
  const keys = rows.slice(i, i + 3).map((r) => soleCell(r));
  if (keys.length < 2 || keys.some((k) => k === null || depthOf(k) > 0)) return null;
  const [item, value, amount] = keys.map((k) => lexiconKey(k!.trim()));
  if (!OUTLINE_ITEM_HEADINGS.includes(item!) || columnConcept(value!) !== 'value') return null;
  return amount !== undefined && projectConcept(amount) === 'budget.total'
    ? { length: 3, amount: keys[2]!.trim() }
    : { length: 2, amount: null };
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
  built.push(row(['一级指标', '二级指标', '三级指标', '指标值'], rows[start]?.line));
  indicators.forEach((cells, n) => built.push(row(cells, lines[n])));
  return { rows: built, end: k };
}
