// The editor page's pending edits (see utils/pending-edits.ts), handed to its cells and actions.
import { createContext, useContext } from 'react';
import { NO_PENDING_EDITS, type PendingEdits } from '../utils/pending-edits.ts';

export const PendingEditsContext = createContext<PendingEdits>(NO_PENDING_EDITS);

export const usePendingEdits = (): PendingEdits => useContext(PendingEditsContext);
