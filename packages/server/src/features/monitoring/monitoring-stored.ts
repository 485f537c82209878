// A monitoring entry's data as stored, read with the entry schema (evaluation-common/stored-data.ts): an
// entry written by an older version or loaded by hand is shown from what can be read, the rest from what
// opening the round would write for it today (the approved form), and the view names what could not be read.
import {
  draftMonitoringIndicators,
  indicatorValueSchema,
  monitoringBudgetSchema,
  newMonitoringEntrySchema,
  parseIndicatorValue,
  type NewMonitoringEntry,
  type ProjectForm,
} from '@jixiao/core';
import type { Executor } from '../../db/client.ts';
import {
  approvedBudget,
  loadApprovedProject,
  type ApprovedProject,
} from '../evaluation-common/approved-project.ts';
import { readStored, type StoredRead } from '../evaluation-common/stored-data.ts';
import type * as repo from './monitoring.repo.ts';

/** An entry as opening a round writes it for an approved project (monitoring.service.ts `openRound`). */
export function openingData(
  p: ApprovedProject,
  formId: string,
  year: number,
  month: number,
): NewMonitoringEntry {
  const form: ProjectForm = p.form;
  return {
    projectId: formId,
    projectName: form.name ?? p.row.name,
    projectCode: p.row.code,
    year,
    month,
    budget: { annual: approvedBudget(p), executedToDate: '0', plannedShareToDate: null },
    indicators: draftMonitoringIndicators(form.indicators),
  };
}

const blanks = new Map([[indicatorValueSchema, parseIndicatorValue('')]]);

/**
 * The entry's data: as stored when the schema takes it (no statement); otherwise read part by part, the
 * parts it does not take from the entry's own row and round (project, year, month) and the approved form.
 */
export async function readEntryData(
  ex: Executor,
  row: repo.EntryWithNames,
  round: Pick<repo.RoundRow, 'year' | 'month'>,
): Promise<StoredRead<NewMonitoringEntry>> {
  const direct = newMonitoringEntrySchema.safeParse(row.data);
  if (direct.success) return { value: direct.data, parts: [] };
  const p = await loadApprovedProject(ex, row.formId).catch(() => undefined);
  const fallback = {
    projectId: row.formId,
    projectName: row.projectName,
    projectCode: row.projectCode ?? null,
    year: round.year,
    month: round.month,
    ...(p ? openingData(p, row.formId, round.year, round.month) : {}),
  };
  return readStored(newMonitoringEntrySchema, row.data, { fallback, blanks });
}

/** The stored 1—m月执行数, when it can be read (for the record frozen at closing); null when it cannot. */
export function storedExecutedToDate(data: unknown): string | null {
  const budget = (data as { budget?: unknown } | null)?.budget;
  const read = monitoringBudgetSchema.shape.executedToDate.safeParse(
    (budget as { executedToDate?: unknown } | null | undefined)?.executedToDate,
  );
  return read.success ? read.data : null;
}
