// The workflow engine and the rule tables of forms, self-evaluations and monitoring: each step is taken from
// one of its states and refused, with the feature's own code, from another; roles, the own unit, guards and
// opinions are refused the same way whichever feature declares them.
import { describe, expect, it } from 'vitest';
import type { Role } from '../http/access.ts';
import { AppError } from '../http/errors.ts';
import { formWorkflow } from '../features/workflow/form-workflow.ts';
import { allowedActions as formButtons } from '../features/forms/form-transitions.ts';
import { selfEvaluationWorkflow } from '../features/self-evaluation/self-evaluation-workflow.ts';
import { entryWorkflow, roundWorkflow } from '../features/monitoring/monitoring-rules.ts';
import {
  allowedActions,
  checkActor,
  checkTransition,
  stateAllows,
  type Workflow,
  type WorkflowSubject,
} from './workflow-engine.ts';

/** The refusal a call throws, or null when it goes through. */
function refusal(step: () => unknown): { code: string; status: number; message: string } | null {
  try {
    step();
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, status: error.status, message: error.message };
  }
}

interface Case<S extends WorkflowSubject> {
  action: string;
  role: Role;
  /** A subject the step is taken from, and where it goes. */
  allowed: S;
  to: string;
  /** A subject the step is refused for (a wrong state, or the guard), and the feature's code. */
  refused: S;
  code: string;
}

/** A subject is written as its status, or whole where a guard reads more. */
type Row<S> = [
  action: string,
  role: Role,
  allowed: string | S,
  to: string,
  refused: string | S,
  code: string,
];

function casesOf<S extends WorkflowSubject>(subjectOf: (status: string) => S, rows: Row<S>[]): Case<S>[] {
  const subject = (s: string | S) => (typeof s === 'string' ? subjectOf(s) : s);
  return rows.map(([action, role, allowed, to, refused, code]) => ({
    action,
    role,
    allowed: subject(allowed),
    to,
    refused: subject(refused),
    code,
  }));
}

const formCases = casesOf(
  (status) => ({ status }),
  [
    ['submit', 'filler', 'returned', 'submitted', 'submitted', 'wrong-status'],
    ['review-return', 'reviewer', 'submitted', 'returned', 'passed', 'wrong-status'],
    ['review-pass', 'reviewer', 'submitted', 'passed', 'draft', 'wrong-status'],
    ['finance-return', 'finance', 'passed', 'returned', 'submitted', 'wrong-status'],
    ['approve', 'finance', 'passed', 'approved', 'approved', 'wrong-status'],
    ['publish', 'finance', 'approved', 'published', 'passed', 'wrong-status'],
  ],
);

type Scored = { status: string; result: unknown };
const selfEvaluationCases = casesOf<Scored>(
  (status) => ({ status, result: {} }),
  [
    ['submit', 'filler', 'scored', 'submitted', { status: 'scored', result: null }, 'evaluation-unscored'],
    ['review-return', 'reviewer', 'submitted', 'returned', 'passed', 'wrong-state'],
    ['review-pass', 'reviewer', 'submitted', 'passed', 'scored', 'wrong-state'],
    ['finance-return', 'finance', 'passed', 'returned', 'confirmed', 'wrong-state'],
    ['confirm', 'finance', 'passed', 'confirmed', 'submitted', 'wrong-state'],
  ],
);

const roundCases = casesOf(
  (status) => ({ status }),
  [
    ['close', 'finance', 'open', 'closed', 'closed', 'round-already-closed'],
    ['reopen', 'finance', 'closed', 'open', 'open', 'round-not-closed'],
  ],
);

type Entry = { status: string; incomplete?: () => boolean };
const entryCases = casesOf<Entry>(
  (status) => ({ status }),
  [
    ['submit', 'filler', 'filled', 'submitted', 'submitted', 'entry-submitted'],
    ['withdraw', 'filler', 'submitted', 'filled', 'filled', 'entry-not-submitted'],
    ['return', 'finance', 'submitted', 'returned', 'returned', 'entry-not-returnable'],
  ],
);

function eachRule<S extends WorkflowSubject>(
  name: string,
  workflow: Workflow<string, string, S>,
  cases: Case<S>[],
) {
  describe(name, () => {
    it('has a case for every rule', () => {
      expect(cases.map((c) => c.action).sort()).toEqual(Object.keys(workflow.rules).sort());
    });

    it.each(cases)('$action: allowed from $allowed.status, refused ($code) otherwise', (c) => {
      const actor = { role: c.role, ownUnit: true };
      expect(refusal(() => checkActor(workflow, c.action, actor))).toBeNull();
      expect(checkTransition(workflow, c.action, c.allowed, '意见').to).toBe(c.to);
      expect(allowedActions(workflow.rules, actor, c.allowed)).toContain(c.action);
      expect(refusal(() => checkTransition(workflow, c.action, c.refused, '意见'))?.code).toBe(c.code);
      expect(allowedActions(workflow.rules, actor, c.refused)).not.toContain(c.action);
    });

    it.each(cases)('$action: refused to another role', (c) => {
      const other: Role = c.role === 'finance' ? 'reviewer' : 'finance';
      expect(refusal(() => checkActor(workflow, c.action, { role: other, ownUnit: true }))).not.toBeNull();
      expect(allowedActions(workflow.rules, { role: other, ownUnit: true }, c.allowed)).not.toContain(
        c.action,
      );
    });
  });
}

eachRule('forms', formWorkflow as Workflow<string, string, WorkflowSubject>, formCases);
eachRule('self-evaluations', selfEvaluationWorkflow as Workflow<string, string, Scored>, selfEvaluationCases);
eachRule('monitoring rounds', roundWorkflow as Workflow<string, string, WorkflowSubject>, roundCases);
eachRule('monitoring entries', entryWorkflow as Workflow<string, string, Entry>, entryCases);

describe('the refusals users see', () => {
  it('names the form state and the step in the message, as before', () => {
    const refused = refusal(() => checkTransition(formWorkflow, 'approve', { status: 'draft' }, null));
    expect(refused).toEqual({
      code: 'wrong-status',
      status: 409,
      message: '表单当前状态为“draft”，不能财政批复',
    });
  });

  it('asks for an opinion on a return, and not on a pass', () => {
    expect(
      refusal(() => checkTransition(formWorkflow, 'review-return', { status: 'submitted' }, null))?.code,
    ).toBe('opinion-required');
    expect(
      refusal(() => checkTransition(formWorkflow, 'review-pass', { status: 'submitted' }, null)),
    ).toBeNull();
    const unscored = { status: 'submitted', result: null };
    expect(
      refusal(() => checkTransition(selfEvaluationWorkflow, 'review-return', unscored, '')),
    ).toMatchObject({
      code: 'opinion-required',
      status: 422,
    });
  });

  it("refuses a filler's step on another unit's subject with the feature's code", () => {
    const stranger = { role: 'filler' as const, ownUnit: false };
    expect(refusal(() => checkActor(formWorkflow, 'submit', stranger))?.code).toBe('not-your-form');
    expect(refusal(() => checkActor(selfEvaluationWorkflow, 'submit', stranger))?.code).toBe('not-your-unit');
    expect(allowedActions(formWorkflow.rules, stranger, { status: 'draft' })).toEqual([]);
    expect(
      allowedActions(formWorkflow.rules, { role: 'filler', ownUnit: true }, { status: 'draft' }),
    ).toEqual(['submit']);
  });

  it('lets a returned monitoring entry go back unchanged only when it is complete', () => {
    const complete = { status: 'returned', incomplete: () => false };
    const incomplete = { status: 'returned', incomplete: () => true };
    expect(checkTransition(entryWorkflow, 'submit', complete, null).to).toBe('submitted');
    expect(refusal(() => checkTransition(entryWorkflow, 'submit', incomplete, null))?.code).toBe(
      'entry-incomplete',
    );
    // Never saved: not a wrong state for the unit but a table still to fill.
    expect(refusal(() => checkTransition(entryWorkflow, 'submit', { status: 'unfilled' }, null))?.code).toBe(
      'entry-incomplete',
    );
    expect(stateAllows(entryWorkflow.rules, 'return', { status: 'submitted' })).toBe(true);
    expect(stateAllows(entryWorkflow.rules, 'return', { status: 'filled' })).toBe(false);
  });

  it('keeps the buttons of a form: edit and copy for its own filler, then the steps in order', () => {
    const form = { status: 'returned', orgId: 'u1' };
    expect(formButtons({ role: 'filler', orgId: 'u1' }, form)).toEqual(['edit', 'copy', 'submit']);
    expect(formButtons({ role: 'filler', orgId: 'u2' }, form)).toEqual([]);
    expect(formButtons({ role: 'finance', orgId: 'f' }, { status: 'passed', orgId: 'u1' })).toEqual([
      'finance-return',
      'approve',
    ]);
  });
});
