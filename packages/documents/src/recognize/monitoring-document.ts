// Recogniser of a published 绩效运行监控表 (any province's template): head, the budget executed to date
// (年初预算数 | 1—6月执行数 | 全年预计执行数), and per indicator the progress to date, the full-year
// forecast, the likelihood, the deviation reason and the corrective measure as printed.
import { emptyMonitoringDocument, type MonitoringDocument } from '@jixiao/core';
import { labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { betterBudget, readBudgetBlock } from './evaluation-budget.ts';
import { readBudgetInText } from './evaluation-stream-budget.ts';
import { cellStream, type StreamCell } from './evaluation-cells.ts';
import { readHead, readYear } from './evaluation-head.ts';
import { periodOfLabel } from './evaluation-budget-labels.ts';
import { readEvaluationTable } from './evaluation-table.ts';
import { valueOf } from './self-evaluation-document.ts';
import { readEvaluationTableInText } from './evaluation-stream-table.ts';
import { segmentText } from './evaluation-text.ts';
import { mostlyCut } from './cell-stream-confidence.ts';
import { budgetDeviationReason } from './monitoring-budget-reason.ts';

const nullIfEmpty = (t: string | undefined) => (t && t.trim() !== '' ? t.trim() : null);

/** The text after a whole-table remark label (偏差或不能完成目标原因分析 | …), when one is written. */
function remarkAfter(stream: readonly StreamCell[], from: number, label: RegExp): string | null {
  for (let i = from; i < stream.length; i++) {
    if (!label.test(labelKey(stream[i]!.text))) continue;
    const next = stream[i + 1];
    return next && next.row === stream[i]!.row ? next.text : null;
  }
  return null;
}

/** The period printed in a 1—m月 column anywhere in the table (budget or indicators). */
function periodIn(stream: readonly StreamCell[]): { period: string; month: number } | null {
  for (const c of stream) {
    if (!/月/.test(c.text) || !/执行|完成/.test(c.text)) continue;
    const p = periodOfLabel(c.text);
    if (p) return p;
  }
  // 半年度指标执行情况: the first half-year.
  return stream.some((c) => /^半年度?/.test(labelKey(c.text))) ? { period: '1—6月', month: 6 } : null;
}

/** The cells from `from` on came one per line (a copy without borders): three or more, no two on one row. */
function oneCellPerLine(stream: readonly StreamCell[], from: number): boolean {
  for (let i = from + 1; i < stream.length; i++) if (stream[i]!.row === stream[i - 1]!.row) return false;
  return stream.length - from >= 3;
}

/** Reads a 监控表 segment; null when it holds neither a budget block nor an indicator table. */
export function recognizeMonitoringDocument(
  rows: readonly Row[],
  title: string | null,
): MonitoringDocument | null {
  const stream = cellStream(rows);
  // Where no block is read by rows (a form run together on one line), or the rows hold clearly less (a label parted
  // from its figure: 年初 | 预算数 650 | 截至7月底执行数468), the text's reading a 自评表 uses: labels in their order,
  // the figures run together after them cut where the block's arithmetic holds.
  const budget = betterBudget(readBudgetBlock(stream), readBudgetInText(segmentText(rows), stream));
  // Read by rows; where they hold no indicator (a copy with one cell per line keeps no rows), from the text
  // as a 自评表's is. A 监控表's long texts (进度, 原因) read less surely from the text: the rows win otherwise.
  const byRows = readEvaluationTable(stream, budget?.end ?? 0);
  // … and where its table came one cell per line, whatever the rows' reading made of the lines (head labels cut
  // out of a cell, a target taken for a name).
  const byText =
    (byRows?.records.length ?? 0) === 0 || oneCellPerLine(stream, byRows!.start)
      ? readEvaluationTableInText(segmentText(rows), 0, null, false, !mostlyCut(rows))
      : null;
  const table = (byText?.records.length ?? 0) > 0 ? byText : byRows;
  if (!budget && !table) return null;
  const head = readHead(stream, Math.min(budget?.start ?? stream.length, table?.start ?? stream.length));
  const lines = budget?.lines ?? [];
  const total = (lines.find((l) => l.total) ?? lines[0])?.values ?? {};
  const period = budget?.period ?? periodIn(stream);
  // 部门整体支出绩效运行监控表: the whole budget of a department, named by the department (部门名称: …), as a
  // 部门整体 自评表 is.
  const whole = title !== null && /部门(（单位）)?整体|单位整体|整体支出/.test(labelKey(title));
  const doc = emptyMonitoringDocument({
    title,
    name: whole ? (head.name ?? head.unit ?? head.department) : head.name,
    unit: head.unit,
    department: head.department,
    year: readYear(title, stream),
    period: period?.period ?? null,
    month: period?.month ?? null,
    budget: {
      initial: total.initial ?? null,
      annual: total.annual ?? null,
      executed: total.executed ?? null,
      expectedFullYear: total.expectedFullYear ?? null,
      rate: total.rate ?? null,
    },
  });
  // Kept only where printed, as a row's light is: a table without the column reads as before.
  const budgetReason = budget ? budgetDeviationReason(stream, budget) : null;
  if (budgetReason !== null) doc.budget.deviationReason = budgetReason;
  if (table)
    doc.indicators = table.records.map((r) => ({
      level1: r.level1,
      level2: r.level2,
      name: r.name,
      target: valueOf(r.cells.target),
      actualToDate: valueOf(r.cells.actualToDate ?? r.cells.actual),
      expectedFullYear: valueOf(r.cells.expectedFullYear),
      deviationReason: nullIfEmpty(r.cells.reason),
      likelihood: nullIfEmpty(r.cells.likelihood),
      ...(r.cells.light ? { light: r.cells.light } : {}),
      ...(nullIfEmpty(r.cells.measure) ? { correctiveMeasure: nullIfEmpty(r.cells.measure) } : {}),
    }));
  const after = table?.end ?? budget?.end ?? 0;
  doc.deviationReason = remarkAfter(stream, after, /^偏差或不能完成目标原因分析$|^偏差原因分析$/);
  doc.measures = remarkAfter(stream, after, /^相关建议或举措$|^纠偏措施$|^改进措施$/);
  return doc;
}
