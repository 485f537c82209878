// The framework a form's indicators belong to, and each indicator's 一级/二级 read against it.
import { memoPerRun } from './memo.ts';
import {
  canonicalLevel1,
  detectFramework,
  frameworkById,
  isSatisfactionLevel,
  meantLevel1,
  meantLevel2,
  type Framework,
} from '../../frameworks/index.ts';
import type { Indicator } from '../../model/indicator.ts';
import type { IndicatorForm } from './indicators.ts';
import { squash } from './text.ts';

/**
 * The form's framework: the one the importer recorded, else the one its indicator table fits best. A form
 * recorded before its older official layout was known (the 2015 layout recorded as 88号) is read in that
 * layout when the recorded tree cannot place its rows and the older one places them all.
 */
export const formFramework: (form: IndicatorForm) => Framework = memoPerRun((form: IndicatorForm) => {
  const recorded = frameworkById(form.framework);
  const scope = form.kind === 'project' ? 'project' : 'department';
  // detectFramework always returns a known id.
  const detected = () => frameworkById(detectFramework(scope, form.indicators).id)!;
  if (!recorded) return detected();
  const older = detected();
  if (
    older.superseded &&
    older.id !== recorded.id &&
    misfits(form, recorded) > 0 &&
    misfits(form, older) === 0
  )
    return older;
  return recorded;
});

/** How many rows name a 一级, or a 二级 under it, that the tree does not have. */
function misfits(form: IndicatorForm, fw: Framework): number {
  return form.indicators.filter((ind) => {
    if (!squash(ind.level1)) return false;
    const l = computeLevels(ind, fw);
    return !l.level1Known || (squash(ind.level2) !== '' && !l.level2Known);
  }).length;
}

export interface Levels {
  /** Canonical 一级 in the framework, else the written name without spaces, else null. */
  level1: string | null;
  /** Canonical 二级 under that 一级, else the written name without spaces, else null. */
  level2: string | null;
  level1Known: boolean;
  /** The 一级 is known by a name local templates print for it (效果指标), not by the tree's own name or alias. */
  level1Local: boolean;
  level2Known: boolean;
}

/** What a run has read of one indicator in one framework. */
interface ReadLevels {
  fw: Framework | null;
  levels: Levels | null;
  satisfaction: boolean | null;
}

// Several rules read every row's levels (R-IND-01, -04, -11, -18, the completeness helpers), R-IND-04 once
// for each 一级 it looks for: remembered per indicator for the run, in the one framework last asked about.
const readLevels = memoPerRun((_: Indicator): ReadLevels => ({ fw: null, levels: null, satisfaction: null }));

function readIn(ind: Indicator, fw: Framework): ReadLevels {
  const read = readLevels(ind);
  if (read.fw !== fw) {
    read.fw = fw;
    read.levels = null;
    read.satisfaction = null;
  }
  return read;
}

/** Reads an indicator's 一级/二级 against a framework (aliases, local names and spacing resolved). */
export function levelsOf(ind: Indicator, fw: Framework): Levels {
  const read = readIn(ind, fw);
  return (read.levels ??= computeLevels(ind, fw));
}

/** `isSatisfactionLevel` of the indicator's own 一级/二级, remembered as its levels are. */
export function isSatisfactionRow(ind: Indicator, fw: Framework): boolean {
  const read = readIn(ind, fw);
  return (read.satisfaction ??= isSatisfactionLevel(fw, ind.level1, ind.level2));
}

function computeLevels(ind: Indicator, fw: Framework): Levels {
  const w1 = squash(ind.level1) || null;
  const w2 = squash(ind.level2) || null;
  // The 一级/二级 each name means: a local template's own spelling (效果指标) is read as the tree's (效益指标).
  const own1 = w1 ? canonicalLevel1(fw, w1) : null;
  const c1 = own1 ?? (w1 ? meantLevel1(fw, w1) : null);
  const c2 = w2 && c1 ? meantLevel2(fw, c1, w2) : null;
  return {
    level1: c1 ?? w1,
    level2: c2 ?? w2,
    level1Known: c1 !== null,
    level1Local: own1 === null && c1 !== null,
    level2Known: c2 !== null,
  };
}

const COST_LEVEL2 = new Set(['成本指标', '经济成本指标', '成本', '经济成本']);

/** A cost indicator: 一级 成本指标 (version B) or 二级 成本指标 / 经济成本指标. */
export function isCostIndicator(ind: Indicator, fw: Framework): boolean {
  const l = levelsOf(ind, fw);
  return l.level1 === '成本指标' || (l.level2 !== null && COST_LEVEL2.has(l.level2));
}
