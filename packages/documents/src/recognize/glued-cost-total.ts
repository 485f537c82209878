// A 项目预算 cost table whose cells a copy ran together into one text (成本构成 金额 测算依据 2020年实际执行数 …
// 保安服务费191依据招标文件191191 … 合计814662.98794.55): the 合计's figures are glued, and only the block's arithmetic
// tells where its first, the budget, ends — the lines' amounts (each line's first figure) add up to it (191 + 99 +
// 524 = 814, so 814 | 662.98 | 794.55).
import { Decimal } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';

/** 合计 with its figures glued on, and the 金额 heading of a cost table before it. */
const GLUED_TOTAL = /合\s*计(\d[\d.]*)/;
const FIGURE = /\d+(?:\.\d+)*/g;
/** The most figures a line of such a table prints (金额 and a few years' 实际执行数). */
const MOST_PER_LINE = 4;

/** The budget (as printed) a run-together cost table's 合计 gives by its lines' amounts, or null. */
export function gluedCostTotal(text: string): string | null {
  const total = GLUED_TOTAL.exec(text);
  if (!total) return null;
  const before = text.slice(0, total.index);
  const heading = before.lastIndexOf('金额');
  if (heading < 0) return null;
  // The figures of the lines, in order: a year in a heading (2020年实际执行数) is none.
  const figures = [...before.slice(heading).matchAll(FIGURE)]
    .filter((m) => !/^[年月]/.test(before.slice(heading + m.index + m[0].length)))
    .map((m) => m[0]);
  const run = total[1]!;
  const found = new Set<string>();
  for (let perLine = 1; perLine <= MOST_PER_LINE; perLine++) {
    if (figures.length % perLine !== 0 || figures.length / perLine < 2) continue;
    const amounts = figures.filter((_, k) => k % perLine === 0);
    if (!amounts.every((a) => /^\d+(\.\d+)?$/.test(a))) continue;
    const sum = amounts.reduce((s, a) => s.plus(a), new Decimal(0));
    // The 合计 is printed with as many decimals as its lines' amounts, or as a whole number.
    const places = Math.max(...amounts.map((a) => a.split('.')[1]?.length ?? 0));
    // The next figure starts where this one ends: with a digit, never a point.
    const printed = [sum.toFixed(), sum.toFixed(places)].find(
      (p) => run.startsWith(p) && /\d/.test(run[p.length] ?? ''),
    );
    if (printed) found.add(printed);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The budget a run-together cost table in the form's head (its rows before the indicator table) gives, or null. */
export function headGluedCostTotal(rows: readonly Row[]): string | null {
  for (const row of rows) {
    if (isIndicatorHeader(row)) return null;
    for (const cell of row.cells) {
      const total = cell.includes('计') ? gluedCostTotal(cell) : null;
      if (total) return total;
    }
  }
  return null;
}
