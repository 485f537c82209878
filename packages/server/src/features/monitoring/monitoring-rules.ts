// The steps of monitoring as data for the workflow engine (workflow-engine/): finance closes a round and
// reopens it with a reason; a unit submits its entry (已提交) and withdraws it while the round is open;
// finance returns a submitted entry (已退回) when reopening. The refusals are the codes the API has always
// answered (evaluation.errors.ts).
import type { Workflow, WorkflowRules } from '../../workflow-engine/workflow-engine.ts';
import { evaluationError, evaluationRefusals } from '../evaluation-common/evaluation.errors.ts';

export type RoundStatus = 'open' | 'closed';
export type RoundAction = 'close' | 'reopen';

export const roundRules: WorkflowRules<RoundStatus, RoundAction> = {
  close: { label: '关闭', role: 'finance', from: ['open'], to: 'closed', needsOpinion: false },
  // The reason is the opinion: it is shown to the units while the round is open again.
  reopen: { label: '重新开启', role: 'finance', from: ['closed'], to: 'open', needsOpinion: true },
};

const roundInWrongState = {
  close: 'round-already-closed',
  reopen: 'round-not-closed',
} as const satisfies Record<RoundAction, string>;

export const roundWorkflow: Workflow<RoundStatus, RoundAction> = {
  rules: roundRules,
  refusals: evaluationRefusals((action) => evaluationError(roundInWrongState[action])),
};

/** unfilled (未填报) → pending (填报中) | filled (已填报), by each save; then the steps below. */
export type EntryStatus = 'unfilled' | 'pending' | 'filled' | 'submitted' | 'returned';
export type EntryAction = 'submit' | 'withdraw' | 'return';

/** What a step on an entry looks at: its state and, for a returned one, whether its figures are complete. */
export interface EntrySubject {
  status: string;
  /** Whether something is still unreported; read for a returned entry (a saved `filled` one is complete). */
  incomplete?: () => boolean;
}

export const entryRules: WorkflowRules<EntryStatus, EntryAction, EntrySubject> = {
  submit: {
    label: '提交',
    role: 'filler',
    from: ['filled', 'returned'],
    to: 'submitted',
    needsOpinion: false,
    // A returned table may go back unchanged if it is complete (the unit checked it and found it right).
    guard: {
      holds: (entry) => entry.status === 'filled' || entry.incomplete?.() === false,
      refusal: () => evaluationError('entry-incomplete'),
    },
  },
  withdraw: { label: '撤回', role: 'filler', from: ['submitted'], to: 'filled', needsOpinion: false },
  return: { label: '退回', role: 'finance', from: ['submitted'], to: 'returned', needsOpinion: true },
};

export const entryWorkflow: Workflow<EntryStatus, EntryAction, EntrySubject> = {
  rules: entryRules,
  // Not yet filled is not a wrong state for the unit but an incomplete table.
  refusals: evaluationRefusals((action, status) =>
    action === 'withdraw'
      ? evaluationError('entry-not-submitted')
      : action === 'return'
        ? evaluationError('entry-not-returnable')
        : evaluationError(status === 'submitted' ? 'entry-submitted' : 'entry-incomplete'),
  ),
};
