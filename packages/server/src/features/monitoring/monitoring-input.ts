// What a unit sends when it fills a monitoring table: values as typed (read with the 指标值 grammar here),
// dictionary choices, amounts in 万元. Validated by zod, then merged onto the approved rows by indicator id.
import { parseIndicatorValue, type NewMonitoringEntry } from '@jixiao/core';
import type { MonitoringSaveInput } from '@jixiao/core/contracts';
import { evaluationError } from '../evaluation-common/evaluation.errors.ts';

export {
  amountInput,
  monitoringRowInput,
  monitoringSaveBody,
  type MonitoringRowInput,
  type MonitoringSaveInput,
} from '@jixiao/core/contracts';

const blankToNull = (s: string | null) => (s === null || s.trim() === '' ? null : s.trim());

/** The stored entry with the typed values applied; an indicator id not in the entry is refused. */
export function applyMonitoringInput(
  entry: NewMonitoringEntry,
  input: MonitoringSaveInput,
): NewMonitoringEntry {
  const byId = new Map(input.indicators.map((r) => [r.indicatorId, r]));
  const known = new Set(entry.indicators.map((i) => i.indicatorId));
  const unknown = input.indicators.filter((r) => !known.has(r.indicatorId)).map((r) => r.indicatorId);
  if (unknown.length > 0) throw evaluationError('unknown-indicator', { indicatorIds: unknown });
  return {
    ...entry,
    budget: {
      annual: input.budget.annual,
      executedToDate: input.budget.executedToDate,
      plannedShareToDate: blankToNull(input.budget.plannedShareToDate ?? null),
    },
    indicators: entry.indicators.map((row) => {
      const r = byId.get(row.indicatorId);
      if (!r) return row;
      return {
        ...row,
        actualToDate: parseIndicatorValue(r.actualToDate),
        expectedFullYear: parseIndicatorValue(r.expectedFullYear),
        grade: r.grade,
        deviationReason: r.deviationReason,
        reasonText: blankToNull(r.reasonText),
        likelihood: r.likelihood,
        correctiveMeasure: blankToNull(r.correctiveMeasure),
      };
    }),
  };
}
