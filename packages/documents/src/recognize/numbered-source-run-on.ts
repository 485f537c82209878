// 资金来源 listed by number (一、财政拨款:… 二、自有资金:… 三、其他:…) that an extraction ran together keep the next
// item in the cell after a line's amount: 自有资金: | 0 万元三、其他:3683.3970万元. The list number right after an
// amount opens the next line of the list, so that item — its name and amount — is a source of its own, whatever
// its name (其他 is a source here only because the list numbers it as one). Only an item opening with its number
// and giving name:amount is taken: the parts in brackets after an amount (其中:上级财政资金:6923.3552万元;…) are
// parts of that line, never lines of their own, and a number with no name:amount after it (…万元)二、, its label
// run onto the next line) is nothing.
import { parseAmount } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import type { AmountUnit } from './project-form-reading.ts';

/** An amount's end (its unit, last figure or closing bracket), then a list number, a name, a colon, an amount. */
const ITEM_AFTER_AMOUNT =
  /(?:万元|元|\d|[)）])\s*[一二三四五六七八九十]{1,2}[、.．]\s*([^\d\s：:、，,;；()（）]{1,12})[：:]\s*(-?\d[\d,]*(?:\.\d+)?\s*(?:万元|元)?)/gu;

/** A cell longer than any list of sources run together is read as nothing here (a paragraph). */
const MAX_CELL = 400;

/** The numbered source lines run on after the row's first amount, in their order. */
export function numberedSourcesRunOn(
  row: Row,
  amountUnit: AmountUnit,
): Array<{ name: string; amount: string | null }> {
  const out: Array<{ name: string; amount: string | null }> = [];
  // The first cell is the line's own name; its amount and what ran on after it follow.
  for (const cell of row.cells.slice(1)) {
    if (cell.length > MAX_CELL) continue;
    for (const m of cell.matchAll(ITEM_AFTER_AMOUNT))
      out.push({ name: m[1]!, amount: parseAmount(m[2]!, amountUnit) });
  }
  return out;
}
