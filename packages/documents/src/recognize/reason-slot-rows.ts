// An evaluation sheet that scores a 是/否 effect indicator by the examples given for it: the indicator's cells
// span four rows, each row one example slot with its own points (是否有利于保护生态环境 | 是/否 | 是 | 5 | | ① then
// 5 | ②, 5 | ③, 5 | ④ under it, the 理由 column numbered). Copied as text the spans are gone: the slot rows come
// after the indicator as rows of a figure and a circled number, and the indicator would keep only its first
// slot's points and read that slot's number as its actual.
import { dec } from '@jixiao/core';

/** ① … ⑳ alone in a cell: the number of an example slot, not a value. */
const SLOT_MARK = /^[\u2460-\u2473]$/u;
const POINTS = /^\d{1,2}(\.\d{1,2})?$/;

export const isSlotMark = (cell: string): boolean => SLOT_MARK.test(cell.trim());

/**
 * The points of a row that is only a further example slot of the indicator above — its figure and its circled
 * number, empty cells aside (5 | ②) — or null for any other row.
 */
export function slotRowPoints(cells: readonly string[]): string | null {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length !== 2 || !POINTS.test(filled[0]!) || !isSlotMark(filled[1]!)) return null;
  return filled[0]!;
}

/** Whether a record's cells hold an example slot's number (the first slot, printed on the indicator's own row). */
export function holdsSlotMark(cells: Readonly<Record<string, string | undefined>>): boolean {
  return Object.values(cells).some((c) => c !== undefined && isSlotMark(c));
}

/**
 * Adds a further slot's points to the indicator's weight (5 + 5 + 5 + 5 = 20, the points its merged cells stand
 * for) and blanks the cells that held only a slot's number: the example is the reason's text, not the actual.
 */
export function addSlotPoints(cells: Record<string, string | undefined>, points: string): void {
  const weight = cells['weight']?.trim() ?? '';
  if (POINTS.test(weight)) cells['weight'] = dec(weight)!.plus(points).toFixed();
  for (const [k, v] of Object.entries(cells)) if (v !== undefined && isSlotMark(v)) delete cells[k];
}
