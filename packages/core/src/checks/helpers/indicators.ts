// Walks a form's indicators with their JSON pointers and groups them by term + goal (目标).
import { memoPerRun } from './memo.ts';
import type { DepartmentForm } from '../../model/department-form.ts';
import type { EmptyLevel2, Indicator, Term } from '../../model/indicator.ts';
import type { ProjectForm } from '../../model/project-form.ts';
import { pointer } from './pointer.ts';
import { excerpt, isBlank, squash } from './text.ts';

export type IndicatorForm = ProjectForm | DepartmentForm;

export interface IndicatorEntry {
  indicator: Indicator;
  index: number;
  /** `/indicators/<index>` */
  path: string;
}

export interface EmptySlotEntry {
  slot: EmptyLevel2;
  index: number;
  /** `/emptyLevel2/<index>` */
  path: string;
}

/** The indicators of a form with their index and pointer, in form order. */
export const indicatorEntries: (form: IndicatorForm) => IndicatorEntry[] = memoPerRun((form: IndicatorForm) =>
  form.indicators.map((indicator, index) => ({
    indicator,
    index,
    path: `/indicators/${index}`,
  })),
);

/** True when the row names a level-3 indicator. */
export function hasName(ind: Indicator): boolean {
  return !isBlank(ind.name);
}

/** True when the row carries a value (anything but an empty cell or a placeholder). */
export function hasValue(ind: Indicator): boolean {
  return ind.target.kind !== 'empty' && !isBlank(ind.target.raw);
}

/** The name to quote in a message: the level-3 name, shortened, or a stand-in. */
export function displayName(ind: Indicator): string {
  return hasName(ind) ? excerpt(ind.name, 24) : '（未填名称的指标）';
}

/** Two level-3 names are the same indicator when they match ignoring spaces. */
export function sameName(a: string | null, b: string | null): boolean {
  return !isBlank(a) && squash(a) === squash(b);
}

export const TERM_LABEL: Record<Term, string> = { long: '长期', annual: '年度' };

/** Indicators of one term and goal (one indicator table of one 目标). */
export interface GoalGroup {
  key: string;
  term: Term;
  goal: string | null;
  /** How a message names the group, e.g. 「长期绩效目标1」 or 「年度指标」. */
  label: string;
  entries: IndicatorEntry[];
  /** Template 二级 slots of this group left with no indicator. */
  emptySlots: EmptySlotEntry[];
}

function groupKey(term: Term, goal: string | null): string {
  return `${term}|${squash(goal)}`;
}

/** Groups indicators and empty template slots by term + goal, in the order the groups first appear. */
export const goalGroups: (form: IndicatorForm) => GoalGroup[] = memoPerRun(function goalGroups(
  form: IndicatorForm,
): GoalGroup[] {
  const groups = new Map<string, GoalGroup>();
  const get = (term: Term, goal: string | null): GoalGroup => {
    const key = groupKey(term, goal);
    let g = groups.get(key);
    if (!g) {
      const label = isBlank(goal) ? `${TERM_LABEL[term]}指标` : squash(goal);
      g = { key, term, goal: isBlank(goal) ? null : goal, label, entries: [], emptySlots: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const e of indicatorEntries(form)) get(e.indicator.term, e.indicator.goal).entries.push(e);
  (form.emptyLevel2 ?? []).forEach((slot, index) =>
    get(slot.term, slot.goal).emptySlots.push({ slot, index, path: pointer('emptyLevel2', index) }),
  );
  return [...groups.values()];
});

/** The pointer a group-level finding points at: its first indicator, else its first empty slot, else the list. */
export function groupPath(group: GoalGroup): string {
  return group.entries[0]?.path ?? group.emptySlots[0]?.path ?? '/indicators';
}

/** A row that counts as filled: it has both a level-3 name and a value. */
export function isFilled(ind: Indicator): boolean {
  return hasName(ind) && hasValue(ind);
}
