// The editable state of a monitoring table: the stored entry as the strings a unit types, and back to the
// save body. Pure, so the page keeps no logic of its own.
import type { NewMonitoringEntry } from '@jixiao/core';
import type { EntryInput, EntryRowInput } from '../api/monitoring-api.ts';

export function inputFromEntry(data: NewMonitoringEntry, version: number): EntryInput {
  return {
    version,
    budget: {
      annual: data.budget.annual,
      executedToDate: data.budget.executedToDate,
      plannedShareToDate: data.budget.plannedShareToDate ?? null,
    },
    indicators: data.indicators.map((i) => ({
      indicatorId: i.indicatorId,
      actualToDate: i.actualToDate.raw,
      expectedFullYear: i.expectedFullYear.raw,
      grade: i.grade,
      deviationReason: i.deviationReason,
      reasonText: i.reasonText,
      likelihood: i.likelihood,
      correctiveMeasure: i.correctiveMeasure,
    })),
  };
}

/** One row changed; the others kept. */
export function withRow(input: EntryInput, index: number, change: Partial<EntryRowInput>): EntryInput {
  return { ...input, indicators: input.indicators.map((r, i) => (i === index ? { ...r, ...change } : r)) };
}
