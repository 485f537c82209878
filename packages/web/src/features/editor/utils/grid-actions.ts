// What the rows of an indicator grid may ask of it (type in a cell, move across cells, paste rows, move,
// insert, remove, fill from the library), as plain functions over the form's indicator list — no React,
// so the order of events that once lost typed text is tested without a browser (grid-actions.test.ts).
//
// Two rules keep typed text safe while cells hand it on only when typing pauses (pending-edits.ts):
//  - every action that changes the list's structure first flushes the typed text of every cell;
//  - every change is a function of the latest list (with all changes before it, rendered or not), never
//    of the list the grid last rendered.
import type { Indicator, Term } from '@jixiao/core';
import { termTable } from '../../forms/utils/row-spans.ts';
import type { LibraryEntry, LibrarySuggestion } from '../../indicator-library/api/library-api.ts';
import { applyLibraryEntry, applySuggestion } from '../../indicator-library/utils/apply-suggestion.ts';
import { navigate, type NavKey } from './grid-navigation.ts';
import {
  addLevel2,
  addRowAfter,
  EDITABLE_COLUMNS,
  moveWithinLevel2,
  removeRow,
  setCell,
  type EditableColumn,
} from './indicator-ops.ts';
import {
  isFullRowPaste,
  isTablePaste,
  parseClipboardTable,
  pasteIntoLevel2,
  rowsToIndicators,
} from './paste-rows.ts';
import type { PendingEdits } from './pending-edits.ts';

/** A change of the indicator list, applied once, at once, to the latest list. */
export type IndicatorEdit = (change: (list: Indicator[]) => Indicator[]) => void;

export interface GridDeps {
  term: Term;
  edit: IndicatorEdit;
  pending: PendingEdits;
  /** The list as the grid shows it now (for moving the focus between cells). */
  shown(): readonly Indicator[];
  /** Puts the focus on a cell now (it is on the page). */
  focus(index: number, column: EditableColumn): void;
  /** Puts the focus on a cell once the grid shows the list just changed: its text selected, or not. */
  focusWhenShown(index: number, column: EditableColumn, select?: boolean): void;
}

export interface GridActions {
  /** A cell hands on its text (a pause in typing, leaving the cell): no flush, it is the flush. */
  setCell(index: number, column: EditableColumn, text: string): void;
  navKey(row: number, col: number, key: NavKey): boolean;
  tablePaste(index: number, column: EditableColumn, text: string): boolean;
  move(index: number, direction: -1 | 1): void;
  insertAfter(index: number): void;
  remove(index: number): void;
  /** A library suggestion chosen under the row's 三级指标 cell. */
  pick(index: number, s: LibrarySuggestion): void;
  /** An entry chosen in the 从指标库选择 dialog for the row. */
  adopt(index: number, entry: LibraryEntry): void;
  addLevel2(goal: string | null, level1: string, level2: string): void;
}

export function gridActions({ term, edit, pending, shown, focus, focusWhenShown }: GridDeps): GridActions {
  /** Flushes every cell's typed text, then changes the latest list. */
  const restructure: IndicatorEdit = (change) => {
    pending.flush();
    edit(change);
  };
  const move = (index: number, direction: -1 | 1, column?: EditableColumn) =>
    restructure((list) => {
      const moved = moveWithinLevel2(list, index, direction);
      // From the keyboard the focus goes with the row, to the cell it was in, the caret at its end.
      if (column && moved.index !== index) focusWhenShown(moved.index, column, false);
      return moved.indicators;
    });
  const insertAfter = (index: number, column: EditableColumn) =>
    restructure((list) => {
      const added = addRowAfter(list, index);
      focusWhenShown(added.index, column);
      return added.indicators;
    });

  return {
    setCell: (index, column, text) => edit((list) => setCell(list, index, column, text)),
    navKey: (r, c, k) => {
      const rows = termTable(shown(), term);
      const result = navigate({
        ...k,
        rows: rows.length,
        cols: EDITABLE_COLUMNS.length,
        pos: { row: r, col: c },
      });
      const at = rows[r];
      if (result.kind === 'move') {
        focus(rows[result.pos.row]!.index, EDITABLE_COLUMNS[result.pos.col]!);
        return true;
      }
      if (result.kind === 'append-row') {
        insertAfter(rows[result.after]!.index, EDITABLE_COLUMNS[result.col]!);
        return true;
      }
      if (result.kind === 'move-row' && at) {
        move(at.index, result.direction, EDITABLE_COLUMNS[c]);
        return true;
      }
      return false;
    },
    tablePaste: (index, column, text) => {
      const grid = parseClipboardTable(text);
      if (!isTablePaste(grid)) return false;
      restructure((list) => {
        if (!isFullRowPaste(grid)) return pasteIntoLevel2(list, { index, column }, grid);
        const last = termTable(list, term).at(-1)?.index ?? list.length - 1;
        const next = [...list];
        next.splice(last + 1, 0, ...rowsToIndicators(grid, term));
        return next;
      });
      return true;
    },
    move: (index, direction) => move(index, direction),
    insertAfter: (index) => insertAfter(index, 'name'),
    remove: (index) => restructure((list) => removeRow(list, index)),
    pick: (index, s) =>
      restructure((list) => {
        // On to the 指标值: the name cell gives up the focus and shows the chosen name (a focused cell
        // keeps its own text), and the value is what one checks next.
        focusWhenShown(index, 'target');
        return applySuggestion(list, index, s);
      }),
    adopt: (index, entry) =>
      restructure((list) => {
        focusWhenShown(index, 'target');
        return applyLibraryEntry(list, index, entry);
      }),
    addLevel2: (goal, level1, level2) =>
      restructure((list) => {
        const added = addLevel2(list, term, goal, level1, level2);
        focusWhenShown(added.index, 'name');
        return added.indicators;
      }),
  };
}
