// The lines an amount table's 小计 lines sum (（一）财政拨款小计 6.30 / 1、一般公共预算 6.30 / 2、政府性基金 0.00 …): a
// subtotal stands for its group, so the table's sum counts either the subtotal or its parts, never both.
import { Decimal, sumDecimals } from '../../money/decimal.ts';
import { squash } from './text.ts';

/**
 * 财政拨款小计, 自有资金小计: a line summing the lines of its group. 小计 alone is the table's total line
 * (isTotalLine), not a group's.
 */
export function isSubtotalLine(name: string | null | undefined): boolean {
  const key = squash(name).replace(/[:：]$/, '');
  return key.length > 2 && key.endsWith('小计');
}

interface Line {
  name: string;
  amount: string | null;
}

/**
 * The indices of the lines a subtotal sums. A subtotal heads its group (the usual layout) or closes it: its
 * parts are the lines next to it, after it first, then before it, up to the line where their sum reaches its
 * amount — no further (the lines after are the table's own again: （三）其他收入 after （二）自有资金小计). Where
 * no run of neighbours adds up to it, the lines after it up to the next subtotal are taken as its group, as the
 * layout has them. A part never crosses another subtotal or the table's total (`isBoundary`).
 */
export function subtotalParts(lines: readonly Line[], isBoundary: (name: string) => boolean): Set<number> {
  const parts = new Set<number>();
  const stops = (k: number) => isSubtotalLine(lines[k]!.name) || isBoundary(lines[k]!.name);
  lines.forEach((line, at) => {
    if (!isSubtotalLine(line.name) || line.amount === null) return;
    const target = new Decimal(line.amount);
    const reach = (step: 1 | -1): number[] | null => {
      const run: number[] = [];
      let sum = new Decimal(0);
      for (let k = at + step; k >= 0 && k < lines.length && !stops(k); k += step) {
        run.push(k);
        sum = sum.plus(sumDecimals([lines[k]!.amount]));
        if (sum.eq(target) && lines[k]!.amount !== null) return run;
      }
      return null;
    };
    const after: number[] = [];
    for (let k = at + 1; k < lines.length && !stops(k); k++) after.push(k);
    for (const k of reach(1) ?? reach(-1) ?? after) parts.add(k);
  });
  return parts;
}
