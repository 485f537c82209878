// A 自评报告 printed as a form: the 自评表 it holds, read as one (the lead's product decision, issue 12).
//
// Some 财政局 templates title a project's self-evaluation as a report (岳阳's 财政支出项目绩效评价自评报告, taken over
// from 浙江's): a cover of labels (项目名称 / 项目单位 / 主管部门 / 评价方式 / 报告日期), then 一、项目基本概况 as cells —
// 计划安排资金 | 实际到位资金 | 实际支出 | 结余, each (万元) on a line of its own —, then 定性 and 定量 targets beside what
// was done. Whoever holds such a form holds a self-evaluation: where the report's body carries a 自评表's content it is
// read as that 自评表; a report in prose, with no such content, stays a report (refused with its reason).
import type { SelfEvaluationDocument } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { recognizeSelfEvaluationDocument } from './self-evaluation-document.ts';

/**
 * Whether a self-evaluation read from a report's rows holds a 自评表's content: the project it names, and its funds
 * planned and spent or indicator rows with both a target and an actual. A name alone (a report's cover) is no form,
 * and neither are funds or rows under no name (figures a report quotes).
 */
export function holdsSelfEvaluation(doc: SelfEvaluationDocument): boolean {
  if (!doc.name) return false;
  const planned = doc.budget.annual ?? doc.budget.initial;
  const funds = planned !== null && doc.budget.executed !== null;
  const rows = doc.indicators.some((i) => i.target.kind !== 'empty' && i.actual.kind !== 'empty');
  return funds || rows;
}

/** The 自评表 a report titled as such holds, or null where the report's body holds none (prose). */
export function reportFormEvaluation(
  rows: Row[],
  title: string | null,
  gaps: boolean,
): SelfEvaluationDocument | null {
  const doc = recognizeSelfEvaluationDocument(rows, title, null, gaps);
  return doc && holdsSelfEvaluation(doc) ? doc : null;
}
