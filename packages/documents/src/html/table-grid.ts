// Puts the cells of an HTML table on its grid, row by row, as the browser does: a cell takes the first
// column not covered by a rowspan from above; the columns a colspan or rowspan covers are '' (row.ts).

/** No form has rows this wide, nor merges this tall (the bound keeps a hostile page small). */
export const MAX_COLUMNS = 256;
const MAX_SPAN = 1000;

export class TableGrid {
  /** Per column, how many rows below the current one a rowspan from above still covers. */
  private covered: number[] = [];
  /** Columns of the current row taken by rowspans from above. */
  private taken: boolean[] = [];
  private cells: string[] | null = null;
  private col = 0;

  get inRow(): boolean {
    return this.cells !== null;
  }

  startRow(): void {
    if (this.cells) this.endRow();
    this.cells = [];
    this.col = 0;
    this.taken = this.covered.map((n) => n > 0);
    this.covered = this.covered.map((n) => (n > 0 ? n - 1 : 0));
  }

  /** Places one cell (its text already read) with its spans; a cell outside any row starts one. */
  addCell(text: string, colspan: number, rowspan: number): void {
    if (!this.cells) this.startRow();
    const cells = this.cells!;
    while (this.col < MAX_COLUMNS && this.taken[this.col]) cells[this.col++] = '';
    const width = Math.min(clamp(colspan, 1, MAX_SPAN), MAX_COLUMNS - this.col);
    const below = rowspan === 0 ? MAX_SPAN : clamp(rowspan, 1, MAX_SPAN) - 1;
    for (let k = 0; k < width; k++) {
      cells[this.col] = k === 0 ? text : '';
      if (below > 0) this.covered[this.col] = below;
      this.col++;
    }
  }

  /** Ends the row and returns its cells, the columns covered from above after its last cell as ''. */
  endRow(): string[] | null {
    const cells = this.cells;
    if (!cells) return null;
    for (let c = this.col; c < this.taken.length; c++) if (this.taken[c]) cells[c] = '';
    for (let c = 0; c < cells.length; c++) cells[c] ??= '';
    this.cells = null;
    return cells;
  }
}

function clamp(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.max(lo, Math.min(hi, Math.trunc(n)));
}
