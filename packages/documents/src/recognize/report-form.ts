// A 自评报告 printed as a form: the 自评表 it holds, read as one (the lead's product decision, issue 12).
//
// Some 财政局 templates title a project's self-evaluation as a report (岳阳's 财政支出项目绩效评价自评报告, taken over
// from 浙江's): a cover of labels (项目名称 / 项目单位 / 主管部门 / 评价方式 / 报告日期), then 一、项目基本概况 as cells —
// 计划安排资金 | 实际到位资金 | 实际支出 | 结余, each (万元) on a line of its own —, then 定性 and 定量 targets beside what
// was done. Whoever holds such a form holds a self-evaluation: where the report's body carries a 自评表's content it is
// read as that 自评表; a report in prose, with no such content, stays a report (refused with its reason).
import type { SelfEvaluationDocument } from '@jixiao/core';
import { isBlankCell, labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { goalLabelOf, QUANTITATIVE_SECTION } from './evaluation-head-labels.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';
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
  const doc = recognizeSelfEvaluationDocument(quantitativeHeader(rows), title, null, gaps);
  if (!doc || !holdsSelfEvaluation(doc)) return null;
  doc.year ??= periodYear(rows);
  return doc;
}

/**
 * The year a report's form evaluates, where its title names none: the 项目起止时间 it prints, when the period lies
 * in one year (2017年1月起至2017年12月止 → 2017). The 报告日期 is the next year's and is no form's year.
 */
export function periodYear(rows: readonly Row[]): number | null {
  const cells = rows.flatMap((r) => r.cells.filter((c) => !isBlankCell(c)).map((c) => c.trim()));
  const at = cells.findIndex((c) => /^项目起止时间/.test(labelKey(c)));
  if (at < 0) return null;
  // The period in the label's own cell (项目起止时间：…) or in the cell after it.
  const inline = cells[at]!.replace(/^项目起止时间[:：]?\s*/, '');
  const period = inline !== '' ? inline : (cells[at + 1] ?? '');
  const years = [...new Set([...period.matchAll(/(?:19|20)\d{2}(?=\s*年)/g)].map((m) => Number(m[0])))];
  return years.length === 1 ? years[0]! : null;
}

/**
 * The words the 定性 section heads its goals with (预期目标 | 实际完成) head the 定量 section's indicator table too
 * (项目绩效定量目标（指标）及完成情况: 一级指标 | 二级指标 | 指标内容 | 预期目标 | 实际完成): under that heading they are the
 * table's target and actual columns, and are written so (目标值, 实际完成值) for the reader of 自评表 tables. Above it,
 * and anywhere outside a report's form, they stay goal headings.
 */
export function quantitativeHeader(rows: Row[]): Row[] {
  const at = rows.findIndex((r) => r.cells.some((c) => QUANTITATIVE_SECTION.test(labelKey(c))));
  if (at < 0) return rows;
  const out = rows.slice();
  // The header: the rows right under the heading whose every filled cell is a column's heading or a goal's word.
  for (let k = at + 1; k < rows.length; k++) {
    const filled = rows[k]!.cells.filter((c) => !isBlankCell(c));
    if (filled.length === 0) continue;
    if (!filled.every((c) => indicatorColumnOf(c) !== null || goalLabelOf(c) !== null)) break;
    out[k] = { ...rows[k]!, cells: rows[k]!.cells.map(asIndicatorHeading) };
  }
  return out;
}

function asIndicatorHeading(cell: string): string {
  if (indicatorColumnOf(cell) !== null) return cell;
  const goal = goalLabelOf(cell);
  return goal === 'expected' ? '目标值' : goal === 'achieved' ? '实际完成值' : cell;
}
