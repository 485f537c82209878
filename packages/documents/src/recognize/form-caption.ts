// The caption line over a form's table: the budget unit with its code beside the amount unit
// (207101天津市河北区人民法院 | 单位:万元), as a page of several project forms heads each one.
import type { Row } from '../rows/row.ts';
import { oneLine } from '../rows/clean-cell.ts';
import { filledCells } from './row-helpers.ts';

/** 单位:万元, 金额单位：元: the unit a table's amounts are written in, or null. */
export function amountUnitNote(text: string): '万元' | '元' | null {
  const m = /^(?:金额)?单位\s*[:：]\s*(万元|元)$/.exec(oneLine(text).replace(/\s+/g, ''));
  return m ? (m[1] as '万元' | '元') : null;
}

/**
 * 金额单位: | 元: the note a copy parted into a label and its value (one cell per line, re-tabulated as a label row):
 * the unit a table's amounts are written in, or null.
 */
export function amountUnitOfPair(filled: readonly string[]): '万元' | '元' | null {
  return filled.length === 2 ? amountUnitNote(filled[0]! + filled[1]!) : null;
}

/** An office's name, a budget code before it allowed (207101某区人民法院, [066]某局, 422001-某局). */
const OFFICE =
  /^(?:\[\d+\]|\d{3,12}-?)?\p{Script=Han}[\p{Script=Han}（）()]{1,28}(局|委|委员会|中心|政府|办公室|院|校|学校|所|站|社|会|厅|部|处|队|馆|法院|检察院)$/u;

/** An office's name as written, a budget code before it allowed. */
export const isOfficeName = (text: string): boolean => OFFICE.test(text);

/** A caption row: an office's name and an amount-unit note, the only filled cells; what it gives, or null. */
export function captionOf(row: Row): { office: string; amountUnit: '万元' | '元' } | null {
  const filled = filledCells(row);
  if (filled.length !== 2) return null;
  for (const [a, b] of [
    [filled[0]!, filled[1]!],
    [filled[1]!, filled[0]!],
  ] as const) {
    const unit = amountUnitNote(b);
    const office = oneLine(a);
    if (unit && OFFICE.test(office)) return { office, amountUnit: unit };
  }
  return null;
}

/**
 * The caption rows that end `rows` (at most two): they head the form that follows, not the one before. They are
 * taken out of `rows` and returned in order.
 */
export function takeTrailingCaptions(rows: Row[]): Row[] {
  let k = rows.length;
  while (k > 0 && rows.length - k < 2 && captionOf(rows[k - 1]!)) k--;
  return rows.splice(k);
}
