// Keyboard model of the indicator grid (spreadsheet-like): Tab/Shift+Tab across cells, Enter/Shift+Enter
// and ↑/↓ down and up a column, ←/→ across cells when the caret is at the edge of the text.
// Tab or Enter past the last row asks for a new row in the last row's 二级指标. Alt+↑/↓ move the row itself
// up or down within its 二级指标.

export interface GridPos {
  row: number;
  col: number;
}

/** A key pressed in a cell, as the grid's keyboard model needs it. */
export interface NavKey {
  key: string;
  shift: boolean;
  /** Alt (Option) held: ↑/↓ move the row rather than the focus. */
  alt?: boolean;
  /** The caret is at the start / end of the cell's text (no selection). */
  caretAtStart: boolean;
  caretAtEnd: boolean;
}

export interface NavInput extends NavKey {
  rows: number;
  cols: number;
  pos: GridPos;
}

export type NavResult =
  | { kind: 'move'; pos: GridPos }
  | { kind: 'append-row'; after: number; col: number }
  | { kind: 'move-row'; direction: -1 | 1 }
  | { kind: 'none' };

const NONE: NavResult = { kind: 'none' };

export function navigate({
  key,
  shift,
  alt,
  caretAtStart,
  caretAtEnd,
  rows,
  cols,
  pos,
}: NavInput): NavResult {
  if (rows === 0 || cols === 0) return NONE;
  const { row, col } = pos;
  if (alt) {
    if (shift) return NONE;
    if (key === 'ArrowUp') return { kind: 'move-row', direction: -1 };
    if (key === 'ArrowDown') return { kind: 'move-row', direction: 1 };
    return NONE;
  }
  const move = (r: number, c: number): NavResult => ({ kind: 'move', pos: { row: r, col: c } });
  switch (key) {
    case 'Tab':
      if (shift) {
        if (col > 0) return move(row, col - 1);
        return row > 0 ? move(row - 1, cols - 1) : NONE;
      }
      if (col < cols - 1) return move(row, col + 1);
      return row < rows - 1 ? move(row + 1, 0) : { kind: 'append-row', after: row, col: 0 };
    case 'Enter':
      if (shift) return row > 0 ? move(row - 1, col) : NONE;
      return row < rows - 1 ? move(row + 1, col) : { kind: 'append-row', after: row, col };
    case 'ArrowDown':
      return row < rows - 1 ? move(row + 1, col) : NONE;
    case 'ArrowUp':
      return row > 0 ? move(row - 1, col) : NONE;
    case 'ArrowLeft':
      return caretAtStart && col > 0 ? move(row, col - 1) : NONE;
    case 'ArrowRight':
      return caretAtEnd && col < cols - 1 ? move(row, col + 1) : NONE;
    default:
      return NONE;
  }
}
