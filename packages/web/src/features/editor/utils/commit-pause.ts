// How long typing must pause before a grid or fund cell hands its text on to the form: until then a
// keystroke re-renders that one cell, not the form around it (its totals, findings and the other rows
// follow once, a moment later, or at once when the cell is left).
export const COMMIT_PAUSE_MS = 250;
