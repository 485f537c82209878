// An imported 监控表 → the save input of the project's entry in the open monitoring round, for the pairs the
// user confirmed: progress to date, full-year forecast, deviation reason, likelihood and corrective measure per
// indicator, and the budget executed to date. Words outside the dictionaries are kept as text and said in `notes`.
import {
  amountString,
  deviationReasonSchema,
  likelihoodSchema,
  monitoringGradeSchema,
  type Likelihood,
  type MonitoringDocument,
  type MonitoringDocumentIndicator,
  type NewMonitoringEntry,
} from '@jixiao/core';
import { monitoringInputOf } from '@jixiao/core/contracts';
import type { MonitoringRowInput, MonitoringSaveInput } from '../monitoring/monitoring-input.ts';
import type { PairChoice } from './self-evaluation-fill.ts';

/** Spellings of 完成目标可能性 in published templates that mean a dictionary word. */
const LIKELIHOOD_SPELLINGS: Record<string, Likelihood> = {
  不可能: '完全不可能',
  确定: '确定能',
  可能: '有可能',
};

const amount = (s: string | null) => (s !== null && amountString.safeParse(s).success ? s : null);

function likelihoodOf(text: string | null, name: string, notes: string[]): Likelihood | null {
  const t = text?.replace(/\s+/g, '') ?? '';
  if (!t) return null;
  const said = likelihoodSchema.safeParse(t);
  if (said.success) return said.data;
  const spelled = LIKELIHOOD_SPELLINGS[t];
  if (spelled) return spelled;
  notes.push(`「${name}」的完成目标可能性「${t}」不在字典中，未导入：请在监控表中选择`);
  return null;
}

export function monitoringInputFromDocument(
  entry: NewMonitoringEntry,
  version: number,
  doc: MonitoringDocument,
  pairs: readonly PairChoice[],
): { input: MonitoringSaveInput; notes: string[] } {
  const notes: string[] = [];
  const base: MonitoringSaveInput = monitoringInputOf(entry, version);
  const rowOf = new Map<string, MonitoringDocumentIndicator>();
  for (const p of pairs) if (p.indicatorId) rowOf.set(p.indicatorId, doc.indicators[p.row]!);
  const skipped = pairs.filter((p) => p.indicatorId === null).length;
  if (skipped > 0) notes.push(`表中 ${skipped} 行未导入（选择了“不导入”或没有对应的批复指标）`);
  if (doc.month !== null && doc.month !== entry.month)
    notes.push(
      `表中数据为 ${doc.period ?? `1—${doc.month}月`}，本轮监控为 1—${entry.month}月：已按本轮导入，请核对`,
    );

  const indicators = base.indicators.map((ind, i): MonitoringRowInput => {
    const row = rowOf.get(ind.indicatorId);
    if (!row) return ind;
    const approved = entry.indicators[i]!;
    const name = approved.name ?? row.name;
    const qualitative = approved.target.kind === 'qualitative';
    const grade = qualitative ? monitoringGradeSchema.safeParse(row.actualToDate.raw.trim()) : null;
    if (qualitative && !grade?.success && row.actualToDate.raw.trim())
      notes.push(
        `定性指标「${name}」的执行情况「${row.actualToDate.raw}」不是字典中的等级：请在监控表中选择`,
      );
    const reason = row.deviationReason?.trim() || null;
    const coded = reason ? deviationReasonSchema.safeParse(reason) : null;
    return {
      ...ind,
      actualToDate: qualitative ? '' : row.actualToDate.raw,
      expectedFullYear: row.expectedFullYear.raw,
      grade: grade?.success ? grade.data : ind.grade,
      // A reason written in words is kept as the text of 其他原因 (the dictionary's catch-all).
      deviationReason: reason ? (coded?.success ? coded.data : '其他原因') : ind.deviationReason,
      reasonText: reason && !coded?.success ? reason : ind.reasonText,
      likelihood: likelihoodOf(row.likelihood, name, notes) ?? ind.likelihood,
      // 纠偏措施 as printed; a table without the column leaves what the entry holds.
      correctiveMeasure: row.correctiveMeasure?.trim() || ind.correctiveMeasure,
    };
  });
  const unfilled = entry.indicators.filter((s) => !rowOf.has(s.indicatorId)).map((s) => `「${s.name}」`);
  if (unfilled.length > 0) notes.push(`批复指标${unfilled.join('、')}没有导入值，保留原有内容`);
  return {
    input: {
      ...base,
      budget: {
        ...base.budget,
        annual: amount(doc.budget.annual) ?? base.budget.annual,
        executedToDate: amount(doc.budget.executed) ?? base.budget.executedToDate,
      },
      indicators,
    },
    notes,
  };
}
