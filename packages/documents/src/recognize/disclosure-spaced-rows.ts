// A 三公 table whose rows a page's copy wrote as lines of cells joined by one space, an empty cell written as a
// space of its own (岳阳县's 预算情况表: "项目 2016-执行数 2017-预算数", "一、支出合计   250000" — the 2016 cell
// empty —, "1、因公出国(境)费用 0      " with three empty columns; wide/237, fresh/639). Read as the table's rows,
// each amount in its column.
import { parseAmount, threePublicLine, type DisclosureTable } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import { filledCells } from './row-helpers.ts';
import { unitOf, type TableRead } from './disclosure-table.ts';

const IS_NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
/** Lines between a title and its header: 单位名称：…, 单位：万元, 表3. */
const PREAMBLE = /^(单位名称[:：]|单位[:：]|(附)?表[一二三四五六七八九十\d]+$)/;
const NUMBERING = /^([一二三四五六七八九十]+、|\d{1,2}[、.．]|其中[:：]?)*(\(\d+\)|（\d+）)?/;

/**
 * The cells after a row's label: one space parts two cells, a further space is an empty cell (" 0  " is 0 and an
 * empty cell); null when the text is not so written (two spaces where a cell should start).
 */
export function spacedCells(rest: string): string[] | null {
  const out: string[] = [];
  let k = 0;
  while (k < rest.length) {
    if (rest[k] !== ' ') return null;
    k++;
    if (k >= rest.length) break;
    if (rest[k] === ' ') {
      out.push('');
      k++;
      continue;
    }
    const end = rest.indexOf(' ', k);
    const stop = end < 0 ? rest.length : end;
    out.push(rest.slice(k, stop));
    k = stop;
  }
  return out;
}

/** The 三公 line a row's label names once its numbering is set aside (一、支出合计, 其中:(1)公务用车运行维护费). */
const lineOf = (label: string) => threePublicLine(labelKey(label).replace(NUMBERING, ''));

/**
 * The table under a title at `start` written as space-parted lines: a few preamble lines, a header opening with 项目,
 * then rows of a label naming a 三公 line and amounts; null unless three rows or more name 三公 lines.
 */
export function readSpacedRows(
  rows: readonly Row[],
  start: number,
  title: string,
  printed: readonly Row[] = [],
): TableRead | null {
  // The lines as the file gave them: the rows read so far have a copy's spaces closed up between words.
  const given = new Map(printed.map((r) => [`${r.source ?? ''}:${r.line}`, r]));
  const textOf = (r: Row) =>
    ((r.line === undefined ? undefined : given.get(`${r.source ?? ''}:${r.line}`)) ?? r).cells
      .find((c) => !isBlankCell(oneLine(c)))
      ?.trim() ?? '';
  let unit: string | null = null;
  let i = start + 1;
  let columns: string[] | null = null;
  for (; i < rows.length && i <= start + 4 && !columns; i++) {
    if (rows[i]!.table || filledCells(rows[i]!).length !== 1) return null;
    const parts = textOf(rows[i]!).split(/\s+/);
    if (labelKey(parts[0]!) === '项目' && parts.length >= 2 && !parts.some((p) => IS_NUMBER.test(p)))
      columns = parts;
    else if (parts.every((p) => PREAMBLE.test(labelKey(p)) || unitOf(p) !== null))
      unit = parts.map((p) => unitOf(p)).find((u) => u !== null) ?? unit;
    else return null;
  }
  if (!columns) return null;
  const out: string[][] = [];
  const lines: Array<number | null> = [];
  for (; i < rows.length && !rows[i]!.table && filledCells(rows[i]!).length === 1; i++) {
    // The cell as written: its spaces say which cells are empty.
    const text = textOf(rows[i]!);
    const at = text.indexOf(' ');
    const label = at < 0 ? text : text.slice(0, at);
    const cells = at < 0 ? [] : spacedCells(text.slice(at));
    if (!cells || cells.length > columns.length - 1 || !lineOf(label)) break;
    if (cells.some((c) => c !== '' && !IS_NUMBER.test(c))) break;
    out.push([
      label,
      ...cells.map((c) => parseAmount(c) ?? c),
      ...Array<string>(columns.length - 1 - cells.length).fill(''),
    ]);
    lines.push(rows[i]!.line ?? null);
  }
  if (
    out.filter((r) => lineOf(r[0]!)?.exact).length < 3 ||
    !out.some((r) => r.slice(1).some((c) => c !== ''))
  )
    return null;
  const table: DisclosureTable = { title, unit, columns, rows: out, note: null };
  return { table, lines, end: i };
}
