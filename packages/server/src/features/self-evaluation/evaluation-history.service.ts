// Results into next year: for a form whose indicators were copied from an earlier year (origin ids), each
// indicator's last-year target, actual and score from the stored self-evaluation, and the R-HIST checks
// (target too easy, unchanged while the budget moved, missed indicator dropped) on stored data.
import { and, eq, inArray } from 'drizzle-orm';
import {
  checkHistory,
  type Indicator,
  type LastYearIndicator,
  type SelfEvaluationIndicator,
  type SelfEvaluationScore,
} from '@jixiao/core';
import type { Db } from '../../db/client.ts';
import { forms, indicators as indicatorsTable } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { getForm } from '../forms/forms.service.ts';
import { evaluationsOfForms } from '../../storage/confirmed-evaluations.ts';
import { storedAnnual, storedIndicators } from '../../storage/stored-evaluation-parts.ts';

export interface IndicatorHistory {
  indicatorId: string;
  originId: string;
  year: number | null;
  target: string;
  actual: string | null;
  grade: string | null;
  weight: string | null;
  score: string | null;
  /** Whether last year's target was missed (score below the weight), null when not evaluated. */
  missed: boolean | null;
}

export async function evaluationHistory(db: Db, actor: Actor, formId: string) {
  const { form, meta } = await getForm(db, actor, formId);
  if (form.kind === 'disclosure') return { items: [], findings: [], lastYear: null };
  const ids = form.indicators.flatMap((i) => (i.id ? [i.id] : []));
  const own = ids.length
    ? await db
        .select({ id: indicatorsTable.id, originId: indicatorsTable.originId })
        .from(indicatorsTable)
        .where(inArray(indicatorsTable.id, ids))
    : [];
  const originOf = new Map(own.flatMap((r) => (r.originId ? [[r.id, r.originId] as const] : [])));
  const originIds = [...new Set(originOf.values())];
  // Last year's forms: those holding an origin indicator, and the form this one was copied from.
  const linked = originIds.length
    ? await db
        .select({ formId: indicatorsTable.formId })
        .from(indicatorsTable)
        .where(inArray(indicatorsTable.id, originIds))
    : [];
  const originForms = [
    ...new Set([...linked.map((l) => l.formId), ...(meta.copiedFromId ? [meta.copiedFromId] : [])]),
  ];
  if (originForms.length === 0) return { items: [], findings: [], lastYear: null };
  // Every annual indicator of those forms: a missed one that was dropped has no copy this year (R-HIST-03).
  const origins = await db
    .select({
      id: indicatorsTable.id,
      formId: indicatorsTable.formId,
      target: indicatorsTable.raw,
      name: indicatorsTable.name,
      targetValue: indicatorsTable.target,
    })
    .from(indicatorsTable)
    .where(and(inArray(indicatorsTable.formId, originForms), eq(indicatorsTable.term, 'annual')));
  const copyOf = new Map([...originOf].map(([id, origin]) => [origin, id]));
  const evaluations = await evaluationsOfForms(db, originForms);
  const previousForms = originForms.length
    ? await db
        .select({
          id: forms.id,
          year: forms.year,
          budgetCurrent: forms.budgetCurrent,
          budgetTotal: forms.budgetTotal,
        })
        .from(forms)
        .where(inArray(forms.id, originForms))
    : [];
  // The newest self-evaluation holding each origin indicator, with that indicator's score.
  const lastOf = new Map<
    string,
    { ev: (typeof evaluations)[number]; index: number; ind: SelfEvaluationIndicator }
  >();
  // Each evaluation's indicators as far as they can be read (stored-data.ts: data in an older shape), with
  // their place in the stored list, which the scoring's results follow.
  for (const ev of evaluations)
    for (const { indicator: ind, index } of storedIndicators(ev.data))
      if (!lastOf.has(ind.indicatorId)) lastOf.set(ind.indicatorId, { ev, index, ind });
  const items: IndicatorHistory[] = [];
  const lastYearIndicators: LastYearIndicator[] = [];
  for (const o of origins) {
    const hit = lastOf.get(o.id);
    const ind = hit?.ind ?? null;
    const result = hit
      ? (hit.ev.result as SelfEvaluationScore | null)?.indicators[hit.index]?.result
      : undefined;
    const scored = result && result.ok ? result.value : null;
    const thisId = copyOf.get(o.id);
    const missed = scored ? Number(scored.score) < Number(scored.weight) : null;
    if (thisId)
      items.push({
        indicatorId: thisId,
        originId: o.id,
        year: hit?.ev.year ?? previousForms.find((f) => f.id === o.formId)?.year ?? null,
        target: o.target,
        actual: ind ? (ind.grade ?? (ind.actual.raw || null)) : null,
        grade: ind?.grade ?? null,
        weight: scored?.weight ?? null,
        score: scored?.score ?? null,
        missed,
      });
    lastYearIndicators.push({
      indicatorId: o.id,
      name: o.name,
      target: ind?.target ?? (o.targetValue as LastYearIndicator['target']),
      actual: ind?.actual ?? { raw: '', kind: 'empty', op: null, value: null, unit: null, text: null },
      grade: ind?.grade ?? null,
      weight: scored?.weight ?? null,
      score: scored?.score ?? null,
    } as LastYearIndicator);
  }
  const lastEval = evaluations[0];
  const lastForm = previousForms[0];
  const lastBudget = storedAnnual(lastEval?.data) ?? lastForm?.budgetCurrent ?? lastForm?.budgetTotal ?? null;
  const thisBudget = form.kind === 'project' ? (form.budget.current ?? form.budget.total) : null;
  // The core compares indicators by id: this year's rows are presented under their origin's id.
  const thisYear: Indicator[] = form.indicators.map((i) => {
    const origin = i.id ? originOf.get(i.id) : undefined;
    return origin ? { ...i, id: origin } : { ...i, id: undefined };
  }) as Indicator[];
  const findings = checkHistory({
    form: form.kind === 'project' ? (form.name ?? '') : (form.department ?? ''),
    lastYear: { budget: lastBudget, indicators: lastYearIndicators },
    thisYear: { budget: thisBudget, indicators: thisYear },
  });
  return {
    items,
    findings,
    lastYear: lastEval
      ? {
          year: lastEval.year,
          total: lastEval.total,
          grade: lastEval.grade,
          executionRate: lastEval.executionRate,
        }
      : null,
  };
}
