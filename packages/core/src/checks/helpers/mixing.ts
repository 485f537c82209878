// Rows that belong to another framework version than the rest of the form (R-IND-02; R-IND-01 skips them).
import {
  departmentHubei,
  meantLevel1,
  project101,
  project88,
  type Framework,
} from '../../frameworks/index.ts';
import { indicatorEntries, type IndicatorEntry, type IndicatorForm } from './indicators.ts';
import { formFramework } from './levels.ts';
import { memoPerRun } from './memo.ts';
import { squash } from './text.ts';

export type MixKind = 'costBothLevels' | 'departmentInProject' | 'projectInDepartment';

export interface MixedRow {
  entry: IndicatorEntry;
  kind: MixKind;
}

const isCostLevel1 = (n: string) => n === '成本指标' || n === '成本';
const isOutput = (n: string) => n === '产出指标' || n === '产出';
const isProjectLevel1 = (n: string) =>
  meantLevel1(project88, n) !== null || meantLevel1(project101, n) !== null;
const isDepartmentLevel1 = (n: string) => meantLevel1(departmentHubei, n) !== null;

// R-IND-01 and R-IND-02 both ask, each in the form's own framework: read once a run.
const mixedRowsInOwnFramework = memoPerRun((form: IndicatorForm) => findMixedRows(form, formFramework(form)));

/** The rows written in a framework other than the one the rest of the form uses. */
export function mixedRows(form: IndicatorForm, fw: Framework = formFramework(form)): MixedRow[] {
  return fw === formFramework(form) ? mixedRowsInOwnFramework(form) : findMixedRows(form, fw);
}

function findMixedRows(form: IndicatorForm, fw: Framework): MixedRow[] {
  const entries = indicatorEntries(form);
  const l1 = (e: IndicatorEntry) => squash(e.indicator.level1);
  const out: MixedRow[] = [];

  // 一级 names of one tree only (满意度 is in both and decides nothing).
  const deptOnly = entries.filter((e) => isDepartmentLevel1(l1(e)) && !isProjectLevel1(l1(e)));
  const projectOnly = entries.filter((e) => isProjectLevel1(l1(e)) && !isDepartmentLevel1(l1(e)));
  if (deptOnly.length > 0 && projectOnly.length > 0) {
    if (fw.scope === 'project')
      out.push(...deptOnly.map((entry) => ({ entry, kind: 'departmentInProject' as const })));
    else out.push(...projectOnly.map((entry) => ({ entry, kind: 'projectInDepartment' as const })));
  }

  if (fw.scope === 'project') {
    const costAsLevel1 = entries.filter((e) => isCostLevel1(l1(e)));
    const costUnderOutput = entries.filter(
      (e) => isOutput(l1(e)) && isCostLevel1(squash(e.indicator.level2)),
    );
    if (costAsLevel1.length > 0 && costUnderOutput.length > 0) {
      const odd = fw.id === 'project-101' ? costUnderOutput : costAsLevel1;
      out.push(...odd.map((entry) => ({ entry, kind: 'costBothLevels' as const })));
    }
  }
  return out.sort((a, b) => a.entry.index - b.entry.index);
}
