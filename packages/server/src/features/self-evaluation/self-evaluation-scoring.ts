// Scoring a stored self-evaluation: the weight scheme follows its 一级 (project 10/50/30/10, or the
// department-wide scheme for a 部门整体 form), the rest by the official defaults.
import { scoreSelfEvaluation, weightSchemeFor, type NewSelfEvaluation } from '@jixiao/core';

export function scoreOf(data: NewSelfEvaluation) {
  return scoreSelfEvaluation(data, { weights: weightSchemeFor(data.indicators) });
}

/** The title of the official table for the kind of form evaluated. */
export function evaluationTitle(kind: string): string {
  return kind === 'department' ? '部门整体支出绩效自评表' : '项目支出绩效自评表';
}
