// What a goal's table contains, by 一级/二级 (R-IND-03, R-IND-04, R-IND-16).
import type { Framework } from '../../frameworks/index.ts';
import { meantLevel1, meantLevel2 } from '../../frameworks/index.ts';
import type { EmptyLevel2 } from '../../model/indicator.ts';
import {
  hasName,
  hasValue,
  isFilled,
  type EmptySlotEntry,
  type GoalGroup,
  type IndicatorEntry,
} from './indicators.ts';
import { levelsOf } from './levels.ts';
import { squash } from './text.ts';

/** The canonical 一级/二级 of an empty template slot (written names kept when unknown). */
export function slotLevels(slot: EmptyLevel2, fw: Framework): { level1: string | null; level2: string } {
  const w1 = squash(slot.level1) || null;
  const c1 = w1 ? meantLevel1(fw, w1) : null;
  const w2 = squash(slot.level2);
  return { level1: c1 ?? w1, level2: meantLevel2(fw, c1, w2) ?? w2 };
}

/** Rows of the group under a 二级 (canonical name). */
export function entriesUnderLevel2(group: GoalGroup, fw: Framework, level2: string): IndicatorEntry[] {
  return group.entries.filter((e) => levelsOf(e.indicator, fw).level2 === level2);
}

/** Rows of the group under a 一级 (canonical name) that have a name or a value. */
export function entriesUnderLevel1(group: GoalGroup, fw: Framework, level1: string): IndicatorEntry[] {
  return group.entries.filter(
    (e) => levelsOf(e.indicator, fw).level1 === level1 && (hasName(e.indicator) || hasValue(e.indicator)),
  );
}

/** The empty slots of the group under a 一级 or 二级. */
export function slotsWhere(
  group: GoalGroup,
  fw: Framework,
  pred: (levels: { level1: string | null; level2: string }) => boolean,
): EmptySlotEntry[] {
  return group.emptySlots.filter((s) => pred(slotLevels(s.slot, fw)));
}

/** True when a project-framework group has no filled 数量指标 row (R-IND-03). */
export function lacksQuantity(group: GoalGroup, fw: Framework): boolean {
  return (
    fw.scope === 'project' && !entriesUnderLevel2(group, fw, '数量指标').some((e) => isFilled(e.indicator))
  );
}
