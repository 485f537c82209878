// One workflow engine for forms, self-evaluations and monitoring (issue 15): each feature declares its steps
// as data — who takes a step, from which states, to which, whether an opinion (意见) must be written, and an
// optional further condition — and the engine answers the two questions every workflow asks: which steps
// may this actor take now (the page's buttons), and may this step be taken (refused with the feature's own
// coded error, so users see the same codes and messages as before). Recording a step (its transition row
// and audit entry) stays with the feature: each has its own table.
import type { Role } from '../http/access.ts';
import type { AppError } from '../http/errors.ts';

/** A condition beyond the state, with the refusal when it does not hold (a self-evaluation needs its score). */
export interface WorkflowGuard<Subject> {
  holds: (subject: Subject) => boolean;
  refusal: () => AppError;
}

/** One step of a workflow. A step of the `filler` role is taken for the filler's own unit only. */
export interface WorkflowRule<Status extends string, Subject extends WorkflowSubject = WorkflowSubject> {
  /** The step's Chinese name (buttons, messages, the API's summaries). */
  label: string;
  role: Role;
  from: readonly Status[];
  to: Status;
  /** An opinion (意见) must be written: a return says why. */
  needsOpinion: boolean;
  guard?: WorkflowGuard<Subject>;
}

/** A workflow's steps by action, in the order the buttons show them. */
export type WorkflowRules<
  Status extends string,
  Action extends string,
  Subject extends WorkflowSubject = WorkflowSubject,
> = {
  readonly [A in Action]: WorkflowRule<Status, Subject>;
};

/** How a feature refuses a step: its own error codes and messages. */
export interface WorkflowRefusals<
  Status extends string,
  Action extends string,
  Subject extends WorkflowSubject = WorkflowSubject,
> {
  /** The actor's role does not take this step. */
  wrongRole: (action: Action) => AppError;
  /** A filler's step on another unit's subject. */
  notOwnUnit: (action: Action) => AppError;
  /** The subject's state is not one the step starts from. */
  wrongState: (action: Action, status: string, rule: WorkflowRule<Status, Subject>) => AppError;
  opinionRequired: (action: Action) => AppError;
}

export interface Workflow<
  Status extends string,
  Action extends string,
  Subject extends WorkflowSubject = WorkflowSubject,
> {
  rules: WorkflowRules<Status, Action, Subject>;
  refusals: WorkflowRefusals<Status, Action, Subject>;
}

/** Who asks: the role, and whether the actor fills for the subject's unit (a filler of that very unit). */
export interface WorkflowActor {
  role: Role;
  ownUnit: boolean;
}

/** What a step acts on: at least its state; a guard may read more. */
export interface WorkflowSubject {
  status: string;
}

const startsFrom = (rule: { from: readonly string[] }, status: string) => rule.from.includes(status);

const actorTakes = (rule: { role: Role }, actor: WorkflowActor) =>
  rule.role === actor.role && (rule.role !== 'filler' || actor.ownUnit);

/** Whether the subject's state (and the step's guard) allow the step, whoever asks. */
export function stateAllows<Status extends string, Action extends string, Subject extends WorkflowSubject>(
  rules: WorkflowRules<Status, Action, Subject>,
  action: Action,
  subject: Subject,
): boolean {
  const rule: WorkflowRule<Status, Subject> = rules[action];
  return startsFrom(rule, subject.status) && (rule.guard?.holds(subject) ?? true);
}

/** The steps the actor may take now, in the order of the rules: role, own unit, state and guard all allow. */
export function allowedActions<Status extends string, Action extends string, Subject extends WorkflowSubject>(
  rules: WorkflowRules<Status, Action, Subject>,
  actor: WorkflowActor,
  subject: Subject,
): Action[] {
  return (Object.keys(rules) as Action[]).filter(
    (action) => actorTakes(rules[action], actor) && stateAllows(rules, action, subject),
  );
}

/** Refuses an actor who does not take the step: another role, or a filler of another unit. */
export function checkActor<Status extends string, Action extends string, Subject extends WorkflowSubject>(
  workflow: Workflow<Status, Action, Subject>,
  action: Action,
  actor: WorkflowActor,
): WorkflowRule<Status, Subject> {
  const rule: WorkflowRule<Status, Subject> = workflow.rules[action];
  if (rule.role !== actor.role) throw workflow.refusals.wrongRole(action);
  if (!actorTakes(rule, actor)) throw workflow.refusals.notOwnUnit(action);
  return rule;
}

/**
 * Refuses a step the subject cannot take now — in this order: its state, the step's guard, a missing
 * opinion — and returns the rule (its `to` is the new state). `opinion` is the one the feature will record.
 */
export function checkTransition<
  Status extends string,
  Action extends string,
  Subject extends WorkflowSubject,
>(
  workflow: Workflow<Status, Action, Subject>,
  action: Action,
  subject: Subject,
  opinion: string | null | undefined,
): WorkflowRule<Status, Subject> {
  const rule: WorkflowRule<Status, Subject> = workflow.rules[action];
  if (!startsFrom(rule, subject.status)) throw workflow.refusals.wrongState(action, subject.status, rule);
  if (rule.guard && !rule.guard.holds(subject)) throw rule.guard.refusal();
  if (rule.needsOpinion && !opinion) throw workflow.refusals.opinionRequired(action);
  return rule;
}
