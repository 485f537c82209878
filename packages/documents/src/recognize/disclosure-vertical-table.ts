// A disclosure table written one cell per line (a web page's table copied cell by cell, each line ending in
// '|'): a header of N labels (项目 | 预算数 | 决算数), then the rows N cells at a time, a label and its values
// (an empty line for an empty cell). Restacked into rows so each value stands in its column.
import type { Row } from '../rows/row.ts';
import { threePublicLine } from '@jixiao/core';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';

const IS_NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const isNumber = (c: string) => IS_NUMBER.test(c.replace(/\s/g, ''));
const isEmpty = (c: string) => c === '' || isBlankCell(c);

/**
 * The rows of a table written one cell per line, restacked N cells a row; null when the rows are not such a
 * table (a row with two cells or more, no number, a row label where a value stands, or a value where a label
 * stands). A last row cut short (the copy stops inside it) keeps the cells it has.
 */
export function restackOneCellRows(body: readonly Row[]): Row[] | null {
  if (body.length < 4 || body.some((r) => r.cells.filter((c) => !isEmpty(oneLine(c))).length > 1))
    return null;
  const cells = body.map((r) => ({
    text: oneLine(r.cells.find((c) => !isEmpty(oneLine(c))) ?? ''),
    line: r.line,
  }));
  const numbered = restackNumberedColumns(cells);
  if (numbered) return numbered;
  const firstNumber = cells.findIndex((c) => isNumber(c.text));
  // The header's labels run up to the first row's label, the cell just before the first value.
  const width = firstNumber - 1;
  if (width < 2 || cells.slice(0, firstNumber).some((c) => isEmpty(c.text) || isNumber(c.text))) return null;
  const out: Row[] = [];
  for (let k = 0; k < cells.length; k += width) {
    const chunk = cells.slice(k, k + width);
    const [label, ...values] = chunk;
    const header = k === 0;
    if (!header && (isEmpty(label!.text) || isNumber(label!.text))) return null;
    if (!header && values.some((v) => !isEmpty(v.text) && !isNumber(v.text))) return null;
    const row: Row = {
      cells: [...chunk.map((c) => c.text), ...Array<string>(width - chunk.length).fill('')],
      table: true,
    };
    if (label!.line !== undefined) row.line = label!.line;
    out.push(row);
  }
  return out.length >= 2 ? out : null;
}

/** The header's last label before a row of column numbers: 行次, 栏次. */
const NUMBERING_LABEL = /^(行次|栏次|行号)$/;

/**
 * A table copied one cell a line whose header ends in 行次 and the columns' numbers 1 … N (a 决算 table's
 * numbering row): each row is a label and N cells, the last a note where a row writes one (以前年度结转资金9.83).
 * A two-row header comes flattened — its top labels, then each group's sub-columns opened by 小计 (公务用车购置及
 * 运行费 over 小计 / 购置费 / 运行费) —: the N columns are the top labels with each group replaced by its sub-columns,
 * the group a run of sub-columns belongs to being the one its parts name (购置, 运行), else the next top label.
 */
function restackNumberedColumns(
  cells: ReadonlyArray<{ text: string; line: number | undefined }>,
): Row[] | null {
  const at = cells.findIndex((c) => NUMBERING_LABEL.test(c.text.replace(/\s/g, '')));
  if (at < 2) return null;
  let n = 0;
  while (cells[at + 1 + n]?.text === String(n + 1)) n++;
  if (n < 2) return null;
  const labels = cells.slice(1, at).map((c) => c.text);
  if (labels.some((l) => isEmpty(l) || isNumber(l))) return null;
  const columns = leafColumns(labels, n);
  if (!columns) return null;
  const out: Row[] = [{ cells: [cells[0]!.text, ...columns], table: true }];
  for (let k = at + 1 + n; k < cells.length; k += n + 1) {
    const chunk = cells.slice(k, k + n + 1);
    const [label, ...values] = chunk;
    if (isEmpty(label!.text) || isNumber(label!.text)) return null;
    // Figures, empty cells, and at most a note in the last cell.
    if (values.some((v, j) => !isEmpty(v.text) && !isNumber(v.text) && j !== n - 1)) return null;
    const row: Row = {
      cells: [...chunk.map((c) => c.text), ...Array<string>(n + 1 - chunk.length).fill('')],
      table: true,
    };
    if (label!.line !== undefined) row.line = label!.line;
    out.push(row);
  }
  return out.length >= 2 ? out : null;
}

/** A two-row header's labels as N leaf columns (group/sub), or null when they do not make N. */
function leafColumns(labels: readonly string[], n: number): string[] | null {
  if (labels.length === n) return [...labels];
  // The table's own 合计 opens the labels; a 小计 / 合计 after it opens a group's sub-columns.
  const firstSub = labels.findIndex((l, k) => k > 0 && SUBTOTAL.test(labelKey(l)));
  if (firstSub < 1) return null;
  const tops = labels.slice(0, firstSub);
  const runs: string[][] = [];
  for (const l of labels.slice(firstSub)) {
    if (SUBTOTAL.test(labelKey(l)) || runs.length === 0) runs.push([l]);
    else runs.at(-1)!.push(l);
  }
  if (tops.length - runs.length + runs.reduce((a, r) => a + r.length, 0) !== n) return null;
  const owner = new Map<number, string[]>();
  let next = 0;
  for (const run of runs) {
    // The group whose parts the run names (公务用车购置费 under 公务用车购置及运行费), else the next top after the last.
    const parts = run.map((l) => threePublicLine(l)).filter((m) => m !== null);
    let g = tops.findIndex(
      (t, k) => !owner.has(k) && parts.some((m) => PARENT_OF[m.key] === threePublicLine(t)?.key),
    );
    if (g < 0) g = tops.findIndex((_, k) => k >= next && k > 0 && !owner.has(k));
    if (g < 0) return null;
    owner.set(g, run);
    next = g + 1;
  }
  return tops.flatMap((t, k) => owner.get(k)?.map((sub) => `${t}/${sub}`) ?? [t]);
}

const SUBTOTAL = /^(小计|合计)$/;
/** The group a 三公 part belongs to. */
const PARENT_OF: Record<string, string> = {
  threePublicVehiclePurchase: 'threePublicVehicles',
  threePublicVehicleOperation: 'threePublicVehicles',
};
