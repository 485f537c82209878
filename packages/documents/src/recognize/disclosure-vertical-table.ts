// A disclosure table written one cell per line (a web page's table copied cell by cell, each line ending in
// '|'): a header of N labels (项目 | 预算数 | 决算数), then the rows N cells at a time, a label and its values
// (an empty line for an empty cell). Restacked into rows so each value stands in its column.
import type { Row } from '../rows/row.ts';
import { isBlankCell, oneLine } from '../rows/clean-cell.ts';

const IS_NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const isNumber = (c: string) => IS_NUMBER.test(c.replace(/\s/g, ''));
const isEmpty = (c: string) => c === '' || isBlankCell(c);

/**
 * The rows of a table written one cell per line, restacked N cells a row; null when the rows are not such a
 * table (a row with two cells or more, no number, a row label where a value stands, or a value where a label
 * stands). A last row cut short (the copy stops inside it) keeps the cells it has.
 */
export function restackOneCellRows(body: readonly Row[]): Row[] | null {
  if (body.length < 4 || body.some((r) => r.cells.filter((c) => !isEmpty(oneLine(c))).length > 1)) return null;
  const cells = body.map((r) => ({ text: oneLine(r.cells.find((c) => !isEmpty(oneLine(c))) ?? ''), line: r.line }));
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
    const row: Row = { cells: [...chunk.map((c) => c.text), ...Array<string>(width - chunk.length).fill('')], table: true };
    if (label!.line !== undefined) row.line = label!.line;
    out.push(row);
  }
  return out.length >= 2 ? out : null;
}
