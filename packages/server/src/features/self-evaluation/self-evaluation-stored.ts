// A self-evaluation's data as stored, read with the self-evaluation schema (evaluation-common/stored-data.ts):
// data written by an older version or loaded by hand is shown from what can be read, the rest from what
// creating the self-evaluation would write today (the approved form), and the view names what could not be read.
import {
  amountString,
  draftSelfEvaluationIndicators,
  monitoringIndicatorSchema,
  indicatorValueSchema,
  newSelfEvaluationSchema,
  parseIndicatorValue,
  type MonitoringIndicator,
  type NewSelfEvaluation,
} from '@jixiao/core';
import type { Executor } from '../../db/client.ts';
import {
  approvedBudget,
  loadApprovedForm,
  type ApprovedForm,
} from '../evaluation-common/approved-project.ts';
import { readStored, type StoredRead } from '../evaluation-common/stored-data.ts';
import * as repo from './self-evaluation.repo.ts';

/** A self-evaluation as creating it writes it: the approved form, and the latest monitoring's forecasts. */
export async function initialData(
  ex: Executor,
  p: ApprovedForm,
  formId: string,
  year: number,
): Promise<NewSelfEvaluation> {
  const name = p.form.kind === 'project' ? p.form.name : p.form.department;
  const monitoring = await repo.latestMonitoring(ex, p.row.regionCode, formId, year);
  // The monitoring entry's parts as far as they can be read (an entry stored in an older shape adds nothing).
  const monitored = monitoring?.data as { indicators?: unknown; budget?: { annual?: unknown } } | undefined;
  const monitoredAnnual = amountString.safeParse(monitored?.budget?.annual);
  const monitoredIndicators: MonitoringIndicator[] = Array.isArray(monitored?.indicators)
    ? monitored.indicators.flatMap((i) => {
        const read = monitoringIndicatorSchema.safeParse(i);
        return read.success ? [read.data] : [];
      })
    : [];
  const budget = approvedBudget(p);
  return {
    projectId: formId,
    projectName: name ?? p.row.name,
    projectCode: p.row.code,
    year,
    supervisor: p.form.kind === 'project' ? p.form.supervisor : null,
    executor: p.form.kind === 'project' ? (p.form.executor ?? p.form.unit) : p.form.department,
    budget: {
      initial: budget,
      annual: monitoredAnnual.success ? monitoredAnnual.data : budget,
      executed: '0',
    },
    goals: p.form.goals
      .filter((g) => g.term === 'annual')
      .map((g) => ({ label: g.label, expected: g.text, achieved: null })),
    indicators: draftSelfEvaluationIndicators(
      p.form.indicators,
      monitoring ? { indicators: monitoredIndicators } : undefined,
    ),
    conclusions: { problems: null, improvements: null },
  };
}

const blanks = new Map([[indicatorValueSchema, parseIndicatorValue('')]]);

/**
 * The self-evaluation's data: as stored when the schema takes it (no statement); otherwise read part by
 * part, the parts it does not take from its own row (project, year) and what creating it would write today.
 */
export async function readEvaluationData(
  ex: Executor,
  row: repo.EvaluationWithNames,
): Promise<StoredRead<NewSelfEvaluation>> {
  const direct = newSelfEvaluationSchema.safeParse(row.data);
  if (direct.success) return { value: direct.data, parts: [] };
  const p = await loadApprovedForm(ex, row.formId, ['project', 'department']).catch(() => undefined);
  const initial = p ? await initialData(ex, p, row.formId, row.year) : undefined;
  const fallback = {
    projectId: row.formId,
    projectName: row.projectName,
    projectCode: row.projectCode ?? null,
    year: row.year,
    ...initial,
  };
  return readStored(newSelfEvaluationSchema, row.data, { fallback, blanks });
}
