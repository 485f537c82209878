// /api/self-evaluations: create from an approved project, fill, import, the workflow steps.
import { z } from 'zod';
import type { NewSelfEvaluation, SelfEvaluationScore } from '../evaluation/index.ts';
import {
  findingPayload,
  itemsOf,
  optionalYearQuery,
  pageOf,
  pageQuery,
  storedName,
  timestamp,
  yearField,
} from './common.ts';
import { evaluationTransition, storedDataNotice } from './monitoring.ts';

/**
 * The review steps of a self-evaluation (server: self-evaluation-workflow.ts says who takes each and
 * from which state): the unit submits, the 主管部门 returns or passes, finance returns or confirms.
 */
export const evaluationActions = [
  'submit',
  'review-return',
  'review-pass',
  'finance-return',
  'confirm',
] as const;
export const evaluationAction = z.enum(evaluationActions);
export type EvaluationAction = (typeof evaluationActions)[number];
/** Whether an action the server allows (`actions` of the view) is a review step, not `edit`. */
export const isEvaluationAction = (a: string): a is EvaluationAction => evaluationAction.safeParse(a).success;

/** The Chinese name of each state of a self-evaluation, as the web shows it and the server writes it. */
export const evaluationStatusNames: Readonly<Record<string, string>> = {
  draft: '草稿',
  scored: '已计分',
  submitted: '已提交',
  returned: '已退回',
  passed: '主管部门已审核',
  confirmed: '财政已确认',
};

export const selfEvaluationCreateBody = z.object({ formId: z.uuid(), year: yearField.optional() });
/** A workflow step names the version the actor saw (optimistic concurrency, as for forms). */
export const evaluationTransitionBody = z.object({
  version: z.number().int().positive(),
  opinion: z.string().trim().max(2000).optional(),
});
export type EvaluationTransitionBody = z.input<typeof evaluationTransitionBody>;

/** GET /api/self-evaluations — a self-evaluation in the list. */
export const evaluationSummary = z.object({
  id: z.string(),
  formId: z.string(),
  year: z.number(),
  projectName: z.string(),
  /** 项目编码 (absent for a 部门整体 form or a project without one). */
  projectCode: z.string().nullable().optional(),
  orgName: z.string(),
  status: z.string(),
  total: z.string().nullable(),
  grade: z.string().nullable(),
  executionRate: z.string().nullable(),
  updatedAt: timestamp,
});
export type EvaluationSummary = z.input<typeof evaluationSummary>;
export const evaluationListResponse = pageOf(evaluationSummary);
/** GET /api/self-evaluations — a year's self-evaluations in the reader's scope, newest change first. */
export const evaluationListQuery = optionalYearQuery.extend(pageQuery.shape);

/** GET /api/self-evaluations/behind — the units to chase (催报) over the whole year, not one page. */
export const evaluationBehindResponse = z.object({
  /** Units with a self-evaluation still theirs to finish, or an approved project not yet evaluated. */
  units: z.array(z.string()),
});

/** GET /api/self-evaluations/candidates — approved projects not yet evaluated that year. */
export const evaluationCandidate = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number().nullable(),
  orgId: z.string(),
  orgName: z.string(),
  status: z.string(),
});
export const evaluationCandidateList = itemsOf(evaluationCandidate);

/** A hand-set score with its reason, shown to the reviewer and finance. */
export const scoreOverride = z.object({
  indicatorId: z.string(),
  name: z.string().nullable(),
  computed: z.string(),
  score: z.string(),
  reason: z.string().nullable(),
});

/** A self-evaluation with its scoring, what the reader may do now and its review record. */
export const evaluationView = z.object({
  evaluation: z.object({
    id: z.string(),
    formId: z.string(),
    kind: storedName(['project', 'department']),
    orgId: z.string(),
    orgName: z.string(),
    projectName: z.string(),
    /** 项目编码 (absent for a 部门整体 form or a project without one). */
    projectCode: z.string().nullable().optional(),
    year: z.number(),
    status: z.string(),
    version: z.number(),
    total: z.string().nullable(),
    grade: z.string().nullable(),
    updatedAt: timestamp,
  }),
  data: z.custom<NewSelfEvaluation>(),
  score: z.custom<SelfEvaluationScore>(),
  overrides: z.array(scoreOverride),
  /** What the reader may do now: `edit` and the review steps. */
  actions: z.array(z.string()),
  transitions: z.array(evaluationTransition),
  /** An import's R-EVAL-09 (the total written in the file against the recomputed one). */
  findings: z.array(findingPayload).optional(),
  /** Parts of the stored evaluation that could not be read (shown in their place: the approved form's, or blank). */
  stored: storedDataNotice.nullable().optional(),
});
export type EvaluationView = z.input<typeof evaluationView>;

/** One indicator's last-year result, for next year's editor. */
export const indicatorHistory = z.object({
  indicatorId: z.string(),
  originId: z.string(),
  year: z.number().nullable(),
  target: z.string(),
  actual: z.string().nullable(),
  grade: z.string().nullable(),
  weight: z.string().nullable(),
  score: z.string().nullable(),
  /** Whether last year's target was missed (score below the weight), null when not evaluated. */
  missed: z.boolean().nullable(),
});
export type IndicatorHistory = z.input<typeof indicatorHistory>;
/** GET /api/forms/:id/evaluation-history — last year's results and the R-HIST checks. */
export const historyView = z.object({
  items: z.array(indicatorHistory),
  findings: z.array(findingPayload),
  lastYear: z
    .object({
      year: z.number(),
      total: z.string().nullable(),
      grade: z.string().nullable(),
      executionRate: z.string().nullable(),
    })
    .nullable(),
});
export type HistoryView = z.input<typeof historyView>;
export type EvaluationCandidate = z.input<typeof evaluationCandidate>;
