// What a check reads, as a tagged union: a rule declares the kinds it reads (meta.subjects) and `check`
// receives only those. Form checks read `form` through `check(form, context)`; the others read one of these.
// The evaluated subjects (a monitoring round, a scored self-evaluation) carry what the scoring worked out,
// so a rule reports on the lights and scores without computing them twice.
import type { Budget } from '../budget/budget-model.ts';
import type { EvaluationDocument } from '../model/evaluation-document.ts';
import type { Indicator } from '../model/indicator.ts';
import type { IndicatorValue } from '../model/indicator-value.ts';
import type { NewMonitoringEntry } from '../evaluation/monitoring-model.ts';
import type { BudgetLight, IndicatorLight, Light } from '../evaluation/monitoring-lights.ts';
import type { NewSelfEvaluation } from '../evaluation/self-evaluation-model.ts';
import type { HistoryInput, HistoryOptions } from '../evaluation/history-model.ts';
import type { Result } from '../evaluation/result.ts';
import type { IndicatorScore } from '../evaluation/score-types.ts';

/** A budget held by classification codes (R-BUD-*). */
export interface BudgetSubject {
  kind: 'budget';
  budget: Budget;
}

/** A 自评表 / 监控表 read on its own from a published or uploaded document. */
export interface EvaluationDocumentSubject {
  kind: 'evaluation-document';
  doc: EvaluationDocument;
  /** The province the document comes from, when known: selects the weight scheme (R-EVAL-14). */
  region?: string | null;
}

/** A self-evaluation as entered, with each row's score worked out (null where the row could not be scored). */
export interface SelfEvaluationSubject {
  kind: 'self-evaluation';
  evaluation: NewSelfEvaluation;
  scored: ReadonlyArray<{ result: Result<IndicatorScore> }>;
}

/** The total written on an uploaded self-evaluation against the total recomputed from its rows. */
export interface StatedTotalSubject {
  kind: 'stated-total';
  stated: string | null;
  computed: string | null;
}

/** The rows of a self-evaluation or a monitoring round against the approved (批复) annual indicators. */
export interface ApprovedRowsSubject {
  kind: 'approved-rows';
  of: 'self-evaluation' | 'monitoring';
  rows: ReadonlyArray<{ indicatorId: string; name: string | null; target: IndicatorValue }>;
  approved: readonly Indicator[];
}

/** A monitoring round with its lights worked out. */
export interface MonitoringSubject {
  kind: 'monitoring';
  entry: NewMonitoringEntry;
  budget: Result<BudgetLight>;
  /** One per row of `entry.indicators`; `unreported` rows (未填报) have no light and raise nothing. */
  indicators: ReadonlyArray<{ path: string; unreported: boolean; result: Result<IndicatorLight> }>;
  goals: ReadonlyArray<{ goal: string; light: Light | null; indicators: readonly number[] }>;
}

/** This year's indicators against last year's approved targets, actuals and scores. */
export interface HistorySubject {
  kind: 'history';
  input: HistoryInput;
  options: HistoryOptions;
}

/** Form checks read a Form with its batch; the tag is listed so that every rule names what it reads. */
export interface FormSubjectTag {
  kind: 'form';
}

export type Subject =
  | FormSubjectTag
  | BudgetSubject
  | EvaluationDocumentSubject
  | SelfEvaluationSubject
  | StatedTotalSubject
  | ApprovedRowsSubject
  | MonitoringSubject
  | HistorySubject;

export type SubjectKind = Subject['kind'];
