// Text typed into a form's cells and not handed on to the form yet (a cell hands its text on when typing
// pauses or the cell is left, so that a keystroke re-renders that cell only). Anything that changes the
// form's structure or takes the form away — moving, inserting or deleting a row, adding a 二级指标 or a
// goal, saving, submitting — first flushes every such cell, so no typed text is lost or lands on a row
// that has moved meanwhile, whatever the order of events.

export interface PendingEdits {
  /** A cell says how to hand on its typed text; returns the way to take it back (the cell is gone). */
  hold(flush: () => void): () => void;
  /** Every cell hands on its typed text to the form, now. */
  flush(): void;
}

export function createPendingEdits(): PendingEdits {
  const cells = new Set<() => void>();
  return {
    hold(flush) {
      cells.add(flush);
      return () => void cells.delete(flush);
    },
    flush() {
      // A copy: a cell's flush may re-render the form and so add or take back cells.
      for (const flush of [...cells]) flush();
    },
  };
}

/** For a cell outside any editor page (nothing to flush into but its own handler). */
export const NO_PENDING_EDITS: PendingEdits = { hold: () => () => undefined, flush: () => undefined };
