// A new 项目绩效目标申报表: the template of the paper form (one long-term and one annual goal, and the
// standard 一级/二级 rows of the 88号/10号 framework left empty for the filler).
import { emptyProjectForm, project88, projectFormTemplate, type ProjectForm } from '@jixiao/core';

/** The 一级/二级 pairs a user can add (from the 88号/10号 framework). */
export function level2Choices(): { level1: string; level2: string[] }[] {
  return project88.level1.map((l1) => ({ level1: l1.name, level2: l1.level2.map((l2) => l2.name) }));
}

export function newProjectForm(year: number | null, unit: string | null): ProjectForm {
  return emptyProjectForm({
    ...projectFormTemplate(),
    year,
    unit,
    budget: { total: null, current: null, sources: [{ name: '财政拨款', amount: null }], history: null },
  });
}
