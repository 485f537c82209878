// Canonical form ↔ relational rows: scalars in `forms` columns, goals and indicators (with the
// parsed 指标值 op/value/unit/kind) in their own tables, the remaining structure in `rest`.
import { randomUUID } from 'node:crypto';
import { formDisplayName, type Form, type Goal, type Indicator, type IndicatorValue } from '@jixiao/core';
import { yearKey, type formGoals, type indicators } from '../../db/schema.ts';

type GoalRow = typeof formGoals.$inferSelect;
type IndicatorRow = typeof indicators.$inferSelect;

export function goalsOf(form: Form): Goal[] {
  return form.kind === 'disclosure' ? [] : form.goals;
}

export function indicatorsOf(form: Form): Indicator[] {
  return form.kind === 'disclosure' ? [] : form.indicators;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface KnownIndicator {
  id: string;
  originId: string | null;
}

/**
 * Gives every indicator a stable id: an id already held by this form is kept; a missing, foreign
 * or repeated id gets a new one. Returns the form with ids and the origin of each id.
 */
export function assignIndicatorIds(
  form: Form,
  known: ReadonlyMap<string, KnownIndicator>,
): { form: Form; origins: Map<string, string | null> } {
  if (form.kind === 'disclosure') return { form, origins: new Map() };
  const seen = new Set<string>();
  const origins = new Map<string, string | null>();
  const withIds = form.indicators.map((ind) => {
    let id = ind.id;
    if (!id || !known.has(id) || seen.has(id)) id = randomUUID();
    seen.add(id);
    origins.set(id, known.get(id)?.originId ?? null);
    return { ...ind, id };
  });
  return { form: { ...form, indicators: withIds } as Form, origins };
}

export interface FormColumns {
  kind: string;
  formType: string;
  year: number | null;
  name: string;
  code: string | null;
  budgetTotal: string | null;
  budgetCurrent: string | null;
  rest: Record<string, unknown>;
}

export function formColumns(form: Form): FormColumns {
  const { goals: _g, indicators: _i, ...rest } = form as Form & { goals?: unknown; indicators?: unknown };
  const dec = (v: string | null | undefined) => (v && DECIMAL.test(v) ? v : null);
  return {
    kind: form.kind,
    formType: form.formType,
    year: form.year,
    name: formDisplayName(form),
    code: form.kind === 'project' ? form.code : null,
    budgetTotal: form.kind === 'project' ? dec(form.budget.total) : null,
    budgetCurrent: form.kind === 'project' ? dec(form.budget.current) : null,
    rest,
  };
}

/** The form's goals as rows, in the partition of the form's year (the year the form row is saved with). */
export function goalRows(regionCode: string, formId: string, form: Form): GoalRow[] {
  const year = yearKey(form.year);
  return goalsOf(form).map((g, position) => ({
    regionCode,
    formId,
    year,
    position,
    term: g.term,
    label: g.label,
    text: g.text,
  }));
}

export function indicatorRows(
  regionCode: string,
  formId: string,
  form: Form,
  origins: ReadonlyMap<string, string | null>,
): IndicatorRow[] {
  const year = yearKey(form.year);
  return indicatorsOf(form).map((ind, position) => {
    const t = ind.target;
    return {
      id: ind.id!,
      regionCode,
      formId,
      year,
      position,
      term: ind.term,
      goal: ind.goal,
      level1: ind.level1,
      level2: ind.level2,
      name: ind.name,
      raw: t.raw,
      valueKind: t.kind,
      op: t.op,
      value: t.value && DECIMAL.test(t.value) ? t.value : null,
      unit: t.unit,
      valueText: t.text,
      target: t,
      history: ind.history,
      basis: ind.basis,
      category: ind.category,
      originId: origins.get(ind.id!) ?? null,
      libraryId: libraryIdOf(ind),
    };
  });
}

/** What the canonical form needs of the stored goal and indicator rows. */
export type StoredGoal = Pick<GoalRow, 'position' | 'term' | 'label' | 'text'>;
export type StoredIndicator = Pick<
  IndicatorRow,
  | 'id'
  | 'position'
  | 'term'
  | 'goal'
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'history'
  | 'basis'
  | 'category'
> &
  Partial<Pick<IndicatorRow, 'libraryId'>>;

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/** A goal row, stored or about to be written (whose optional values may be left out). */
type GoalRowIn = Omit<StoredGoal, 'text'> & { text?: string | null };
/** An indicator row, stored or about to be written. */
type IndicatorRowIn = Pick<StoredIndicator, 'id' | 'position' | 'term' | 'target'> &
  Partial<Omit<StoredIndicator, 'id' | 'position' | 'term' | 'target'>>;

/** A goal of the canonical form from its row (a stored one, or one about to be written). */
function goalOfRow(g: GoalRowIn): Goal {
  return { term: g.term as Goal['term'], label: g.label, text: g.text ?? null };
}

/** An indicator of the canonical form from its row; a value left out of a row about to be written is null, as stored. */
function indicatorOfRow(r: IndicatorRowIn): Indicator {
  return {
    id: r.id,
    term: r.term as Indicator['term'],
    goal: r.goal ?? null,
    level1: r.level1 ?? null,
    level2: r.level2 ?? null,
    name: r.name ?? null,
    target: r.target as IndicatorValue,
    history: (r.history ?? null) as Indicator['history'],
    basis: r.basis ?? null,
    category: r.category ?? null,
    // Only when linked: forms without library links keep the JSON they always had.
    ...(r.libraryId ? { libraryId: r.libraryId } : {}),
  } as Indicator;
}

/** Rebuilds the canonical form from its rows. */
export function formFromRows(rest: unknown, goals: StoredGoal[], inds: StoredIndicator[]): Form {
  const base = rest as Form;
  if (base.kind === 'disclosure') return base;
  return {
    ...base,
    goals: [...goals].sort(byPosition).map(goalOfRow),
    indicators: [...inds].sort(byPosition).map(indicatorOfRow),
  } as Form;
}

/**
 * The goals and indicators of a form as JSON text (`form_json` holds them after `rest`): `{"goals":[…],"indicators":[…]}`, each
 * exactly as formFromRows gives it from the same rows once they are stored.
 */
export function childrenText(goals: GoalRowIn[], inds: IndicatorRowIn[]): string {
  return JSON.stringify({
    goals: [...goals].sort(byPosition).map(goalOfRow),
    indicators: [...inds].sort(byPosition).map(indicatorOfRow),
  });
}

/** An indicator's library link as its row keeps it: only a well-formed id (the column is a uuid). */
export function libraryIdOf(ind: Indicator): string | null {
  return ind.libraryId && UUID.test(ind.libraryId) ? ind.libraryId : null;
}

/** The goals of `childrenText` for a new form's goals, in their order: its `goals` array as JSON. */
export function childGoalsJson(goals: readonly Goal[]): string {
  return JSON.stringify(
    goals.map((g) => goalOfRow({ term: g.term, label: g.label, text: g.text, position: 0 })),
  );
}

/**
 * The indicators of `childrenText` for a new form's indicators (in their order, with their new `ids`): its
 * `indicators` array as JSON, each indicator going from the form straight to what its row gives back (the
 * COPY load of many forms built a whole row object for each, and copies of the form, only to drop them).
 */
export function childIndicatorsJson(inds: readonly Indicator[], ids: readonly string[]): string {
  return JSON.stringify(
    inds.map((ind, k) =>
      indicatorOfRow({
        id: ids[k]!,
        position: k,
        term: ind.term,
        goal: ind.goal,
        level1: ind.level1,
        level2: ind.level2,
        name: ind.name,
        target: ind.target,
        history: ind.history,
        basis: ind.basis,
        category: ind.category,
        libraryId: libraryIdOf(ind),
      }),
    ),
  );
}

/** `childrenText` from its two arrays' JSON (childGoalsJson, childIndicatorsJson). */
export const childrenJson = (goals: string, indicators: string) =>
  `{"goals":${goals},"indicators":${indicators}}`;

/**
 * The whole form's JSON text as `forms.form_json` keeps it, from the JSON text of its `rest` and of its children
 * (`childrenText` / `childrenJson`): what formFromRows gives from the same rows — `rest`'s keys, then `goals` and
 * `indicators` — or a disclosure's `rest` alone (it has neither). `rest` never holds goals or indicators
 * (formColumns takes them out), so no key is written twice.
 */
export function formJsonText(restJson: string, kind: string, childrenJsonText: string): string {
  if (kind === 'disclosure') return restJson;
  const head = restJson.length > 2 ? `${restJson.slice(0, -1)},` : '{';
  return `${head}${childrenJsonText.slice(1)}`;
}
