// A two-column 三公 table copied one cell a line down its rows — 项目 / 预算数, then each line's label and its
// amount — where the page's copy drops the empty cells, so a label may follow a label (宣州区审计局 fresh/638:
// 公务接待费 then 公务用车购置及运行费, both left empty, the amounts given in the 说明 under it). Read as rows of a
// label and the amount after it, an empty cell where none follows.
import { parseAmount, threePublicLine, type DisclosureTable } from '@jixiao/core';

const IS_NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
/** A numbered heading of the text (二、…情况说明): the table has ended. */
const HEADING = /^[一二三四五六七八九十]+、/;

export interface CellLine {
  text: string;
  line: number | null;
  /** The row the cell was read from. */
  row: number;
}

const bracketedUnit = (text: string): string | null =>
  /^[（(]\s*单位[:：]?\s*(亿元|万元|千元|元)\s*[)）]$/.exec(text)?.[1] ?? null;

export interface LabelValueRead {
  table: DisclosureTable;
  lines: Array<number | null>;
  /** The row after the last cell read. */
  end: number;
}

/**
 * The cells as a header of two labels and rows of a label and at most one amount; null unless the labels name three
 * 三公 lines or more and two amounts or more stand among them (an amount where a label should stand: no such table).
 */
export function readLabelValueLines(
  cells: readonly CellLine[],
  title: string,
  unit: string | null,
): LabelValueRead | null {
  // A unit note in brackets above the header, "（单位:万元）" (烈山区 wide/400), is the table's unit.
  const lead = cells.findIndex((c) => bracketedUnit(c.text) === null);
  const tableUnit = lead > 0 ? (bracketedUnit(cells[lead - 1]!.text) ?? unit) : unit;
  const body = lead > 0 ? cells.slice(lead) : cells;
  const stop = body.findIndex((c, k) => k >= 2 && HEADING.test(c.text));
  const own = stop < 0 ? body : body.slice(0, stop);
  if (own.length < 4 || own.slice(0, 2).some((c) => IS_NUMBER.test(c.text))) return null;
  const rows: string[][] = [];
  const lines: Array<number | null> = [];
  let amounts = 0;
  let k = 2;
  while (k < own.length) {
    const label = own[k]!;
    if (IS_NUMBER.test(label.text)) return null;
    const next = own[k + 1];
    const value = next && IS_NUMBER.test(next.text) ? next.text : null;
    rows.push([label.text, value === null ? '' : (parseAmount(value) ?? value)]);
    lines.push(label.line);
    if (value !== null) amounts++;
    k += value === null ? 1 : 2;
  }
  const named = rows.filter((r) => threePublicLine(r[0]!) !== null).length;
  if (named < 3 || amounts < 2) return null;
  const table: DisclosureTable = {
    title,
    unit: tableUnit,
    columns: [own[0]!.text, own[1]!.text],
    rows,
    note: null,
  };
  return { table, lines, end: own.at(-1)!.row + 1 };
}
