// In a web copy that writes one cell a line, each ended by its pipe, a row's left border and an empty cell are
// the same lone `|`. Some cells never open a row: a bare placeholder (`/`, written where a column does not
// apply) and an example slot's marker alone (`①`, the numbered 理由 slots of an evaluation sheet's yes/no
// questions) stand after the cells that say what they belong to. A lone pipe right before such a cell, inside
// a row not yet closed, is that row's empty cell, not the next row's border; and the slot markers number rows,
// one to a row, so parts that each hold one are never put together into one row.

/** A placeholder for a column that does not apply, or a numbered slot's marker alone (①–⑳). */
const NEVER_OPENS_ROW = /^(?:[/／]|[①-⑳])$/;
const SLOT_MARKER = /^[①-⑳]$/;

/** True when `cell` cannot be a row's first cell: the lone pipe before it is an empty cell of the row. */
export function neverOpensRow(cell: string | undefined): boolean {
  return cell !== undefined && NEVER_OPENS_ROW.test(cell.trim());
}

/**
 * A numbered slot's marker alone (①): the markers number an answer block's rows, one to a row, so two parts
 * of a copy that each hold one are two rows however their widths add up.
 */
export function isSlotMarker(cell: string): boolean {
  return SLOT_MARKER.test(cell.trim());
}
